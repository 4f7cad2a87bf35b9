/**
 * Which atom is under the pointer: a ray–sphere test against the atoms as drawn (fractional
 * positions through the current lattice uniform). O(n) per click, nothing per frame.
 */
import * as THREE from 'three';
import type { LatticeUniforms } from './gpu/lattice-uniforms';
import type { SceneModel } from './scene-model';

const centre = new THREE.Vector3();
const toCentre = new THREE.Vector3();

export function pickAtom(
  ray: THREE.Ray,
  model: SceneModel,
  uniforms: LatticeUniforms,
  radiusScale: number,
  showOutside: boolean,
): number | null {
  let best: number | null = null;
  let bestT = Number.POSITIVE_INFINITY;
  const m = uniforms.uLattice.value;
  const offset = uniforms.uOffset.value;
  for (let i = 0; i < model.atomCount; i++) {
    if (!showOutside && model.outside[i]) continue;
    const r = model.groups[model.group[i]].radius * radiusScale;
    centre
      .set(model.frac[3 * i], model.frac[3 * i + 1], model.frac[3 * i + 2])
      .applyMatrix3(m)
      .sub(offset);
    toCentre.subVectors(centre, ray.origin);
    const along = toCentre.dot(ray.direction);
    const d2 = toCentre.lengthSq() - along * along;
    if (d2 > r * r) continue;
    const t = along - Math.sqrt(r * r - d2);
    if (t > 0 && t < bestT) {
      bestT = t;
      best = i;
    }
  }
  return best;
}

/** Cartesian centre of atom i as drawn (for the selection marker). */
export function atomCentre(
  model: SceneModel,
  uniforms: LatticeUniforms,
  i: number,
  out: THREE.Vector3,
) {
  return out
    .set(model.frac[3 * i], model.frac[3 * i + 1], model.frac[3 * i + 2])
    .applyMatrix3(uniforms.uLattice.value)
    .sub(uniforms.uOffset.value);
}
