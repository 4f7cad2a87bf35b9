/**
 * One InstancedMesh per element. Positions live in instance attributes as fractional
 * coordinates; the shared material turns them into Cartesian ones with the lattice uniform.
 */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { ElementGroup, SceneModel } from './scene-model';

/** Fewer sphere segments for large models: 100k spheres at full detail would be ~40M vertices. */
function sphereFor(atomCount: number): THREE.SphereGeometry {
  const segments = atomCount > 20_000 ? 10 : atomCount > 3_000 ? 16 : 24;
  return new THREE.SphereGeometry(1, segments, Math.round(segments * 0.75));
}

export interface AtomMeshSet {
  meshes: THREE.InstancedMesh[];
  dispose: () => void;
}

/** Builds the meshes; exported for the picking code and tests of buffer layout. */
export function buildAtomMeshes(model: SceneModel, material: THREE.Material): AtomMeshSet {
  const sphere = sphereFor(model.atomCount);
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
  sphere: THREE.SphereGeometry,
  material: THREE.Material,
): THREE.InstancedMesh {
  const n = group.atoms.length;
  const geometry = new THREE.BufferGeometry();
  geometry.setIndex(sphere.index);
  geometry.setAttribute('position', sphere.getAttribute('position'));
  geometry.setAttribute('normal', sphere.getAttribute('normal'));
  const frac = new Float32Array(3 * n);
  const color = new Float32Array(3 * n);
  const radius = new Float32Array(n).fill(group.radius);
  const flags = new Float32Array(n);
  const visible = new Float32Array(n).fill(1);
  for (let k = 0; k < n; k++) {
    const i = group.atoms[k];
    frac[3 * k] = model.frac[3 * i];
    frac[3 * k + 1] = model.frac[3 * i + 1];
    frac[3 * k + 2] = model.frac[3 * i + 2];
    color.set(group.color, 3 * k);
    flags[k] = model.outside[i];
  }
  const fracAttr = new THREE.InstancedBufferAttribute(frac, 3);
  geometry.setAttribute('aFrac', fracAttr);
  // Until an insertion path gives a second keyframe, "to" is the same buffer as "from".
  geometry.setAttribute('aFracTo', fracAttr);
  geometry.setAttribute('aColor', new THREE.InstancedBufferAttribute(color, 3));
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

export function AtomMeshes({ model, material }: { model: SceneModel; material: THREE.Material }) {
  const set = useMemo(() => buildAtomMeshes(model, material), [model, material]);
  useEffect(() => () => set.dispose(), [set]);
  return (
    <group name="atoms">
      {set.meshes.map((mesh) => (
        <primitive key={mesh.uuid} object={mesh} />
      ))}
    </group>
  );
}
