/**
 * Symmetry expansion: every operator applied to every site, images wrapped into [0, 1) and
 * merged when closer than MERGE_DISTANCE (minimum image, so 0.9999 and 0 are one atom).
 *
 * Cost is O(sites × ops): each image is compared only with the images already kept in its own
 * and neighbouring bins of a fractional grid (PositionGrid).
 */
import { minimumImage, perpendicularWidths } from './lattice';
import type { CellAtoms, Crystal, Lattice, SymOp, Vec3 } from './types';

export const MERGE_DISTANCE = 0.01; // Å
/** Coordinates this close below 1 (or above 0) wrap to exactly 0 (fractional units). */
const WRAP_EPS = 1e-6;
const MAX_BINS = 64; // per axis: beyond that the grid only costs memory

export function wrapFrac(v: number): number {
  const w = v - Math.floor(v);
  return w >= 1 - WRAP_EPS || w < WRAP_EPS ? 0 : w;
}

export function applyOp(op: SymOp, p: Vec3): Vec3 {
  const r = op.rot;
  return [
    wrapFrac(r[0] * p[0] + r[1] * p[1] + r[2] * p[2] + op.trans[0]),
    wrapFrac(r[3] * p[0] + r[4] * p[1] + r[5] * p[2] + op.trans[1]),
    wrapFrac(r[6] * p[0] + r[7] * p[1] + r[8] * p[2] + op.trans[2]),
  ];
}

/**
 * Positions kept so far, binned on a periodic fractional grid whose bins are at least
 * `distance` wide, so a near neighbour can only sit in the 3×3×3 surrounding bins.
 */
export class PositionGrid<T> {
  private readonly n: Vec3;
  private readonly bins = new Map<number, { q: Vec3; tag: T }[]>();

  constructor(
    private readonly lattice: Lattice,
    private readonly distance = MERGE_DISTANCE,
  ) {
    this.n = perpendicularWidths(lattice).map((w) =>
      Math.max(1, Math.min(MAX_BINS, Math.floor(w / distance))),
    ) as Vec3;
  }

  private bin(q: Vec3, axis: number, shift: number): number {
    const k = this.n[axis];
    return (Math.min(k - 1, Math.floor(q[axis] * k)) + shift + k) % k;
  }

  /** The tag of a kept position within `distance` of q (minimum image), if any. */
  find(q: Vec3): T | undefined {
    // With fewer than 3 bins on an axis the 27 neighbours repeat; only then track them
    // (this runs once per atom of a file, so the common case allocates nothing).
    const seen = this.n[0] < 3 || this.n[1] < 3 || this.n[2] < 3 ? new Set<number>() : null;
    for (let di = -1; di <= 1; di++) {
      for (let dj = -1; dj <= 1; dj++) {
        for (let dk = -1; dk <= 1; dk++) {
          const key = this.key(this.bin(q, 0, di), this.bin(q, 1, dj), this.bin(q, 2, dk));
          if (seen) {
            if (seen.has(key)) continue;
            seen.add(key);
          }
          for (const e of this.bins.get(key) ?? []) {
            if (minimumImage(this.lattice, e.q, q).distance < this.distance) return e.tag;
          }
        }
      }
    }
    return undefined;
  }

  add(q: Vec3, tag: T): void {
    const key = this.key(this.bin(q, 0, 0), this.bin(q, 1, 0), this.bin(q, 2, 0));
    const list = this.bins.get(key);
    if (list) list.push({ q, tag });
    else this.bins.set(key, [{ q, tag }]);
  }

  private key(i: number, j: number, k: number): number {
    return (i * this.n[1] + j) * this.n[2] + k;
  }
}

/** The distinct images of one position under all operators (first occurrence kept). */
export function orbit(lattice: Lattice, ops: SymOp[], p: Vec3, distance = MERGE_DISTANCE): Vec3[] {
  if (ops.length === 1) return [applyOp(ops[0], p)]; // P1: large files, one image per atom
  const grid = new PositionGrid<true>(lattice, distance);
  const kept: Vec3[] = [];
  for (const op of ops) {
    const q = applyOp(op, p);
    if (grid.find(q)) continue;
    grid.add(q, true);
    kept.push(q);
  }
  return kept;
}

/**
 * All positions of the conventional cell as structure-of-arrays. Also fills each site's
 * `multiplicity` in place (the symmetry step owns that field of a freshly read Crystal).
 */
export function expandCell(crystal: Crystal): CellAtoms {
  const images = crystal.sites.map((s) => orbit(crystal.lattice, crystal.ops, s.frac));
  const count = images.reduce((sum, list) => sum + list.length, 0);
  const frac = new Float64Array(3 * count);
  const site = new Uint32Array(count);
  let at = 0;
  images.forEach((list, s) => {
    crystal.sites[s].multiplicity = list.length;
    for (const q of list) {
      frac.set(q, 3 * at);
      site[at++] = s;
    }
  });
  return { count, frac, site };
}

/**
 * Atoms in the conventional cell, counted only until `limit` is passed (then `limit + 1`):
 * a file that would exceed the limit is refused without expanding all of it.
 */
export function countCellAtoms(crystal: Crystal, limit: number): number {
  if (crystal.sites.length * crystal.ops.length <= limit) return 0;
  let count = 0;
  for (const s of crystal.sites) {
    count += orbit(crystal.lattice, crystal.ops, s.frac).length;
    if (count > limit) return limit + 1;
  }
  return count;
}
