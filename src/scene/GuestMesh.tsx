/** The guest ions of a scenario: one instanced draw, placed and shown by the shader from x. */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { GuestPositions } from '../insertion/path-types';
import { createImpostorQuad } from './gpu/atom-impostor-material';
import { refillFrac } from './gpu/frac-buffers';
import { withBaseShape } from './gpu/shared-geometry';

export function buildGuestMesh(
  guests: GuestPositions,
  material: THREE.ShaderMaterial,
): THREE.InstancedMesh {
  const sphere = material.userData.impostor
    ? createImpostorQuad()
    : new THREE.SphereGeometry(1, 20, 16);
  const n = guests.count;
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const geometry = withBaseShape(sphere);
  geometry.setAttribute('aFrac', new THREE.InstancedBufferAttribute(new Float32Array(3 * n), 3));
  geometry.setAttribute('aFracTo', new THREE.InstancedBufferAttribute(new Float32Array(3 * n), 3));
  geometry.setAttribute(
    'aStartX',
    new THREE.InstancedBufferAttribute(Float32Array.from(guests.startX), 1),
  );
  geometry.setAttribute(
    'aArriveX',
    new THREE.InstancedBufferAttribute(Float32Array.from(guests.arriveX), 1),
  );
  geometry.userData.all = all;
  const mesh = new THREE.InstancedMesh(geometry, material, n);
  mesh.frustumCulled = false;
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
    refillFrac(mesh.geometry, 'aFrac', guests.frac[segment], all);
    refillFrac(mesh.geometry, 'aFracTo', guests.frac[segment + 1], all);
    const mask = [0, 0, 0];
    mask[guests.entryAxis] = 1;
    (material.uniforms.uEntryMask.value as THREE.Vector3).set(mask[0], mask[1], mask[2]);
    material.uniforms.uEntryCoord.value = guests.entryCoord;
  }, [mesh, guests, material, segment]);
  return <primitive object={mesh} visible={guests.count > 0} />;
}
