/**
 * Channels as periodic connected components of {free distance ≥ level}, found in one sweep.
 *
 * Grid points are added from the largest free distance down (a counting sort, so linear in
 * the grid), joined to their six face neighbours already added, in a union-find that keeps,
 * for each point, its lattice-translation offset from its root. An edge between two points
 * of one component whose offsets disagree closes a loop that winds through the crystal by
 * that translation: the component percolates along it. The rank of the translations found so
 * far is the component's dimensionality (0 cage, 1 tunnel, 2 layer, 3 framework), and the
 * level at which a component first percolates is its largest free sphere radius (Df / 2) —
 * the bottleneck is where that loop closed.
 */
import type { FreeField } from './field';

const BUCKET = 1e-3; // Å: sweep order resolution (levels are reported as exact grid values)

export interface Component {
  /** Root point of the component (its id in `labels`). */
  root: number;
  /** Grid index of its highest point (the widest place: Di / 2 = value there). */
  peak: number;
  dimensionality: 0 | 1 | 2 | 3;
  /** Independent lattice translations along which it percolates (integer, reduced). */
  directions: [number, number, number][];
  /** Free radius at which it first percolated (Df / 2), or null for a cage (Å). */
  percolationRadius: number | null;
  /** Grid index where that first loop closed (the bottleneck), or −1. */
  bottleneck: number;
  size: number;
}

/** The moment a component first percolates: it is then a tunnel along `direction`. */
export interface PercolationEvent {
  /** Free radius at the bottleneck (Df / 2, Å). */
  radius: number;
  bottleneck: number;
  direction: [number, number, number];
  /** Highest point of the component at that moment (Di / 2 = value there). */
  peak: number;
}

export interface Sweep {
  /** Every first percolation, highest first. */
  events: PercolationEvent[];
  /** Per grid point: the root id of its component at `level`, or −1 below it. */
  labels: Int32Array;
  components: Component[];
  level: number;
  /** Per lattice axis: largest free radius that percolates with net motion along it, or 0. */
  axisRadius: [number, number, number];
  /** Per lattice axis: where that bottleneck is (grid index), or −1. */
  axisBottleneck: [number, number, number];
}

class PeriodicUnionFind {
  readonly parent: Int32Array;
  /** Offset (cells) from each point to its parent: image(point) = image(parent) + off. */
  readonly off: Int16Array;
  readonly size: Int32Array;
  readonly peak: Int32Array;
  readonly basisCount: Uint8Array;
  readonly basis: Int16Array;
  readonly percolation: Float32Array;
  readonly bottleneck: Int32Array;

  constructor(total: number) {
    this.parent = new Int32Array(total).fill(-1);
    this.off = new Int16Array(3 * total);
    this.size = new Int32Array(total);
    this.peak = new Int32Array(total);
    this.basisCount = new Uint8Array(total);
    this.basis = new Int16Array(9 * total);
    this.percolation = new Float32Array(total).fill(Number.NaN);
    this.bottleneck = new Int32Array(total).fill(-1);
  }

  add(p: number): void {
    this.parent[p] = p;
    this.size[p] = 1;
    this.peak[p] = p;
  }

  has(p: number): boolean {
    return this.parent[p] >= 0;
  }

  /** Root of p, with p's offset from the root written into `out`; compresses the path. */
  find(p: number, out: Int32Array): number {
    let r = p;
    let ox = 0;
    let oy = 0;
    let oz = 0;
    while (this.parent[r] !== r) {
      ox += this.off[3 * r];
      oy += this.off[3 * r + 1];
      oz += this.off[3 * r + 2];
      r = this.parent[r];
    }
    // Second pass: point every node on the path straight at the root.
    let q = p;
    let qx = ox;
    let qy = oy;
    let qz = oz;
    while (this.parent[q] !== q) {
      const next = this.parent[q];
      const nx = qx - this.off[3 * q];
      const ny = qy - this.off[3 * q + 1];
      const nz = qz - this.off[3 * q + 2];
      this.parent[q] = r;
      this.off[3 * q] = qx;
      this.off[3 * q + 1] = qy;
      this.off[3 * q + 2] = qz;
      q = next;
      qx = nx;
      qy = ny;
      qz = nz;
    }
    out[0] = ox;
    out[1] = oy;
    out[2] = oz;
    return r;
  }

