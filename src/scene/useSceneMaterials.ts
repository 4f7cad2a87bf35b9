/**
 * The lattice uniforms and the materials of one drawn structure (static or animated), with
 * the current style and background applied. Style changes write uniforms, never geometry.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type * as THREE from 'three';
import { useApp } from '../state/store';
import { drawingFor } from './drawing';
import { createAtomImpostorMaterial } from './gpu/atom-impostor-material';
import { createAtomMaterial } from './gpu/atom-material';
import { createBondImpostorMaterial } from './gpu/bond-impostor-material';
import { createBondMaterial } from './gpu/bond-material';
import { createGuestImpostorMaterial } from './gpu/guest-impostor-material';
import { createGuestMaterial } from './gpu/guest-material';
import { createLatticeUniforms } from './gpu/lattice-uniforms';
import { createEdgeMaterial, createFaceMaterial } from './gpu/polyhedron-material';
import { STYLE_SETTINGS } from './style-settings';

type Rgb = [number, number, number];

// Line colours (sRGB) that read on a projector against either background.
const CELL_ON_WHITE: Rgb = [0.13, 0.13, 0.13];
const CELL_ON_BLACK: Rgb = [0.85, 0.85, 0.85];
const EDGE_ON_WHITE: Rgb = [0.23, 0.23, 0.23];
const EDGE_ON_BLACK: Rgb = [0.8, 0.8, 0.8];

/** `atomCount` picks meshes or impostors for atoms, guests and bonds (see lod.ts). */
export function useSceneMaterials(atomCount: number) {
  const style = useApp((s) => s.style);
  const dark = useApp((s) => s.background === 'black');
  const invalidate = useThree((s) => s.invalidate);
  const settings = STYLE_SETTINGS[style];

  const uniforms = useMemo(createLatticeUniforms, []);
  const impostors = drawingFor(atomCount).atoms === 'impostor';
  const materials = useMemo(
    () => ({
      atom: impostors ? createAtomImpostorMaterial(uniforms) : createAtomMaterial(uniforms),
      bond: impostors ? createBondImpostorMaterial(uniforms) : createBondMaterial(uniforms),
      face: createFaceMaterial(uniforms),
      edge: createEdgeMaterial(uniforms, EDGE_ON_WHITE, 0.85),
      cell: createEdgeMaterial(uniforms, CELL_ON_WHITE, 1),
      guest: impostors ? createGuestImpostorMaterial(uniforms) : createGuestMaterial(uniforms),
    }),
    [uniforms, impostors],
  );
  useEffect(
    () => () => {
      for (const m of Object.values(materials)) m.dispose();
    },
    [materials],
  );

  useLayoutEffect(() => {
    materials.atom.uniforms.uRadiusScale.value = settings.atomScale;
    materials.bond.uniforms.uBondRadius.value = settings.bondRadius;
    // Impostor bonds skip the part inside their atoms, so they need the atoms' scale.
    if (materials.bond.uniforms.uRadiusScale)
      materials.bond.uniforms.uRadiusScale.value = settings.atomScale;
    uniforms.uShowOutside.value = settings.outside ? 1 : 0;
    (materials.cell.uniforms.uColor.value as THREE.Vector3).set(
      ...(dark ? CELL_ON_BLACK : CELL_ON_WHITE),
    );
    (materials.edge.uniforms.uColor.value as THREE.Vector3).set(
      ...(dark ? EDGE_ON_BLACK : EDGE_ON_WHITE),
    );
    invalidate();
  }, [settings, materials, uniforms, dark, invalidate]);

  return { uniforms, materials, settings, dark, invalidate };
}
