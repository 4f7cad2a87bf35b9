/** All bonds in one instanced draw: two-coloured cylinders between fractional positions. */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import { atomShown, type SceneModel } from '../state/scene-model';
import { createImpostorQuad } from './gpu/atom-impostor-material';
import { createBondGeometry } from './gpu/bond-material';
import { gatherFrac, refillFrac } from './gpu/frac-buffers';
import { withBaseShape } from './gpu/shared-geometry';

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

export function buildBondMesh(model: SceneModel, material: THREE.Material): THREE.InstancedMesh {
  const n = model.bonds.length / 2;
  const base = material.userData.impostor ? createImpostorQuad() : createBondGeometry();
  const geometry = withBaseShape(base);
  const ends = bondEnds(model);
  const colorA = new Float32Array(3 * n);
  const colorB = new Float32Array(3 * n);
  const visible = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const a = model.bonds[2 * k];
    const b = model.bonds[2 * k + 1];
    colorA.set(model.groups[model.group[a]].color, 3 * k);
    colorB.set(model.groups[model.group[b]].color, 3 * k);
  }
  geometry.setAttribute(
    'aFracA',
    new THREE.InstancedBufferAttribute(gatherFrac(model.frac, ends.a), 3),
  );
  geometry.setAttribute(
    'aFracATo',
    new THREE.InstancedBufferAttribute(gatherFrac(model.frac, ends.a), 3),
  );
  geometry.setAttribute(
    'aFracB',
    new THREE.InstancedBufferAttribute(gatherFrac(model.frac, ends.b), 3),
  );
  geometry.setAttribute(
    'aFracBTo',
    new THREE.InstancedBufferAttribute(gatherFrac(model.frac, ends.b), 3),
  );
  geometry.setAttribute('aColorA', new THREE.InstancedBufferAttribute(colorA, 3));
  geometry.setAttribute('aColorB', new THREE.InstancedBufferAttribute(colorB, 3));
  geometry.setAttribute('aVisible', new THREE.InstancedBufferAttribute(visible, 1));
  base.dispose();
  const mesh = new THREE.InstancedMesh(geometry, material, n);
  mesh.frustumCulled = false;
  mesh.name = 'bonds';
  return mesh;
}

export type BondMode = 'all' | 'non-metal' | 'none';

/**
 * Which bonds show in a style, written into the instance visibility buffer (once per style
 * change). A bond to an atom outside the box shows only where outside atoms are drawn.
 */
export function writeBondVisibility(
  mesh: THREE.InstancedMesh,
  model: SceneModel,
  mode: BondMode,
  outside: boolean,
) {
  const attr = mesh.geometry.getAttribute('aVisible') as THREE.InstancedBufferAttribute;
  const visible = attr.array as Float32Array;
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
  attr.needsUpdate = true;
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
  const mesh = useMemo(() => buildBondMesh(model, material), [model, material]);
  const ends = useMemo(() => bondEnds(model), [model]);
  useLayoutEffect(() => {
    if (!fracFrom || !fracTo) return;
    refillFrac(mesh.geometry, 'aFracA', fracFrom, ends.a);
    refillFrac(mesh.geometry, 'aFracATo', fracTo, ends.a);
    refillFrac(mesh.geometry, 'aFracB', fracFrom, ends.b);
    refillFrac(mesh.geometry, 'aFracBTo', fracTo, ends.b);
  }, [mesh, ends, fracFrom, fracTo]);
  const shown = useMemo(
    () => writeBondVisibility(mesh, model, mode, outside),
    [mesh, model, mode, outside],
  );
  useEffect(() => () => mesh.geometry.dispose(), [mesh]);
  return <primitive object={mesh} visible={shown > 0} />;
}