  /** Adds a translation to a root's basis if independent; true when the rank grew. */
  addCycle(root: number, x: number, y: number, z: number): boolean {
    const n = this.basisCount[root];
    if (n >= 3 || (x === 0 && y === 0 && z === 0)) return false;
    const b = this.basis;
    const o = 9 * root;
    if (n === 1) {
      const cx = b[o + 1] * z - b[o + 2] * y;
      const cy = b[o + 2] * x - b[o] * z;
      const cz = b[o] * y - b[o + 1] * x;
      if (cx === 0 && cy === 0 && cz === 0) return false;
    } else if (n === 2) {
      const det =
        b[o] * (b[o + 4] * z - b[o + 5] * y) -
        b[o + 1] * (b[o + 3] * z - b[o + 5] * x) +
        b[o + 2] * (b[o + 3] * y - b[o + 4] * x);
      if (det === 0) return false;
    }
    b[o + 3 * n] = x;
    b[o + 3 * n + 1] = y;
    b[o + 3 * n + 2] = z;
    this.basisCount[root] = n + 1;
    return true;
  }
}

/** Grid indices with value ≥ floor, largest first (bucketed counting sort). */
function descendingOrder(value: Float32Array, floor: number, top: number): Int32Array {
  const buckets = Math.max(1, Math.ceil((top - floor) / BUCKET) + 1);
  const count = new Int32Array(buckets + 1);
  const bucketOf = (v: number) => Math.min(buckets - 1, Math.floor((top - v) / BUCKET));
  let n = 0;
  for (let p = 0; p < value.length; p++) {
    if (value[p] < floor) continue;
    count[bucketOf(value[p]) + 1]++;
    n++;
  }
  for (let b = 0; b < buckets; b++) count[b + 1] += count[b];
  const order = new Int32Array(n);
  for (let p = 0; p < value.length; p++) {
    if (value[p] < floor) continue;
    order[count[bucketOf(value[p])]++] = p;
  }
  return order;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

function reduced(x: number, y: number, z: number): [number, number, number] {
  const g = gcd(gcd(x, y), z) || 1;
  // Sign: first non-zero component positive.
  const s = (x || y || z) < 0 ? -1 : 1;
  return [(s * x) / g + 0, (s * y) / g + 0, (s * z) / g + 0]; // + 0: no −0
}

/**
 * Sweeps the field from its top down to `floor` (the smallest radius of interest, ≥ 0),
 * recording per-axis percolation, and returns the components at `level` (the probe radius).
 */
export function sweep(field: FreeField, level: number, floor = 0): Sweep {
  const { n, value } = field;
  const [n0, n1, n2] = n;
  const total = value.length;
  let top = floor;
  for (let p = 0; p < total; p++) if (value[p] > top) top = value[p];
  const order = descendingOrder(value, Math.min(floor, level), top);
  const uf = new PeriodicUnionFind(total);
  const axisRadius: [number, number, number] = [0, 0, 0];
  const axisBottleneck: [number, number, number] = [-1, -1, -1];
  const ap = new Int32Array(3);
  const aq = new Int32Array(3);
  const events: PercolationEvent[] = [];
  let labels: Int32Array | null = null;
  let components: Component[] = [];
  // Components as they stand when the sweep passes `level` (later merges do not apply).
  const takeSnapshot = (upTo: number) => {
    const out = new Int32Array(total).fill(-1);
    const seen = new Set<number>();
    for (let s = 0; s < upTo; s++) {
      const r = uf.find(order[s], ap);
      out[order[s]] = r;
      seen.add(r);
    }
    labels = out;
    components = [...seen].map((r) => describe(uf, r));
  };
  for (let s = 0; s < order.length; s++) {
    const p = order[s];
    const v = value[p];
    if (labels === null && v < level) takeSnapshot(s);
    uf.add(p);
    const i = Math.floor(p / (n1 * n2));
    const j = Math.floor(p / n2) % n1;
    const k = p % n2;
    // Six face neighbours, with the cell shift when the step wraps.
    for (let d = 0; d < 6; d++) {
      const axis = d >> 1;
      const step = d & 1 ? 1 : -1;
      let ni = i;
      let nj = j;
      let nk = k;
      let sx = 0;
      let sy = 0;
      let sz = 0;
      if (axis === 0) {
        ni += step;
        if (ni < 0 || ni >= n0) {
          sx = step;
          ni -= step * n0;
        }
      } else if (axis === 1) {
        nj += step;
        if (nj < 0 || nj >= n1) {
          sy = step;
          nj -= step * n1;
        }
      } else {
        nk += step;
        if (nk < 0 || nk >= n2) {
          sz = step;
          nk -= step * n2;
        }
      }
      const q = (ni * n1 + nj) * n2 + nk;
      if (!uf.has(q)) continue;
      const rp = uf.find(p, ap);
      const rq = uf.find(q, aq);
      // q's image adjacent to p sits at offset (off_p + shift) in p's root frame.
      const tx = ap[0] + sx - aq[0];
      const ty = ap[1] + sy - aq[1];
      const tz = ap[2] + sz - aq[2];
      if (rp === rq) {
        if (uf.addCycle(rp, tx, ty, tz)) {
          if (Number.isNaN(uf.percolation[rp])) {
            uf.percolation[rp] = v;
            uf.bottleneck[rp] = p;
            const direction = reduced(tx, ty, tz);
            events.push({ radius: v, bottleneck: p, direction, peak: uf.peak[rp] });
          }
          const t = [tx, ty, tz];
          for (let a = 0; a < 3; a++) {
            if (t[a] !== 0 && axisBottleneck[a] < 0) {
              axisRadius[a] = v;
              axisBottleneck[a] = p;
            }
          }
        }
        continue;
      }
      // Join the smaller tree under the larger; the joined root's offset follows from the edge.
      let big = rp;
      let small = rq;
      let ox = tx;
      let oy = ty;
      let oz = tz;
      if (uf.size[rq] > uf.size[rp]) {
        big = rq;
        small = rp;
        ox = -tx;
        oy = -ty;
        oz = -tz;
      }
      uf.parent[small] = big;
      uf.off[3 * small] = ox;
      uf.off[3 * small + 1] = oy;
      uf.off[3 * small + 2] = oz;
      uf.size[big] += uf.size[small];
      if (value[uf.peak[small]] > value[uf.peak[big]]) uf.peak[big] = uf.peak[small];
      // Percolation of either part carries over; the earlier (higher) one is the bottleneck.
      const ps = uf.percolation[small];
      const pb = uf.percolation[big];
      if (!Number.isNaN(ps) && (Number.isNaN(pb) || ps > pb)) {
        uf.percolation[big] = ps;
        uf.bottleneck[big] = uf.bottleneck[small];
      }
      // The small part's translations, seen from the big root (a translation is frame-free).
      for (let c = 0; c < uf.basisCount[small]; c++) {
        const o = 9 * small + 3 * c;
        uf.addCycle(big, uf.basis[o], uf.basis[o + 1], uf.basis[o + 2]);
      }
    }
  }
  if (labels === null) takeSnapshot(order.length);
  const out = labels as Int32Array | null;
  return {
    events,
    labels: out ?? new Int32Array(total),
    components,
    level,
    axisRadius,
    axisBottleneck,
  };
}

function describe(uf: PeriodicUnionFind, r: number): Component {
  const dims = uf.basisCount[r] as 0 | 1 | 2 | 3;
  const directions: [number, number, number][] = [];
  for (let c = 0; c < dims; c++) {
    const o = 9 * r + 3 * c;
    directions.push(reduced(uf.basis[o], uf.basis[o + 1], uf.basis[o + 2]));
  }
  const perc = uf.percolation[r];
  return {
    root: r,
    peak: uf.peak[r],
    dimensionality: dims,
    directions,
    percolationRadius: Number.isNaN(perc) ? null : perc,
    bottleneck: uf.bottleneck[r],
    size: uf.size[r],
  };
}
