/**
 * Neighbour search with cell lists: linear in the number of atoms, never all pairs.
 *
 * periodicNeighbours bins wrapped fractional coordinates; a bin's perpendicular width is at
 * least the cutoff when the cell allows, so only adjacent bins are visited. When the cutoff is
 * wider than the cell, each axis is searched over as many cell images as the perpendicular
 * width requires (exact for oblique cells too, see lattice.ts).
 */
import { perpendicularWidths } from './lattice';
import type { Lattice } from './types';

/** Pairs i < j (plus i–i periodic images), as typed-array views of length `count`. */
export interface PeriodicPairs {
  count: number;
  i: Uint32Array;
  j: Uint32Array;
  /** 3·count integer offsets: the pair vector is (f_j + image) − f_i in the caller's frac. */
  image: Int32Array;
  /** Å */
  distance: Float64Array;
}

export interface Pairs {
  count: number;
  i: Uint32Array;
  j: Uint32Array;
  /** Å */
  distance: Float64Array;
}

/** Grow-by-doubling pair storage, so results need no per-pair objects. */
class PairBuffer {
  count = 0;
  i = new Uint32Array(256);
  j = new Uint32Array(256);
  image = new Int32Array(768);
  distance = new Float64Array(256);

  push(i: number, j: number, n0: number, n1: number, n2: number, d: number): void {
    if (this.count === this.i.length) this.grow();
    const k = this.count++;
    this.i[k] = i;
    this.j[k] = j;
    this.image[3 * k] = n0;
    this.image[3 * k + 1] = n1;
    this.image[3 * k + 2] = n2;
    this.distance[k] = d;
  }

  private grow(): void {
    const n = this.i.length * 2;
    this.i = copyInto(new Uint32Array(n), this.i);
    this.j = copyInto(new Uint32Array(n), this.j);
    this.image = copyInto(new Int32Array(3 * n), this.image);
    this.distance = copyInto(new Float64Array(n), this.distance);
  }

  periodic(): PeriodicPairs {
    const c = this.count;
    return {
      count: c,
      i: this.i.subarray(0, c),
      j: this.j.subarray(0, c),
      image: this.image.subarray(0, 3 * c),
      distance: this.distance.subarray(0, c),
    };
  }

  plain(): Pairs {
    const c = this.count;
    return {
      count: c,
      i: this.i.subarray(0, c),
      j: this.j.subarray(0, c),
      distance: this.distance.subarray(0, c),
    };
  }
}

function copyInto<T extends Uint32Array | Int32Array | Float64Array>(to: T, from: T): T {
  to.set(from);
  return to;
}

/** Bins per axis: as many as keep each bin ≥ cutoff wide, but not far more bins than atoms. */
function binCounts(widths: readonly number[], cutoff: number, count: number): number[] {
  const nb = widths.map((w) => Math.max(1, Math.min(1024, Math.floor(w / cutoff))));
  const maxBins = 2 * count + 27;
  while (nb[0] * nb[1] * nb[2] > maxBins) {
    const k = nb.indexOf(Math.max(...nb));
    nb[k] = Math.ceil(nb[k] / 2);
  }
  return nb;
}

/** Counting sort of atoms into bins: atoms of bin b are order[start[b]] … order[start[b+1]−1]. */
function sortIntoBins(
  binOf: Uint32Array,
  binCount: number,
): { start: Uint32Array; order: Uint32Array } {
  const start = new Uint32Array(binCount + 1);
  for (let a = 0; a < binOf.length; a++) start[binOf[a] + 1]++;
  for (let b = 0; b < binCount; b++) start[b + 1] += start[b];
  const fill = start.slice(0, binCount);
  const order = new Uint32Array(binOf.length);
  for (let a = 0; a < binOf.length; a++) order[fill[binOf[a]]++] = a;
  return { start, order };
}

/**
 * Every pair within `cutoff` (Å) under periodic boundary conditions: each unordered pair i < j
 * once per image, and each atom with its own images (i = i, image ≠ 0) once per ±image pair.
 * `frac` holds 3·count fractional coordinates, in any range.
 */
