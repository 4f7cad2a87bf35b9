/**
 * The free-space field: at each point of a grid over the cell, the distance (Å) to the
 * nearest atom-sphere surface over all periodic images (negative inside a sphere).
 *
 * Method: each atom visits only the grid points within (cap + r) of its centre — the grid is
 * its own cell list, so the cost is linear in the atom count — over as many images as the
 * cell's perpendicular widths require (exact for oblique cells, as in lattice.ts). The cap is
 * set from a coarse pass (its maximum plus its own error bound), so every point is reached;
 * should any not be, the field is recomputed with a larger cap.
 *
 * Resolution and error: grid steps ≤ `spacing` (0.15 Å by default) along each axis, counts a
 * multiple of 4 so that ½ and ¼ fall on grid points (of 12 in hexagonal and trigonal cells, for
 * ⅓ and ⅙ too). The field is 1-Lipschitz, so the
 * grid maximum is within half a grid-cell diagonal (≈ 0.13 Å at 0.15 Å in an orthogonal
 * cell) of the true maximum; sites are then refined off-grid (sites.ts) and special positions
 * (a window or a cage centre on a symmetry element) are on the grid exactly.
 */
import { perpendicularWidths } from '../crystal/lattice';
import type { Framework } from './framework';

export const DEFAULT_SPACING = 0.15; // Å
const COARSE_SPACING = 0.6; // Å: the pass that bounds the field's maximum
const COARSE_CAP = 4; // Å: first cap of the coarse pass (doubled while points stay unreached)
const MAX_CAP = 16; // Å: beyond this the cell is mostly empty and the answer is "≥ cap"
const CAP_MARGIN = 0.1; // Å

export interface FreeField {
  n: [number, number, number];
  /** n0·n1·n2 values, index (i·n1 + j)·n2 + k for the point (i/n0, j/n1, k/n2). Å. */
  value: Float32Array;
  /** Framework atom whose surface is nearest, per point (−1 where none within the cap). */
  nearest: Int32Array;
  /** Values ≥ cap mean "at least cap" (Å). */
  cap: number;
  /** Largest grid step along an axis (Å). */
  spacing: number;
  /** Half the longest grid-cell diagonal: the bound on the field's grid error (Å). */
  error: number;
}

/** An angle of 60° or 120°: the cell may hold ⅓ positions. */
function isHexagonal(fw: Framework): boolean {
  const { alpha, beta, gamma } = fw.lattice;
  return [alpha, beta, gamma].some((x) => Math.abs(x - 120) < 0.5 || Math.abs(x - 60) < 0.5);
}

export function gridCounts(fw: Framework, spacing: number): [number, number, number] {
  const { a, b, c } = fw.lattice;
  const multiple = isHexagonal(fw) ? 12 : 4;
  return [a, b, c].map((len) => Math.max(1, Math.ceil(len / spacing / multiple)) * multiple) as [
    number,
    number,
    number,
  ];
}

function cellDiagonal(fw: Framework, n: readonly number[]): number {
  const m = fw.lattice.matrix;
  let worst = 0;
  for (const s of [
    [1, 1, 1],
    [1, 1, -1],
    [1, -1, 1],
    [-1, 1, 1],
  ]) {
    const x = (s[0] * m[0]) / n[0] + (s[1] * m[3]) / n[1] + (s[2] * m[6]) / n[2];
    const y = (s[0] * m[1]) / n[0] + (s[1] * m[4]) / n[1] + (s[2] * m[7]) / n[2];
    const z = (s[0] * m[2]) / n[0] + (s[1] * m[5]) / n[1] + (s[2] * m[8]) / n[2];
    worst = Math.max(worst, Math.hypot(x, y, z));
  }
  return worst;
}

