/**
 * Everything drawn for one structure: atoms, bonds, polyhedra, the cell. Owns the lattice
 * uniforms and the materials; styles switch visibility and uniforms, never rebuild geometry.
 */
import { useThree } from '@react-three/fiber';
import { useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import type * as THREE from 'three';
import type { Mat3 } from '../crystal/types';
import { useApp } from '../state/store';
import { AtomMeshes } from './AtomMeshes';
import { BondMesh } from './BondMesh';
import { createAtomMaterial } from './gpu/atom-material';
import { createBondMaterial } from './gpu/bond-material';
import { createLatticeUniforms, setLattice } from './gpu/lattice-uniforms';
import { createEdgeMaterial, createFaceMaterial } from './gpu/polyhedron-material';
import { PolyhedronMesh } from './PolyhedronMesh';
import { pickAtom } from './picking';
import { SelectionMarker } from './SelectionMarker';
import type { SceneModel } from './scene-model';
import { STYLE_SETTINGS } from './style-settings';
import { UnitCell } from './UnitCell';
import { usePointerPick } from './usePointerPick';

// Line colours (sRGB) that read on a projector against either background.
const CELL_ON_WHITE: [number, number, number] = [0.13, 0.13, 0.13];
const CELL_ON_BLACK: [number, number, number] = [0.85, 0.85, 0.85];
const EDGE_ON_WHITE: [number, number, number] = [0.23, 0.23, 0.23];
const EDGE_ON_BLACK: [number, number, number] = [0.8, 0.8, 0.8];

export function StructureView({ model, lattice }: { model: SceneModel; lattice: Mat3 }) {
  const style = useApp((s) => s.style);
  const dark = useApp((s) => s.background === 'black');
  const selection = useApp((s) => s.selection);
  const invalidate = useThree((s) => s.invalidate);
  const settings = STYLE_SETTINGS[style];

  const uniforms = useMemo(createLatticeUniforms, []);
  const materials = useMemo(
    () => ({
      atom: createAtomMaterial(uniforms),
      bond: createBondMaterial(uniforms),
      face: createFaceMaterial(uniforms),
      edge: createEdgeMaterial(uniforms, EDGE_ON_WHITE, 0.85),
      cell: createEdgeMaterial(uniforms, CELL_ON_WHITE, 1),
    }),
    [uniforms],
  );
  useEffect(
    () => () => {
      for (const m of Object.values(materials)) m.dispose();
    },
    [materials],
  );

  useLayoutEffect(() => {
    setLattice(uniforms, lattice, model.supercell);
    invalidate();
  }, [uniforms, lattice, model, invalidate]);

  useLayoutEffect(() => {
    materials.atom.uniforms.uRadiusScale.value = settings.atomScale;
    materials.bond.uniforms.uBondRadius.value = settings.bondRadius;
    uniforms.uShowOutside.value = settings.outside ? 1 : 0;
    (materials.cell.uniforms.uColor.value as THREE.Vector3).set(
      ...(dark ? CELL_ON_BLACK : CELL_ON_WHITE),
    );
    (materials.edge.uniforms.uColor.value as THREE.Vector3).set(
      ...(dark ? EDGE_ON_BLACK : EDGE_ON_WHITE),
    );
    invalidate();
  }, [settings, materials, uniforms, dark, invalidate]);

  const pick = useCallback(
    (ray: THREE.Ray) => {
      const atom = pickAtom(ray, model, uniforms, settings.atomScale, settings.outside);
      useApp.getState().select(atom === null ? null : { atom });
      invalidate();
    },
    [model, uniforms, settings, invalidate],
  );
  usePointerPick(pick);

  const selected = selection && selection.atom < model.atomCount ? selection.atom : null;
  const selectedRadius =
    selected === null ? 0 : model.groups[model.group[selected]].radius * settings.atomScale;

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
      <UnitCell uniforms={uniforms} material={materials.cell} dark={dark} />
      <SelectionMarker
        model={model}
        uniforms={uniforms}
        atom={selected}
        radius={selectedRadius}
        dark={dark}
      />
    </group>
  );
}
