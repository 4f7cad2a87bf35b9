/**
 * The screen a zone axis is seen on: `back` points from the specimen to the viewer (along
 * u·a + v·b + w·c), `up` is b for views down c and c otherwise (the 3D view's rule, so the
 * pattern and image are oriented like the model), `right` = up × back. Also: snapping a
 * free view direction to the nearest low-index zone axis.
 */
import type { Lattice, Vec3 } from '../crystal/types';
import { directionVector } from './reciprocal';

export interface ScreenFrame {
  back: Vec3;
  up: Vec3;
  right: Vec3;
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a: Vec3) => Math.hypot(a[0], a[1], a[2]);
const unit = (a: Vec3): Vec3 => {
  const n = norm(a);
  return [a[0] / n, a[1] / n, a[2] / n];
};
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

function perpendicular(v: Vec3, n: Vec3): Vec3 | null {
  const k = dot(v, n);
  const p: Vec3 = [v[0] - k * n[0], v[1] - k * n[1], v[2] - k * n[2]];
  return norm(p) > 1e-6 * norm(v) ? unit(p) : null;
}

/** `up` (Cartesian) overrides the rule, e.g. the camera's up after a free rotation. */
export function screenFrame(lattice: Lattice, uvw: Vec3, up?: Vec3): ScreenFrame {
  const m = lattice.matrix;
  const a: Vec3 = [m[0], m[1], m[2]];
  const b: Vec3 = [m[3], m[4], m[5]];
  const c: Vec3 = [m[6], m[7], m[8]];
  const back = unit(directionVector(lattice, uvw));
  const preferred = up ? [up] : uvw[0] === 0 && uvw[1] === 0 ? [b, a, c] : [c, b, a];
  let u: Vec3 | null = null;
  for (const candidate of [...preferred, a, b, c]) {
    u = perpendicular(candidate, back);
    if (u) break;
  }
  const upVec = u ?? [0, 1, 0];
  return { back, up: upVec, right: cross(upVec, back) };
}

/** [x, y] on the screen of a Cartesian vector. */
export function onScreen(frame: ScreenFrame, v: Vec3): [number, number] {
  return [dot(v, frame.right), dot(v, frame.up)];
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

/** [uvw] divided by the greatest common divisor of its (integer) indices. */
export function primitiveDirection(uvw: Vec3): Vec3 {
  const g = gcd(gcd(uvw[0], uvw[1]), uvw[2]) || 1;
  return [uvw[0] / g, uvw[1] / g, uvw[2] / g];
}

export interface SnappedZone {
  uvw: Vec3;
  /** Angle between the asked direction and the zone axis, degrees. */
  angle: number;
  /** True when the asked direction already was that zone (within 0.01°). */
  exact: boolean;
}

export const MAX_ZONE_INDEX = 3;

/**
 * The low-index zone axis (|u|, |v|, |w| ≤ maxIndex) closest in angle to a lattice direction
 * given in real numbers (e.g. the view after a free rotation); ties go to the lower indices.
 */
export function snapZone(
  lattice: Lattice,
  direction: Vec3,
  maxIndex = MAX_ZONE_INDEX,
): SnappedZone {
  const d = unit(directionVector(lattice, direction));
  let best: SnappedZone = { uvw: [0, 0, 1], angle: 180, exact: false };
  let bestSum = Infinity;
  for (let u = -maxIndex; u <= maxIndex; u++) {
    for (let v = -maxIndex; v <= maxIndex; v++) {
      for (let w = -maxIndex; w <= maxIndex; w++) {
        if ((u === 0 && v === 0 && w === 0) || gcd(gcd(u, v), w) !== 1) continue;
        const z = unit(directionVector(lattice, [u, v, w]));
        const angle = (Math.acos(Math.min(1, dot(d, z))) * 180) / Math.PI;
        const sum = Math.abs(u) + Math.abs(v) + Math.abs(w);
        if (angle < best.angle - 1e-6 || (Math.abs(angle - best.angle) <= 1e-6 && sum < bestSum)) {
          best = { uvw: [u, v, w], angle, exact: false };
          bestSum = sum;
        }
      }
    }
  }
  return { ...best, exact: best.angle < 0.01 };
}
