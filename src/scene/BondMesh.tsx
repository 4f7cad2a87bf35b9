/** All bonds in one instanced draw: two-coloured cylinders between fractional positions. */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { createBondGeometry } from './gpu/bond-material';
import type { SceneModel } from './scene-model';

export function buildBondMesh(model: SceneModel, material: THREE.Material): THREE.InstancedMesh {
  const n = model.bonds.length / 2;
  const base = createBondGeometry();
  const geometry = new THREE.BufferGeometry();
  geometry.setIndex(base.index);
  geometry.setAttribute('position', base.getAttribute('position'));
  geometry.setAttribute('normal', base.getAttribute('normal'));
  const fracA = new Float32Array(3 * n);
  const fracB = new Float32Array(3 * n);
  const colorA = new Float32Array(3 * n);
  const colorB = new Float32Array(3 * n);
  const visible = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const a = model.bonds[2 * k];
    const b = model.bonds[2 * k + 1];
    for (let d = 0; d < 3; d++) {
      fracA[3 * k + d] = model.frac[3 * a + d];
      fracB[3 * k + d] = model.frac[3 * b + d];
    }
    colorA.set(model.groups[model.group[a]].color, 3 * k);
    colorB.set(model.groups[model.group[b]].color, 3 * k);
  }
  const aFracA = new THREE.InstancedBufferAttribute(fracA, 3);
  const aFracB = new THREE.InstancedBufferAttribute(fracB, 3);
  geometry.setAttribute('aFracA', aFracA);
  geometry.setAttribute('aFracATo', aFracA);
  geometry.setAttribute('aFracB', aFracB);
  geometry.setAttribute('aFracBTo', aFracB);
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
    const placeOk = outside || (!model.outside[a] && !model.outside[b]);
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
}) {
  const { model, material, mode, outside } = props;
  const mesh = useMemo(() => buildBondMesh(model, material), [model, material]);
  const shown = useMemo(
    () => writeBondVisibility(mesh, model, mode, outside),
    [mesh, model, mode, outside],
  );
  useEffect(() => () => mesh.geometry.dispose(), [mesh]);
  return <primitive object={mesh} visible={shown > 0} />;
}
