/**
 * What the single view and each compare pane draw alike for one structure: its materials
 * with the lattice uniforms set from the structure, and the framework meshes (atoms, bonds,
 * polyhedra) in the current style. The callers add the cell outline and their own extras.
 */
import { useLayoutEffect } from 'react';
import type { Mat3 } from '../crystal/types';
import type { SceneModel } from '../state/scene-model';
import { AtomMeshes } from './AtomMeshes';
import { BondMesh } from './BondMesh';
import { setLattice } from './gpu/lattice-uniforms';
import { PolyhedronMesh } from './PolyhedronMesh';
import { useSceneMaterials } from './useSceneMaterials';

export type StructureMaterials = ReturnType<typeof useSceneMaterials>;

/** The materials of a static structure, its lattice uniforms following `lattice`. */
export function useStructureMaterials(model: SceneModel, lattice: Mat3): StructureMaterials {
  const drawn = useSceneMaterials(model.atomCount);
  const { uniforms, invalidate } = drawn;
  useLayoutEffect(() => {
    setLattice(uniforms, lattice, model.supercell);
    invalidate();
  }, [uniforms, lattice, model, invalidate]);
  return drawn;
}

/** Atoms, bonds and polyhedra of `model`, as the style asks. */
export function FrameworkMeshes(props: {
  model: SceneModel;
  materials: StructureMaterials['materials'];
  settings: StructureMaterials['settings'];
}) {
  const { model, materials, settings } = props;
  return (
    <>
      <AtomMeshes model={model} material={materials.atom} />
      <BondMesh
        model={model}
        material={materials.bond}
        mode={settings.bonds}
        outside={settings.outside}
      />
      <PolyhedronMesh
        model={model}
        faceMaterial={materials.face}
        edgeMaterial={materials.edge}
        visible={settings.polyhedra}
      />
    </>
  );
}
