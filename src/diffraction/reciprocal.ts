/**
 * Reciprocal lattice without the 2π (a*·a = 1): g(hkl) = h·a* + k·b* + l·c* in Å⁻¹,
 * |g| = 1/d. With the lattice matrix M (rows a, b, c), the reciprocal vectors are the
 * columns of M⁻¹ (row_i(M) · col_j(M⁻¹) = δij).
 */
import type { Lattice, Vec3 } from '../crystal/types';

export type Hkl = [number, number, number];

/** Cartesian g(hkl), Å⁻¹, in the frame of the lattice matrix. */
export function gVector(lattice: Lattice, h: number, k: number, l: number): Vec3 {
  const m = lattice.inverse;
  return [
    h * m[0] + k * m[1] + l * m[2],
    h * m[3] + k * m[4] + l * m[5],
    h * m[6] + k * m[7] + l * m[8],
  ];
}

export function gLength(lattice: Lattice, h: number, k: number, l: number): number {
  const g = gVector(lattice, h, k, l);
  return Math.hypot(g[0], g[1], g[2]);
}

/** Interplanar spacing d(hkl) in Å (Infinity for 000). */
export function dSpacing(lattice: Lattice, h: number, k: number, l: number): number {
  return 1 / gLength(lattice, h, k, l);
}

/** Angle between the normals of two reflections, degrees. */
export function angleBetween(lattice: Lattice, p: Hkl, q: Hkl): number {
  const a = gVector(lattice, ...p);
  const b = gVector(lattice, ...q);
  const c = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(...a) * Math.hypot(...b));
  return (Math.acos(Math.min(1, Math.max(-1, c))) * 180) / Math.PI;
}

/** Cartesian direction u·a + v·b + w·c (Å). */
export function directionVector(lattice: Lattice, uvw: Vec3): Vec3 {
  const m = lattice.matrix;
  return [0, 1, 2].map((k) => uvw[0] * m[k] + uvw[1] * m[3 + k] + uvw[2] * m[6 + k]) as Vec3;
}

/**
 * Every hkl (not 000) with |g| ≤ gMax, optionally only the zero-order Laue zone of [uvw]
 * (Weiss zone law h·u + k·v + l·w = 0). |h| ≤ gMax·|a| because h = g·a.
 */
export function reflectionsWithin(lattice: Lattice, gMax: number, zone?: Vec3): Hkl[] {
  const hMax = Math.floor(gMax * lattice.a + 1e-9);
  const kMax = Math.floor(gMax * lattice.b + 1e-9);
  const lMax = Math.floor(gMax * lattice.c + 1e-9);
  const out: Hkl[] = [];
  for (let h = -hMax; h <= hMax; h++) {
    for (let k = -kMax; k <= kMax; k++) {
      for (let l = -lMax; l <= lMax; l++) {
        if (h === 0 && k === 0 && l === 0) continue;
        if (zone && h * zone[0] + k * zone[1] + l * zone[2] !== 0) continue;
        if (gLength(lattice, h, k, l) <= gMax + 1e-12) out.push([h, k, l]);
      }
    }
  }
  return out;
}
