/**
 * One draw per element: instanced sphere meshes for small scenes, impostor quads otherwise
 * (gpu/item-geometry.ts). Positions live in per-atom attributes as fractional coordinates;
 * the shared material turns them into Cartesian ones with the lattice uniform.
 */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { ElementGroup, SceneModel } from '../state/scene-model';
import { gatherFrac } from './gpu/frac-buffers';
import {
  instancedItems,
  itemMesh,
  putFracItems,
  quadItems,
  setItemAttribute,
  shareItemAttribute,
} from './gpu/item-geometry';

/** Fewer sphere segments for large models: 100k spheres at full detail would be ~40M vertices. */
function sphereFor(atomCount: number): THREE.BufferGeometry {
  const segments = atomCount > 20_000 ? 10 : atomCount > 3_000 ? 16 : 24;
  return new THREE.SphereGeometry(1, segments, Math.round(segments * 0.75));
}

export interface AtomMeshSet {
  meshes: THREE.Mesh[];
  dispose: () => void;
}

/** Builds the meshes; exported for the picking code and tests of buffer layout. */
/** `moving`: the atoms blend between two position sets (a scenario); else they stand still. */
export function buildAtomMeshes(
  model: SceneModel,
  material: THREE.Material,
  moving = false,
): AtomMeshSet {
  // An impostor material draws each atom on one quad; a mesh material on a sphere.
  const sphere = material.userData.impostor ? null : sphereFor(model.atomCount);
  const meshes = model.groups.map((group) =>
    buildGroupMesh(model, group, sphere, material, moving),
  );
  return {
    meshes,
    dispose: () => {
      sphere?.dispose();
      for (const m of meshes) m.geometry.dispose();
    },
  };
}

function buildGroupMesh(
  model: SceneModel,
  group: ElementGroup,
  sphere: THREE.BufferGeometry | null,
  material: THREE.Material,
  moving: boolean,
): THREE.Mesh {
  const n = group.atoms.length;
  const geometry = sphere ? instancedItems(sphere, n) : quadItems(n);
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
  const frac = gatherFrac(model.frac, group.atoms);
  setItemAttribute(geometry, 'aFrac', frac, 3);
  if (moving) setItemAttribute(geometry, 'aFracTo', frac, 3);
  else shareItemAttribute(geometry, 'aFrac', 'aFracTo');
  setItemAttribute(geometry, 'aColor', color, 3);
  setItemAttribute(geometry, 'aSplit', split, 2);
  setItemAttribute(geometry, 'aColor2', color2, 3);
  setItemAttribute(geometry, 'aRadius', radius, 1);
  setItemAttribute(geometry, 'aFlags', flags, 1);
  setItemAttribute(geometry, 'aVisible', visible, 1);
  const mesh = itemMesh(geometry, material);
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
  const moving = fracFrom !== undefined;
  const set = useMemo(() => buildAtomMeshes(model, material, moving), [model, material, moving]);
  useEffect(() => () => set.dispose(), [set]);
  useLayoutEffect(() => {
    if (!fracFrom || !fracTo) return;
    for (const [g, mesh] of set.meshes.entries()) {
      putFracItems(mesh.geometry, 'aFrac', fracFrom, model.groups[g].atoms);
      putFracItems(mesh.geometry, 'aFracTo', fracTo, model.groups[g].atoms);
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
