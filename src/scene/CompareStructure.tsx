/**
 * One pane's structure in the compare view: atoms, bonds, polyhedra and the cell outline,
 * with the single view's materials and style (so the colours are the same), but no picking
 * and no DOM labels — the panes share one canvas, and the pane's heading and table say what
 * the labels would.
 */
import { useLayoutEffect } from 'react';
import type { Mat3 } from '../crystal/types';
import type { SceneModel } from '../state/scene-model';
import { AtomMeshes } from './AtomMeshes';
import { BondMesh } from './BondMesh';
import { setLattice } from './gpu/lattice-uniforms';
import { PolyhedronMesh } from './PolyhedronMesh';
import { UnitCell } from './UnitCell';
import { useSceneMaterials } from './useSceneMaterials';

export function CompareStructure(props: { model: SceneModel; lattice: Mat3 }) {
  const { model, lattice } = props;
  const { uniforms, materials, settings, dark, invalidate } = useSceneMaterials(model.atomCount);
  useLayoutEffect(() => {
    setLattice(uniforms, lattice, model.supercell);
    invalidate();
  }, [uniforms, lattice, model, invalidate]);
  return (
    <group name="structure">
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
      <UnitCell uniforms={uniforms} material={materials.cell} dark={dark} labels={false} />
    </group>
  );
}
