/**
 * Lattice geometry: cell matrix from a, b, c, α, β, γ, fractional ↔ Cartesian conversion,
 * perpendicular cell widths and a minimum-image search that is exact for any cell.
 *
 * Convention (see types.ts): matrix rows are a, b, c; a along x, b in the xy plane, so a
 * Cartesian row vector is cart = frac · matrix and frac = cart · inverse.
 */
import { fail, ok, type Result } from './result';
import type { Lattice, LatticeParams, Mat3, Vec3 } from './types';

const DEG = Math.PI / 180;

/** Builds the cell matrix, its inverse and volume; an impossible cell is an error, not NaN. */
export function latticeFromParams(p: LatticeParams): Result<Lattice> {
  const { a, b, c, alpha, beta, gamma } = p;
  for (const [name, v] of [
    ['a', a],
    ['b', b],
    ['c', c],
  ] as const) {
    if (!Number.isFinite(v) || v <= 0) return fail(`cell length ${name} = ${v} must be > 0 Å`);
  }
  for (const [name, v] of [
    ['alpha', alpha],
    ['beta', beta],
    ['gamma', gamma],
  ] as const) {
    if (!Number.isFinite(v) || v <= 0 || v >= 180) {
      return fail(`cell angle ${name} = ${v}° must lie strictly between 0° and 180°`);
    }
  }
  const ca = Math.cos(alpha * DEG);
  const cb = Math.cos(beta * DEG);
  const cg = Math.cos(gamma * DEG);
  const sg = Math.sin(gamma * DEG);
  // Squared volume of the unit-edged cell; ≤ 0 means the three angles cannot close a cell
  // (e.g. α + β < γ), which is the case that otherwise silently yields NaN coordinates.
  const v2 = 1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg;
  if (!(v2 > 1e-12)) {
    return fail(`cell angles α ${alpha}°, β ${beta}°, γ ${gamma}° do not form a cell`);
  }
  const cy = (ca - cb * cg) / sg;
  const cz = Math.sqrt(v2) / sg;
  const matrix: Mat3 = [a, 0, 0, b * cg, b * sg, 0, c * cb, c * cy, c * cz];
  const inverse = invert3(matrix);
  const volume = a * b * c * Math.sqrt(v2);
  return ok({ a, b, c, alpha, beta, gamma, matrix, inverse, volume });
}

/** Inverse of a row-major 3×3 matrix (adjugate / determinant); caller ensures det ≠ 0. */
export function invert3(m: Mat3): Mat3 {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = f * g - d * i;
  const C = d * h - e * g;
  const inv = 1 / (a * A + b * B + c * C);
  return [
    A * inv,
    (c * h - b * i) * inv,
    (b * f - c * e) * inv,
    B * inv,
    (a * i - c * g) * inv,
    (c * d - a * f) * inv,
    C * inv,
    (b * g - a * h) * inv,
    (a * e - b * d) * inv,
  ];
}

/** Row vector times row-major matrix: v · m. */
function rowTimes(m: Mat3, x: number, y: number, z: number): Vec3 {
  return [
    x * m[0] + y * m[3] + z * m[6],
    x * m[1] + y * m[4] + z * m[7],
    x * m[2] + y * m[5] + z * m[8],
  ];
}

export function fracToCart(lattice: Lattice, f: Vec3): Vec3 {
  return rowTimes(lattice.matrix, f[0], f[1], f[2]);
}

export function cartToFrac(lattice: Lattice, r: Vec3): Vec3 {
  return rowTimes(lattice.inverse, r[0], r[1], r[2]);
}

type Coords = ArrayLike<number>;
type OutCoords = Float64Array | Float32Array | number[];

/** Applies v · m to `count` packed xyz triples of `input`, writing into `out` (may alias). */
function transformArray(m: Mat3, input: Coords, count: number, out: OutCoords): OutCoords {
  for (let i = 0, k = 0; i < count; i++, k += 3) {
    const x = input[k];
    const y = input[k + 1];
    const z = input[k + 2];
    out[k] = x * m[0] + y * m[3] + z * m[6];
    out[k + 1] = x * m[1] + y * m[4] + z * m[7];
    out[k + 2] = x * m[2] + y * m[5] + z * m[8];
  }
  return out;
}

