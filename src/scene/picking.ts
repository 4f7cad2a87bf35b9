/**
 * Which atom is under the pointer: a ray–sphere test against the atoms as drawn (fractional
 * positions through the current lattice uniform). O(n) per click, nothing per frame.
 */
import * as THREE from 'three';
import { atomShown, type SceneModel } from '../state/scene-model';
import type { LatticeUniforms } from './gpu/lattice-uniforms';

const centre = new THREE.Vector3();
const toCentre = new THREE.Vector3();

/**
 * The nearest sphere the ray enters: `centreOf(i, out)` writes sphere i's Cartesian centre and
 * returns false when it is not drawn; `radiusOf(i)` gives its drawn radius (Å).
 */
export function pickSphere(
  ray: THREE.Ray,
  count: number,
  centreOf: (i: number, out: THREE.Vector3) => boolean,
  radiusOf: (i: number) => number,
): { index: number; distance: number } | null {
  let best: { index: number; distance: number } | null = null;
  for (let i = 0; i < count; i++) {
    if (!centreOf(i, centre)) continue;
    const r = radiusOf(i);
    toCentre.subVectors(centre, ray.origin);
    const along = toCentre.dot(ray.direction);
    const d2 = toCentre.lengthSq() - along * along;
    if (d2 > r * r) continue;
    const t = along - Math.sqrt(r * r - d2);
    if (t > 0 && (!best || t < best.distance)) best = { index: i, distance: t };
  }
  return best;
}

/** Writes the centre of fractional position i of `frac` (blended towards `fracTo`). */
export function fracCentre(
  uniforms: LatticeUniforms,
  frac: Float32Array,
  i: number,
  out: THREE.Vector3,
  fracTo: Float32Array = frac,
  mix = 0,
): THREE.Vector3 {
  const k = 3 * i;
  return out
    .set(
      frac[k] + mix * (fracTo[k] - frac[k]),
      frac[k + 1] + mix * (fracTo[k + 1] - frac[k + 1]),
      frac[k + 2] + mix * (fracTo[k + 2] - frac[k + 2]),
    )
    .applyMatrix3(uniforms.uLattice.value)
    .sub(uniforms.uOffset.value);
}

/** The atom under the ray, or null (also when none is nearer than `before`, along the ray). */
export function pickAtom(
  ray: THREE.Ray,
  model: SceneModel,
  uniforms: LatticeUniforms,
  radiusScale: number,
  showOutside: boolean,
  before = Number.POSITIVE_INFINITY,
): number | null {
  const hit = pickSphere(
    ray,
    model.atomCount,
    (i, out) => {
      if (!atomShown(model.outside[i], showOutside ? 'polyhedral' : 'other')) return false;
      fracCentre(uniforms, model.frac, i, out);
      return true;
    },
    (i) => model.groups[model.group[i]].radius * radiusScale,
  );
  return hit && hit.distance < before ? hit.index : null;
}

/** Cartesian centre of atom i as drawn (for the selection marker). */
export function atomCentre(
  model: SceneModel,
  uniforms: LatticeUniforms,
  i: number,
  out: THREE.Vector3,
): THREE.Vector3 {
  return fracCentre(uniforms, model.frac, i, out);
}
