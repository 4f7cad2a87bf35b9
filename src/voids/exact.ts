/**
 * The free distance evaluated exactly (off the grid) near one point: the framework atom
 * images within reach are gathered once, then any nearby point costs one pass over them.
 */
import { perpendicularWidths } from '../crystal/lattice';
import type { Vec3 } from '../crystal/types';
import type { Framework } from './framework';

export interface LocalAtoms {
  count: number;
  /** Cartesian centres (Å), 3·count. */
  cart: Float64Array;
  radius: Float64Array;
  /** Framework atom index and image cell of each entry. */
  atom: Int32Array;
  image: Int32Array;
}

export function cartOf(fw: Framework, f: Vec3): Vec3 {
  const m = fw.lattice.matrix;
  return [
    f[0] * m[0] + f[1] * m[3] + f[2] * m[6],
    f[0] * m[1] + f[1] * m[4] + f[2] * m[7],
    f[0] * m[2] + f[1] * m[5] + f[2] * m[8],
  ];
}

export function fracOf(fw: Framework, r: Vec3): Vec3 {
  const n = fw.lattice.inverse;
  return [
    r[0] * n[0] + r[1] * n[3] + r[2] * n[6],
    r[0] * n[1] + r[1] * n[4] + r[2] * n[7],
    r[0] * n[2] + r[1] * n[5] + r[2] * n[8],
  ];
}

/** Every atom image whose centre lies within `reach` (Å) of the fractional point f. */
export function localAtoms(fw: Framework, f: Vec3, reach: number): LocalAtoms {
  const widths = perpendicularWidths(fw.lattice);
  const p = cartOf(fw, f);
  const cart: number[] = [];
  const radius: number[] = [];
  const atom: number[] = [];
  const image: number[] = [];
  for (let a = 0; a < fw.count; a++) {
    const lo: number[] = [];
    const hi: number[] = [];
    for (let k = 0; k < 3; k++) {
      const d = fw.frac[3 * a + k] - f[k];
      lo.push(Math.ceil(-d - reach / widths[k]));
      hi.push(Math.floor(-d + reach / widths[k]));
    }
    for (let i = lo[0]; i <= hi[0]; i++)
      for (let j = lo[1]; j <= hi[1]; j++)
        for (let k = lo[2]; k <= hi[2]; k++) {
          const q = cartOf(fw, [
            fw.frac[3 * a] + i,
            fw.frac[3 * a + 1] + j,
            fw.frac[3 * a + 2] + k,
          ]);
          if (Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]) > reach) continue;
          cart.push(...q);
          radius.push(fw.radius[a]);
          atom.push(a);
          image.push(i, j, k);
        }
  }
  return {
    count: radius.length,
    cart: Float64Array.from(cart),
    radius: Float64Array.from(radius),
    atom: Int32Array.from(atom),
    image: Int32Array.from(image),
  };
}

/** Distance (Å) from Cartesian point r to the nearest sphere surface among `local`. */
export function freeAt(local: LocalAtoms, r: Vec3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let a = 0; a < local.count; a++) {
    const dx = local.cart[3 * a] - r[0];
    const dy = local.cart[3 * a + 1] - r[1];
    const dz = local.cart[3 * a + 2] - r[2];
    const d = Math.sqrt(dx * dx + dy * dy + dz * dz) - local.radius[a];
    if (d < best) best = d;
  }
  return best;
}

const DIRECTIONS: Vec3[] = [];
for (let x = -1; x <= 1; x++)
  for (let y = -1; y <= 1; y++)
    for (let z = -1; z <= 1; z++) if (x || y || z) DIRECTIONS.push([x, y, z]);

/**
 * Local maximum of the free distance by compass search over the 26 cube directions (the
 * field is a min of distances, not smooth, so no gradients), step halving to `tol` Å, never
 * further than `room` Å from the start.
 */
export function climb(
  local: LocalAtoms,
  start: Vec3,
  step: number,
  room: number,
  tol = 1e-4,
): Vec3 {
  let p: Vec3 = [...start];
  let best = freeAt(local, p);
  let h = step;
  while (h > tol) {
    let moved = false;
    for (const d of DIRECTIONS) {
      const s = h / Math.hypot(d[0], d[1], d[2]);
      const q: Vec3 = [p[0] + d[0] * s, p[1] + d[1] * s, p[2] + d[2] * s];
      // Beyond `room` the gathered atoms no longer bound the field: stay inside.
      if (Math.hypot(q[0] - start[0], q[1] - start[1], q[2] - start[2]) > room) continue;
      const v = freeAt(local, q);
      if (v > best + 1e-9) {
        best = v;
        p = q;
        moved = true;
      }
    }
    if (!moved) h /= 2;
  }
  return p;
}