/** Minimum over atoms of (distance − radius), for every grid point within cap of a surface. */
function splat(
  fw: Framework,
  n: readonly number[],
  cap: number,
  value: Float32Array,
  nearest: Int32Array,
) {
  const m = fw.lattice.matrix;
  const widths = perpendicularWidths(fw.lattice);
  const [n0, n1, n2] = n;
  value.fill(cap);
  nearest.fill(-1);
  // c as a Cartesian vector, c / n2 as the step along a row, and |c|² for the row's range.
  const cx = m[6];
  const cy = m[7];
  const cz = m[8];
  const sx = cx / n2;
  const sy = cy / n2;
  const sz = cz / n2;
  const cc = cx * cx + cy * cy + cz * cz;
  for (let a = 0; a < fw.count; a++) {
    const f0 = fw.frac[3 * a];
    const f1 = fw.frac[3 * a + 1];
    const f2 = fw.frac[3 * a + 2];
    const r = fw.radius[a];
    const R = cap + r;
    const R2 = R * R;
    const X = f0 * m[0] + f1 * m[3] + f2 * m[6];
    const Y = f0 * m[1] + f1 * m[4] + f2 * m[7];
    const Z = f0 * m[2] + f1 * m[5] + f2 * m[8];
    const i0 = Math.ceil((f0 - R / widths[0]) * n0);
    const i1 = Math.floor((f0 + R / widths[0]) * n0);
    const j0 = Math.ceil((f1 - R / widths[1]) * n1);
    const j1 = Math.floor((f1 + R / widths[1]) * n1);
    for (let i = i0; i <= i1; i++) {
      const u = i / n0;
      const iw = (((i % n0) + n0) % n0) * n1;
      for (let j = j0; j <= j1; j++) {
        const v = j / n1;
        // Row through (u, v, 0): D = P − X; |D + t·c|² ≤ R² for t in [tLo, tHi].
        const dx = u * m[0] + v * m[3] - X;
        const dy = u * m[1] + v * m[4] - Y;
        const dz = u * m[2] + v * m[5] - Z;
        const bh = dx * cx + dy * cy + dz * cz;
        const disc = bh * bh - cc * (dx * dx + dy * dy + dz * dz - R2);
        if (disc < 0) continue;
        const sq = Math.sqrt(disc);
        const k0 = Math.ceil(((-bh - sq) / cc) * n2);
        const k1 = Math.floor(((-bh + sq) / cc) * n2);
        const row = (iw + (((j % n1) + n1) % n1)) * n2;
        let kw = ((k0 % n2) + n2) % n2;
        let ex = dx + k0 * sx;
        let ey = dy + k0 * sy;
        let ez = dz + k0 * sz;
        for (let k = k0; k <= k1; k++) {
          const d = Math.sqrt(ex * ex + ey * ey + ez * ez) - r;
          const at = row + kw;
          if (d < value[at]) {
            value[at] = d;
            nearest[at] = a;
          }
          ex += sx;
          ey += sy;
          ez += sz;
          if (++kw === n2) kw = 0;
        }
      }
    }
  }
}

function maxOf(values: Float32Array): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < values.length; p++) if (values[p] > m) m = values[p];
  return m;
}

/** A cap no point's free distance exceeds: the coarse field's maximum plus its error bound. */
function capFor(fw: Framework): number {
  const n = gridCounts(fw, COARSE_SPACING);
  const total = n[0] * n[1] * n[2];
  const value = new Float32Array(total);
  const nearest = new Int32Array(total);
  let cap = COARSE_CAP;
  for (;;) {
    splat(fw, n, cap, value, nearest);
    if (cap >= MAX_CAP || !nearest.includes(-1)) break;
    cap = Math.min(MAX_CAP, 2 * cap);
  }
  return Math.min(MAX_CAP, maxOf(value) + cellDiagonal(fw, n) / 2 + CAP_MARGIN);
}

export function freeField(fw: Framework, spacing = DEFAULT_SPACING): FreeField {
  const n = gridCounts(fw, spacing);
  const total = n[0] * n[1] * n[2];
  const value = new Float32Array(total);
  const nearest = new Int32Array(total);
  let cap = Math.max(CAP_MARGIN, capFor(fw));
  for (;;) {
    splat(fw, n, cap, value, nearest);
    if (cap >= MAX_CAP || !nearest.includes(-1)) break;
    cap = Math.min(MAX_CAP, cap * 2);
  }
  const steps = [fw.lattice.a / n[0], fw.lattice.b / n[1], fw.lattice.c / n[2]];
  return {
    n,
    value,
    nearest,
    cap,
    spacing: Math.max(...steps),
    error: cellDiagonal(fw, n) / 2,
  };
}
