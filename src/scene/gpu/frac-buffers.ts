/**
 * Fractional-coordinate buffers gathered from a model's per-atom array by atom index. Every
 * drawable (atoms, bond ends, polyhedron corners) has a "from" and a "to" attribute: in the
 * insertion view two buffers, both rewritten when the keyframe segment changes (never per
 * frame); standing still, one buffer under both names.
 */
import type * as THREE from 'three';

/** out[3k..3k+2] = frac[3·indices[k]..]; `out` defaults to a new array. */
export function gatherFrac(
  frac: Float32Array,
  indices: ArrayLike<number>,
  out: Float32Array = new Float32Array(3 * indices.length),
): Float32Array {
  for (let k = 0; k < indices.length; k++) {
    const i = 3 * indices[k];
    out[3 * k] = frac[i];
    out[3 * k + 1] = frac[i + 1];
    out[3 * k + 2] = frac[i + 2];
  }
  return out;
}

/** Refills one fractional attribute of a geometry in place from atom positions. */
export function refillFrac(
  geometry: THREE.BufferGeometry,
  name: string,
  frac: Float32Array,
  indices: ArrayLike<number>,
) {
  const attr = geometry.getAttribute(name) as THREE.BufferAttribute;
  gatherFrac(frac, indices, attr.array as Float32Array);
  attr.needsUpdate = true;
}
