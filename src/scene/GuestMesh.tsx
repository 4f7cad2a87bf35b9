/** The guest ions of a scenario: one draw, placed and shown by the shader from x. */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { GuestPositions } from '../insertion/path-types';
import {
  instancedItems,
  itemMesh,
  putFracItems,
  quadItems,
  setItemAttribute,
} from './gpu/item-geometry';

export function buildGuestMesh(guests: GuestPositions, material: THREE.ShaderMaterial): THREE.Mesh {
  const n = guests.count;
  const sphere = material.userData.impostor ? null : new THREE.SphereGeometry(1, 20, 16);
  const geometry = sphere ? instancedItems(sphere, n) : quadItems(n);
  sphere?.dispose();
  setItemAttribute(geometry, 'aFrac', new Float32Array(3 * n), 3);
  setItemAttribute(geometry, 'aFracTo', new Float32Array(3 * n), 3);
  setItemAttribute(geometry, 'aStartX', Float32Array.from(guests.startX), 1);
  setItemAttribute(geometry, 'aArriveX', Float32Array.from(guests.arriveX), 1);
  geometry.userData.all = Uint32Array.from({ length: n }, (_, i) => i);
  const mesh = itemMesh(geometry, material);
  mesh.name = 'guests';
  return mesh;
}

export function GuestMesh(props: {
  guests: GuestPositions;
  material: THREE.ShaderMaterial;
  segment: number;
}) {
  const { guests, material, segment } = props;
  const mesh = useMemo(() => buildGuestMesh(guests, material), [guests, material]);
  useEffect(() => () => mesh.geometry.dispose(), [mesh]);
  useLayoutEffect(() => {
    const all = mesh.geometry.userData.all as Uint32Array;
    putFracItems(mesh.geometry, 'aFrac', guests.frac[segment], all);
    putFracItems(mesh.geometry, 'aFracTo', guests.frac[segment + 1], all);
    const mask = [0, 0, 0];
    mask[guests.entryAxis] = 1;
    (material.uniforms.uEntryMask.value as THREE.Vector3).set(mask[0], mask[1], mask[2]);
    material.uniforms.uEntryCoord.value = guests.entryCoord;
  }, [mesh, guests, material, segment]);
  return <primitive object={mesh} visible={guests.count > 0} />;
}
