/**
 * A geometry that shares the vertex buffers (index, position, normal) of a base shape, so
 * every instanced mesh of spheres or cylinders adds only its own per-instance attributes.
 */
import * as THREE from 'three';

export function withBaseShape(base: THREE.BufferGeometry): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry();
  geometry.setIndex(base.index);
  geometry.setAttribute('position', base.getAttribute('position'));
  geometry.setAttribute('normal', base.getAttribute('normal'));
  return geometry;
}
