/**
 * All bonds in one draw: two-coloured cylinders between fractional positions, instanced
 * meshes for small scenes, impostor quads otherwise (gpu/item-geometry.ts).
 */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type * as THREE from 'three';
import { atomShown, type SceneModel } from '../state/scene-model';
import { createBondGeometry } from './gpu/bond-material';
import { gatherFrac } from './gpu/frac-buffers';
import {
  instancedItems,
  itemCount,
  itemMesh,
  putFracItems,
  putItems,
  quadItems,
  setItemAttribute,
  shareItemAttribute,
} from './gpu/item-geometry';

/** First and second atom of every bond, as index lists for gathering positions. */
function bondEnds(model: SceneModel): { a: Uint32Array; b: Uint32Array } {
  const n = model.bonds.length / 2;
  const a = new Uint32Array(n);
  const b = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    a[k] = model.bonds[2 * k];
    b[k] = model.bonds[2 * k + 1];
  }
  return { a, b };
}

/** `moving`: the bond ends blend between two position sets (a scenario); else they stand still. */
export function buildBondMesh(
  model: SceneModel,
  material: THREE.Material,
  moving = false,
): THREE.Mesh {
  const n = model.bonds.length / 2;
  const base = material.userData.impostor ? null : createBondGeometry();
  const geometry = base ? instancedItems(base, n) : quadItems(n);
  const ends = bondEnds(model);
  const colorA = new Float32Array(3 * n);
  const colorB = new Float32Array(3 * n);
  const visible = new Float32Array(n);
  const endRadii = new Float32Array(2 * n);
  for (let k = 0; k < n; k++) {
    const a = model.groups[model.group[model.bonds[2 * k]]];
    const b = model.groups[model.group[model.bonds[2 * k + 1]]];
    colorA.set(a.color, 3 * k);
    colorB.set(b.color, 3 * k);
    endRadii[2 * k] = a.radius;
    endRadii[2 * k + 1] = b.radius;
  }
  const fracA = gatherFrac(model.frac, ends.a);
  const fracB = gatherFrac(model.frac, ends.b);
  setItemAttribute(geometry, 'aFracA', fracA, 3);
  setItemAttribute(geometry, 'aFracB', fracB, 3);
  if (moving) {
    setItemAttribute(geometry, 'aFracATo', fracA, 3);
    setItemAttribute(geometry, 'aFracBTo', fracB, 3);
  } else {
    shareItemAttribute(geometry, 'aFracA', 'aFracATo');
    shareItemAttribute(geometry, 'aFracB', 'aFracBTo');
  }
  setItemAttribute(geometry, 'aColorA', colorA, 3);
  setItemAttribute(geometry, 'aColorB', colorB, 3);
  setItemAttribute(geometry, 'aVisible', visible, 1);
  setItemAttribute(geometry, 'aEndRadii', endRadii, 2);
  // The base shape's buffers stay shared with the instanced geometry; the object can go.
  base?.dispose();
  const mesh = itemMesh(geometry, material);
  mesh.name = 'bonds';
  return mesh;
}

export type BondMode = 'all' | 'non-metal' | 'none';

/**
 * Which bonds show in a style, written into the instance visibility buffer (once per style
 * change). A bond to an atom outside the box shows only where outside atoms are drawn.
 */
export function writeBondVisibility(
  mesh: THREE.Mesh,
  model: SceneModel,
  mode: BondMode,
  outside: boolean,
) {
  const visible = new Float32Array(itemCount(mesh.geometry));
  let shown = 0;
  for (let k = 0; k < visible.length; k++) {
    const a = model.bonds[2 * k];
    const b = model.bonds[2 * k + 1];
    const kindOk = mode === 'all' || (mode === 'non-metal' && model.bondBetweenNonMetals[k] === 1);
    const style = outside ? 'polyhedral' : 'other';
    const placeOk = atomShown(model.outside[a], style) && atomShown(model.outside[b], style);
    visible[k] = kindOk && placeOk ? 1 : 0;
    shown += visible[k];
  }
  putItems(mesh.geometry, 'aVisible', visible);
  return shown;
}

export function BondMesh(props: {
  model: SceneModel;
  material: THREE.Material;
  mode: BondMode;
  outside: boolean;
  fracFrom?: Float32Array;
  fracTo?: Float32Array;
}) {
  const { model, material, mode, outside, fracFrom, fracTo } = props;
  const moving = fracFrom !== undefined;
  const mesh = useMemo(() => buildBondMesh(model, material, moving), [model, material, moving]);
  const ends = useMemo(() => bondEnds(model), [model]);
  useLayoutEffect(() => {
    if (!fracFrom || !fracTo) return;
    putFracItems(mesh.geometry, 'aFracA', fracFrom, ends.a);
    putFracItems(mesh.geometry, 'aFracATo', fracTo, ends.a);
    putFracItems(mesh.geometry, 'aFracB', fracFrom, ends.b);
    putFracItems(mesh.geometry, 'aFracBTo', fracTo, ends.b);
  }, [mesh, ends, fracFrom, fracTo]);
  const shown = useMemo(
    () => writeBondVisibility(mesh, model, mode, outside),
    [mesh, model, mode, outside],
  );
  useEffect(() => () => mesh.geometry.dispose(), [mesh]);
  return <primitive object={mesh} visible={shown > 0} />;
}
