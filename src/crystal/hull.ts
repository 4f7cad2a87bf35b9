/**
 * Convex hull of a coordination shell (4–16 points). Shells are tiny, so the hull is found
 * by testing every triple as a supporting plane: simple, exact in outcome, and it merges
 * coplanar points (the square faces of a KO8 cube or an NaO6 prism) into one polygon, so the
 * edges drawn are the polyhedron's real edges, not triangulation diagonals.
 */
import type { Vec3 } from './types';

/** Largest shell handled: the triple test is O(n⁴), fine for n ≤ 16. */
export const MAX_HULL_POINTS = 16;
/** Relative flatness under which points count as one face (× shell radius). */
const PLANE_TOLERANCE = 1e-4;

export interface Hull {
  /** Triangles as indices into the input points, counter-clockwise seen from outside. */
  triangles: Uint32Array;
  /** Unit outward normal per triangle (3 per triangle). */
  normals: Float64Array;
  /** Unique polyhedron edges as index pairs (face diagonals excluded). */
  edges: Uint32Array;
  /** True when all points lie in one plane: both windings are emitted, so it shows from both sides. */
  flat: boolean;
}

function sub(p: ArrayLike<number>, a: number, b: number): Vec3 {
  return [p[3 * a] - p[3 * b], p[3 * a + 1] - p[3 * b + 1], p[3 * a + 2] - p[3 * b + 2]];
}

function cross(u: Vec3, v: Vec3): Vec3 {
  return [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
}

function dot(u: Vec3, v: Vec3): number {
  return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
}

function unit(u: Vec3): Vec3 {
  const l = Math.hypot(u[0], u[1], u[2]);
  return [u[0] / l, u[1] / l, u[2] / l];
}

/** Polygon vertices (indices) ordered counter-clockwise about the outward normal n. */
function orderAround(p: ArrayLike<number>, idx: number[], n: Vec3): number[] {
  const c: Vec3 = [0, 0, 0];
  for (const i of idx) for (let k = 0; k < 3; k++) c[k] += p[3 * i + k] / idx.length;
  const rel = (i: number): Vec3 => [p[3 * i] - c[0], p[3 * i + 1] - c[1], p[3 * i + 2] - c[2]];
  const u = unit(rel(idx[0]));
  const v = cross(n, u);
  const angle = new Map(idx.map((i) => [i, Math.atan2(dot(rel(i), v), dot(rel(i), u))]));
  return [...idx].sort((a, b) => (angle.get(a) ?? 0) - (angle.get(b) ?? 0));
}

/**
 * Hull of `n` Cartesian points (3·n values). Null when the points do not span a polygon
 * (fewer than 3, collinear) or exceed MAX_HULL_POINTS.
 */
export function convexHull(p: ArrayLike<number>, n: number): Hull | null {
  if (n < 3 || n > MAX_HULL_POINTS) return null;
  let scale = 0;
  for (let i = 1; i < n; i++) scale = Math.max(scale, Math.hypot(...sub(p, i, 0)));
  const eps = PLANE_TOLERANCE * scale;
  const faces = new Map<number, { normal: Vec3; members: number[] }>();
  let flatNormal: Vec3 | null = null;
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++)
      for (let c = b + 1; c < n; c++) {
        const raw = cross(sub(p, b, a), sub(p, c, a));
        if (Math.hypot(...raw) <= eps * scale) continue; // collinear triple
        const nrm = unit(raw);
        let above = false;
        let below = false;
        let mask = 0;
        for (let q = 0; q < n; q++) {
          const h = dot(sub(p, q, a), nrm);
          if (h > eps) above = true;
          else if (h < -eps) below = true;
          else mask |= 1 << q;
        }
        if (above && below) continue;
        if (!above && !below) {
          flatNormal = nrm;
          continue;
        }
        if (faces.has(mask)) continue;
        const outward: Vec3 = above ? [-nrm[0], -nrm[1], -nrm[2]] : nrm;
        const members = [...Array(n).keys()].filter((q) => mask & (1 << q));
        faces.set(mask, { normal: outward, members });
      }
  if (faces.size === 0 && flatNormal) {
    const fn: Vec3 = flatNormal;
    const back: Vec3 = [-fn[0], -fn[1], -fn[2]];
    const all = [...Array(n).keys()];
    // All in one plane: keep only the perimeter (points on the 2D hull), both sides.
    return assemble(
      p,
      [
        { normal: fn, members: perimeter(p, all, fn, eps) },
        { normal: back, members: perimeter(p, all, back, eps) },
      ],
      true,
    );
  }
  if (faces.size === 0) return null;
  return assemble(p, [...faces.values()], false);
}

/** Points of a planar set that lie on its 2D convex hull, via supporting lines. */
function perimeter(p: ArrayLike<number>, idx: number[], n: Vec3, eps: number): number[] {
  const keep = idx.filter((a) =>
    idx.some((b) => {
      if (b === a) return false;
      const side = unit(cross(n, sub(p, b, a)));
      if (!Number.isFinite(side[0])) return false;
      const h = idx.map((q) => dot(sub(p, q, a), side));
      return h.every((x) => x >= -eps) || h.every((x) => x <= eps);
    }),
  );
  return keep;
}

function assemble(
  p: ArrayLike<number>,
  faces: { normal: Vec3; members: number[] }[],
  flat: boolean,
): Hull {
  const tris: number[] = [];
  const normals: number[] = [];
  const edges = new Map<number, [number, number]>();
  for (const f of faces) {
    const ring = orderAround(p, f.members, f.normal);
    for (let k = 1; k + 1 < ring.length; k++) {
      tris.push(ring[0], ring[k], ring[k + 1]);
      normals.push(...f.normal);
    }
    for (let k = 0; k < ring.length; k++) {
      const a = ring[k];
      const b = ring[(k + 1) % ring.length];
      edges.set(Math.min(a, b) * 64 + Math.max(a, b), [Math.min(a, b), Math.max(a, b)]);
    }
  }
  return {
    triangles: Uint32Array.from(tris),
    normals: Float64Array.from(normals),
    edges: Uint32Array.from([...edges.values()].flat()),
    flat,
  };
}