/** Bulk frac → Cartesian for `count` atoms (3·count values); returns `out`. */
export function fracToCartArray<T extends OutCoords>(
  lattice: Lattice,
  frac: Coords,
  count: number,
  out: T,
): T {
  return transformArray(lattice.matrix, frac, count, out) as T;
}

/** Bulk Cartesian → frac for `count` atoms (3·count values); returns `out`. */
export function cartToFracArray<T extends OutCoords>(
  lattice: Lattice,
  cart: Coords,
  count: number,
  out: T,
): T {
  return transformArray(lattice.inverse, cart, count, out) as T;
}

/** Metric tensor G = M·Mᵀ (Å²): G_ij = a_i · a_j, so |Δr|² = Δf · G · Δfᵀ. */
export function metric(lattice: Lattice): Mat3 {
  const m = lattice.matrix;
  const g = new Array<number>(9) as Mat3;
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      g[i * 3 + j] =
        m[i * 3] * m[j * 3] + m[i * 3 + 1] * m[j * 3 + 1] + m[i * 3 + 2] * m[j * 3 + 2];
    }
  }
  return g;
}

/**
 * Distances between opposite faces of the cell (Å), i.e. 1/|a*|, 1/|b*|, 1/|c*|. The
 * reciprocal vectors are the columns of `inverse`. A sphere of radius r reaches at most
 * ceil(r / width_i) cells along axis i, which bounds image searches and cell-list strides.
 */
export function perpendicularWidths(lattice: Lattice): Vec3 {
  const n = lattice.inverse;
  return [
    1 / Math.hypot(n[0], n[3], n[6]),
    1 / Math.hypot(n[1], n[4], n[7]),
    1 / Math.hypot(n[2], n[5], n[8]),
  ];
}

export interface MinimumImage {
  /** Shortest distance between a and any periodic image of b (Å). */
  distance: number;
  /** Integer cell offset n such that the shortest vector is (fb + n) − fa. */
  image: Vec3;
}

/**
 * Shortest distance between fa and the periodic images of fb. Wrapping Δf into [−½, ½) and
 * trying ±1 is not enough in strongly oblique cells, so: take the wrapped vector's length r
 * as an upper bound, then visit every image whose fractional offset along axis i is within
 * r / width_i — any closer image must lie in that box, so the search is exact.
 */
export function minimumImage(lattice: Lattice, fa: Vec3, fb: Vec3): MinimumImage {
  const m = lattice.matrix;
  const d0 = fb[0] - fa[0];
  const d1 = fb[1] - fa[1];
  const d2 = fb[2] - fa[2];
  const s0 = 0 - Math.round(d0); // 0 − x avoids −0 offsets
  const s1 = 0 - Math.round(d1);
  const s2 = 0 - Math.round(d2);
  const w0 = d0 + s0;
  const w1 = d1 + s1;
  const w2 = d2 + s2;
  let best = dist2(m, w0, w1, w2);
  let bi = 0;
  let bj = 0;
  let bk = 0;
  const r = Math.sqrt(best);
  // r / width_i = r·|row i of inverseᵀ|, written out: this runs once per atom pair.
  const n = lattice.inverse;
  const e0 = r * Math.sqrt(n[0] * n[0] + n[3] * n[3] + n[6] * n[6]);
  const e1 = r * Math.sqrt(n[1] * n[1] + n[4] * n[4] + n[7] * n[7]);
  const e2 = r * Math.sqrt(n[2] * n[2] + n[5] * n[5] + n[8] * n[8]);
  for (let i = Math.ceil(-e0 - w0); i <= Math.floor(e0 - w0); i++) {
    for (let j = Math.ceil(-e1 - w1); j <= Math.floor(e1 - w1); j++) {
      for (let k = Math.ceil(-e2 - w2); k <= Math.floor(e2 - w2); k++) {
        const q = dist2(m, w0 + i, w1 + j, w2 + k);
        if (q < best) {
          best = q;
          bi = i;
          bj = j;
          bk = k;
        }
      }
    }
  }
  return { distance: Math.sqrt(best), image: [s0 + bi, s1 + bj, s2 + bk] };
}

/** |f · M|² for a fractional difference f (Å²). */
function dist2(m: Mat3, f0: number, f1: number, f2: number): number {
  const x = f0 * m[0] + f1 * m[3] + f2 * m[6];
  const y = f0 * m[1] + f1 * m[4] + f2 * m[7];
  const z = f0 * m[2] + f1 * m[5] + f2 * m[8];
  return x * x + y * y + z * z;
}
