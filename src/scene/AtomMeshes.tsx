/**
 * One InstancedMesh per element. Positions live in instance attributes as fractional
 * coordinates; the shared material turns them into Cartesian ones with the lattice uniform.
 */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { ElementGroup, SceneModel } from '../state/scene-model';
import { createImpostorQuad } from './gpu/atom-impostor-material';
import { gatherFrac, refillFrac } from './gpu/frac-buffers';
import { withBaseShape } from './gpu/shared-geometry';

/** Fewer sphere segments for large models: 100k spheres at full detail would be ~40M vertices. */
function sphereFor(atomCount: number): THREE.BufferGeometry {
  const segments = atomCount > 20_000 ? 10 : atomCount > 3_000 ? 16 : 24;
  return new THREE.SphereGeometry(1, segments, Math.round(segments * 0.75));
}

export interface AtomMeshSet {
  meshes: THREE.InstancedMesh[];
  dispose: () => void;
}

/** Builds the meshes; exported for the picking code and tests of buffer layout. */
export function buildAtomMeshes(model: SceneModel, material: THREE.Material): AtomMeshSet {
  // An impostor material draws each atom on one quad; a mesh material on a sphere.
  const sphere = material.userData.impostor ? createImpostorQuad() : sphereFor(model.atomCount);
  const meshes = model.groups.map((group) => buildGroupMesh(model, group, sphere, material));
  return {
    meshes,
    dispose: () => {
      sphere.dispose();
      for (const m of meshes) m.geometry.dispose();
    },
  };
}

function buildGroupMesh(
  model: SceneModel,
  group: ElementGroup,
  sphere: THREE.BufferGeometry,
  material: THREE.Material,
): THREE.InstancedMesh {
  const n = group.atoms.length;
  const geometry = withBaseShape(sphere);
  const color = new Float32Array(3 * n);
  const radius = new Float32Array(n).fill(group.radius);
  const flags = new Float32Array(n);
  const visible = new Float32Array(n).fill(1);
  const split = new Float32Array(2 * n);
  const color2 = new Float32Array(3 * n);
  for (let k = 0; k < n; k++) {
    const i = group.atoms[k];
    color.set(group.color, 3 * k);
    flags[k] = model.outside[i];
    split.set(model.sectorSplit.subarray(2 * i, 2 * i + 2), 2 * k);
    color2.set(model.sectorColor.subarray(3 * i, 3 * i + 3), 3 * k);
  }
  geometry.setAttribute(
    'aFrac',
    new THREE.InstancedBufferAttribute(gatherFrac(model.frac, group.atoms), 3),
  );
  geometry.setAttribute(
    'aFracTo',
    new THREE.InstancedBufferAttribute(gatherFrac(model.frac, group.atoms), 3),
  );
  geometry.setAttribute('aColor', new THREE.InstancedBufferAttribute(color, 3));
  geometry.setAttribute('aSplit', new THREE.InstancedBufferAttribute(split, 2));
  geometry.setAttribute('aColor2', new THREE.InstancedBufferAttribute(color2, 3));
  geometry.setAttribute('aRadius', new THREE.InstancedBufferAttribute(radius, 1));
  geometry.setAttribute('aFlags', new THREE.InstancedBufferAttribute(flags, 1));
  geometry.setAttribute('aVisible', new THREE.InstancedBufferAttribute(visible, 1));
  const mesh = new THREE.InstancedMesh(geometry, material, n);
  // Bounds come from instanceMatrix, which this shader ignores: culling would be wrong.
  mesh.frustumCulled = false;
  mesh.name = `atoms-${group.element}`;
  mesh.userData.atoms = group.atoms;
  return mesh;
}

export function AtomMeshes(props: {
  model: SceneModel;
  material: THREE.Material;
  /** Per-atom positions at the two ends of the current blend (default: the model's own). */
  fracFrom?: Float32Array;
  fracTo?: Float32Array;
}) {
  const { model, material, fracFrom, fracTo } = props;
  const set = useMemo(() => buildAtomMeshes(model, material), [model, material]);
  useEffect(() => () => set.dispose(), [set]);
  useLayoutEffect(() => {
    if (!fracFrom || !fracTo) return;
    for (const [g, mesh] of set.meshes.entries()) {
      refillFrac(mesh.geometry, 'aFrac', fracFrom, model.groups[g].atoms);
      refillFrac(mesh.geometry, 'aFracTo', fracTo, model.groups[g].atoms);
    }
  }, [set, model, fracFrom, fracTo]);
  return (
    <group name="atoms">
      {set.meshes.map((mesh) => (
        <primitive key={mesh.uuid} object={mesh} />
      ))}
    </group>
  );
}