export function periodicNeighbours(
  lattice: Lattice,
  frac: ArrayLike<number>,
  count: number,
  cutoff: number,
): PeriodicPairs {
  const out = new PairBuffer();
  if (!(cutoff > 0) || count === 0) return out.periodic();
  const m = lattice.matrix;
  const widths = perpendicularWidths(lattice);
  const nb = binCounts(widths, cutoff, count);
  // Image range in bins along each axis; 1 unless the cutoff exceeds the cell.
  const R = nb.map((n, k) => Math.ceil((cutoff * n) / widths[k] - 1e-12));
  // Wrap into [0, 1), remembering the integer shift so images refer to the input coordinates.
  const shift = new Int32Array(3 * count);
  const cart = new Float64Array(3 * count);
  const binOf = new Uint32Array(count);
  for (let a = 0; a < count; a++) {
    const bin = [0, 0, 0];
    const w = [0, 0, 0];
    for (let k = 0; k < 3; k++) {
      const f = frac[3 * a + k];
      let s = Math.floor(f);
      let u = f - s;
      if (u >= 1) {
        u = 0;
        s += 1;
      }
      shift[3 * a + k] = s;
      w[k] = u;
      bin[k] = Math.min(nb[k] - 1, Math.floor(u * nb[k]));
    }
    cart[3 * a] = w[0] * m[0] + w[1] * m[3] + w[2] * m[6];
    cart[3 * a + 1] = w[0] * m[1] + w[1] * m[4] + w[2] * m[7];
    cart[3 * a + 2] = w[0] * m[2] + w[1] * m[5] + w[2] * m[8];
    binOf[a] = (bin[0] * nb[1] + bin[1]) * nb[2] + bin[2];
  }
  const { start, order } = sortIntoBins(binOf, nb[0] * nb[1] * nb[2]);
  const c2 = cutoff * cutoff;
  for (let b0 = 0; b0 < nb[0]; b0++)
    for (let b1 = 0; b1 < nb[1]; b1++)
      for (let b2 = 0; b2 < nb[2]; b2++) {
        const bin = (b0 * nb[1] + b1) * nb[2] + b2;
        if (start[bin] === start[bin + 1]) continue;
        for (let o0 = -R[0]; o0 <= R[0]; o0++)
          for (let o1 = -R[1]; o1 <= R[1]; o1++)
            for (let o2 = -R[2]; o2 <= R[2]; o2++) {
              const t0 = b0 + o0;
              const t1 = b1 + o1;
              const t2 = b2 + o2;
              const n0 = Math.floor(t0 / nb[0]);
              const n1 = Math.floor(t1 / nb[1]);
              const n2 = Math.floor(t2 / nb[2]);
              const target =
                ((t0 - n0 * nb[0]) * nb[1] + (t1 - n1 * nb[1])) * nb[2] + (t2 - n2 * nb[2]);
              if (start[target] === start[target + 1]) continue;
              // Cartesian offset of the image cell n.
              const sx = n0 * m[0] + n1 * m[3] + n2 * m[6];
              const sy = n0 * m[1] + n1 * m[4] + n2 * m[7];
              const sz = n0 * m[2] + n1 * m[5] + n2 * m[8];
              // Self images: keep n > 0 in lexicographic order, so ±n counts once.
              const selfOk = n0 > 0 || (n0 === 0 && (n1 > 0 || (n1 === 0 && n2 > 0)));
              for (let p = start[bin]; p < start[bin + 1]; p++) {
                const i = order[p];
                const xi = cart[3 * i] - sx;
                const yi = cart[3 * i + 1] - sy;
                const zi = cart[3 * i + 2] - sz;
                for (let q = start[target]; q < start[target + 1]; q++) {
                  const j = order[q];
                  if (j < i || (j === i && !selfOk)) continue;
                  const dx = cart[3 * j] - xi;
                  const dy = cart[3 * j + 1] - yi;
                  const dz = cart[3 * j + 2] - zi;
                  const d2 = dx * dx + dy * dy + dz * dz;
                  if (d2 > c2) continue;
                  out.push(
                    i,
                    j,
                    n0 - shift[3 * j] + shift[3 * i],
                    n1 - shift[3 * j + 1] + shift[3 * i + 1],
                    n2 - shift[3 * j + 2] + shift[3 * i + 2],
                    Math.sqrt(d2),
                  );
                }
              }
            }
      }
  return out.periodic();
}

/** Every pair i < j of a finite set of Cartesian points (3·count, Å) within `cutoff` (Å). */
export function cartesianNeighbours(
  points: ArrayLike<number>,
  count: number,
  cutoff: number,
): Pairs {
  const out = new PairBuffer();
  if (!(cutoff > 0) || count === 0) return out.plain();
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let a = 0; a < count; a++)
    for (let k = 0; k < 3; k++) {
      lo[k] = Math.min(lo[k], points[3 * a + k]);
      hi[k] = Math.max(hi[k], points[3 * a + k]);
    }
  // Bins at least `cutoff` wide, so a neighbour is never more than one bin away.
  const nb = binCounts(
    hi.map((h, k) => h - lo[k]),
    cutoff,
    count,
  );
  const size = nb.map((n, k) => Math.max((hi[k] - lo[k]) / n, cutoff));
  const binOf = new Uint32Array(count);
  for (let a = 0; a < count; a++) {
    const b = [0, 1, 2].map((k) =>
      Math.min(nb[k] - 1, Math.floor((points[3 * a + k] - lo[k]) / size[k])),
    );
    binOf[a] = (b[0] * nb[1] + b[1]) * nb[2] + b[2];
  }
  const { start, order } = sortIntoBins(binOf, nb[0] * nb[1] * nb[2]);
  const c2 = cutoff * cutoff;
  for (let b0 = 0; b0 < nb[0]; b0++)
    for (let b1 = 0; b1 < nb[1]; b1++)
      for (let b2 = 0; b2 < nb[2]; b2++) {
        const bin = (b0 * nb[1] + b1) * nb[2] + b2;
        for (let t0 = Math.max(0, b0 - 1); t0 <= Math.min(nb[0] - 1, b0 + 1); t0++)
          for (let t1 = Math.max(0, b1 - 1); t1 <= Math.min(nb[1] - 1, b1 + 1); t1++)
            for (let t2 = Math.max(0, b2 - 1); t2 <= Math.min(nb[2] - 1, b2 + 1); t2++) {
              const target = (t0 * nb[1] + t1) * nb[2] + t2;
              for (let p = start[bin]; p < start[bin + 1]; p++) {
                const i = order[p];
                for (let q = start[target]; q < start[target + 1]; q++) {
                  const j = order[q];
                  if (j <= i) continue;
                  const dx = points[3 * j] - points[3 * i];
                  const dy = points[3 * j + 1] - points[3 * i + 1];
                  const dz = points[3 * j + 2] - points[3 * i + 2];
                  const d2 = dx * dx + dy * dy + dz * dz;
                  if (d2 <= c2) out.push(i, j, 0, 0, 0, Math.sqrt(d2));
                }
              }
            }
      }
  return out.plain();
}
