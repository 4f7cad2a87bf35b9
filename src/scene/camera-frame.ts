/**
 * Where the camera goes for a view along [uvw]: pure vector maths from the lattice, kept out
 * of the components so it can be tested without a browser.
 */
import type { Mat3, Vec3 } from '../crystal/types';

export interface CameraFrame {
  /** Unit vector from the target towards the camera. */
  back: Vec3;
  /** Unit vector that points up on screen. */
  up: Vec3;
  /** Radius (Å) of a sphere around the centred supercell box. */
  radius: number;
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const norm = (a: Vec3) => Math.hypot(a[0], a[1], a[2]);
const unit = (a: Vec3): Vec3 => scale(a, 1 / norm(a));

function row(m: Mat3, r: number): Vec3 {
  return [m[3 * r], m[3 * r + 1], m[3 * r + 2]];
}

/** The component of v perpendicular to the unit vector n, or null if v is (almost) along n. */
function perpendicular(v: Vec3, n: Vec3): Vec3 | null {
  const p = sub(v, scale(n, dot(v, n)));
  return norm(p) > 1e-6 * norm(v) ? unit(p) : null;
}

/**
 * Looking along [uvw] means looking down the lattice direction u·a + v·b + w·c. Up on screen
 * is the lattice direction `upUvw` when given (a link or a lesson step that stores the
 * camera), else b for views down c (so a points right, as in textbook projections) and c
 * otherwise.
 */
export function cameraFrame(
  lattice: Mat3,
  uvw: Vec3,
  supercell: Vec3,
  upUvw: Vec3 | null = null,
): CameraFrame {
  const [a, b, c] = [row(lattice, 0), row(lattice, 1), row(lattice, 2)];
  const along = (d: Vec3): Vec3 =>
    [0, 1, 2].map((k) => d[0] * a[k] + d[1] * b[k] + d[2] * c[k]) as Vec3;
  const back = unit(along(uvw));
  const preferred = uvw[0] === 0 && uvw[1] === 0 ? [b, a, c] : [c, b, a];
  if (upUvw) preferred.unshift(along(upUvw));
  let up: Vec3 = [0, 1, 0];
  for (const candidate of preferred) {
    const p = perpendicular(candidate, back);
    if (p) {
      up = p;
      break;
    }
  }
  // Half the body diagonal bounds the box whatever the cell angles (checked over all corners).
  let radius = 0;
  for (let corner = 0; corner < 8; corner++) {
    const f: Vec3 = [
      ((corner & 1 ? 1 : 0) - 0.5) * supercell[0],
      ((corner & 2 ? 1 : 0) - 0.5) * supercell[1],
      ((corner & 4 ? 1 : 0) - 0.5) * supercell[2],
    ];
    const p: Vec3 = [0, 1, 2].map((k) => f[0] * a[k] + f[1] * b[k] + f[2] * c[k]) as Vec3;
    radius = Math.max(radius, norm(p));
  }
  return { back, up, radius };
}
