/**
 * The camera as a link stores it: the direction it looks along and its screen-up, both as
 * lattice directions [uvw], and its zoom relative to the framed fit. Pure maths, so the
 * round trip camera → link → camera is tested without a browser.
 */
import { invert3 } from '../crystal/lattice';
import type { Mat3, Vec3 } from '../crystal/types';
import {
  type CameraPose,
  MAX_PAN,
  MAX_ZOOM,
  MIN_ZOOM,
  type Pan,
  type Uvw,
} from '../state/view-state';

/** A free direction within this angle of a small-index [uvw] is written as that [uvw]. */
const SNAP_RADIANS = (0.5 * Math.PI) / 180;
const SNAP_MAX_INDEX = 3;

/** Row vector times matrix: a lattice direction to Cartesian (rows of m are a, b, c). */
function times(v: Vec3, m: Mat3): Vec3 {
  return [0, 1, 2].map((k) => v[0] * m[k] + v[1] * m[3 + k] + v[2] * m[6 + k]) as Vec3;
}

function angle(a: Vec3, b: Vec3): number {
  const dot = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const cos = dot / (Math.hypot(...a) * Math.hypot(...b));
  return Math.acos(Math.min(1, Math.max(-1, cos)));
}

/** The lattice direction of a Cartesian vector, snapped to a small [uvw] when it is one. */
export function latticeDirection(lattice: Mat3, cart: Vec3): Uvw {
  const uvw = times(cart, invert3(lattice));
  let best: Uvw | null = null;
  let bestAngle = SNAP_RADIANS;
  const n = SNAP_MAX_INDEX;
  for (let u = -n; u <= n; u++)
    for (let v = -n; v <= n; v++)
      for (let w = -n; w <= n; w++) {
        if (u === 0 && v === 0 && w === 0) continue;
        if (gcd3(u, v, w) !== 1) continue; // [220] is [110]
        const a = angle(times([u, v, w], lattice), cart);
        if (a < bestAngle) {
          bestAngle = a;
          best = [u, v, w];
        }
      }
  if (best) return best;
  const largest = Math.max(...uvw.map(Math.abs));
  return uvw.map((k) => Math.round((k / largest) * 10000) / 10000 || 0) as Uvw;
}

function gcd3(a: number, b: number, c: number): number {
  const g = (x: number, y: number): number => (y === 0 ? Math.abs(x) : g(y, x % y));
  return g(g(a, b), c);
}

/**
 * The pose of a camera at `back` (unit vector from the target to the camera) with screen-up
 * `screenUp`, zoomed `zoom` times the framed fit.
 */
export function poseFromCamera(
  lattice: Mat3,
  back: Vec3,
  screenUp: Vec3,
  zoom: number,
): CameraPose & { up: Uvw } {
  return {
    view: latticeDirection(lattice, back),
    up: latticeDirection(lattice, screenUp),
    zoom: clampZoom(Math.round(zoom * 1000) / 1000),
  };
}

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Screen-right of a camera looking along −back with screen-up `up` (both unit vectors). */
export function screenRight(back: Vec3, up: Vec3): Vec3 {
  return cross(up, back);
}

/** The orbit centre (Å, Cartesian) for a pan given in framed radii along screen right/up. */
export function panTarget(pan: Pan | null, back: Vec3, up: Vec3, radius: number): Vec3 {
  if (!pan) return [0, 0, 0];
  const right = screenRight(back, up);
  return [0, 1, 2].map((k) => radius * (pan[0] * right[k] + pan[1] * up[k])) as Vec3;
}

/**
 * The pan and the camera's distance from the plane through the supercell centre, for a
 * camera at `position` orbiting `target`. Only the on-screen part of the target is a pan;
 * its depth is folded into the distance, so a perspective camera rebuilt from the pose
 * stands exactly where this one stood.
 */
export function panAndDepth(
  position: Vec3,
  target: Vec3,
  back: Vec3,
  up: Vec3,
  radius: number,
): { pan: Pan | null; depth: number } {
  const right = screenRight(back, up);
  const round = (k: number) =>
    Math.round(Math.min(MAX_PAN, Math.max(-MAX_PAN, k)) * 10000) / 10000 || 0;
  const pan: Pan = [round(dot(target, right) / radius), round(dot(target, up) / radius)];
  return {
    pan: pan[0] === 0 && pan[1] === 0 ? null : pan,
    depth: dot(position, back),
  };
}
