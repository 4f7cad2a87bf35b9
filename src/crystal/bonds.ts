/**
 * Bond rule by element pair: bonded when min ≤ d ≤ tolerance × (r_cov(A) + r_cov(B)), with
 * covalent radii from Cordero et al. 2008 (elements.ts). Defaults suit battery hosts: no
 * metal–metal bonds (Mn–Mn, K–Mn across a tunnel), no anion–anion bonds (O–O along an
 * octahedron edge), and a tolerance wide enough for ionic alkali–O contacts (K–O ≈ 2.87 Å in
 * hollandite against r_K + r_O = 2.69 Å). Any pair can be overridden per structure.
 */
import { atomicNumber, covalentRadius, MAX_Z } from './elements';
import { type PeriodicPairs, periodicNeighbours } from './neighbours';
import type { Lattice } from './types';

/**
 * Multiplier on the covalent-radius sum. 1.15 admits Mn³⁺–O up to 2.36 Å (Jahn–Teller long
 * bonds) and K–O up to 3.09 Å, yet stops short of second shells (≥ 3.2 Å in these hosts).
 */
export const DEFAULT_BOND_TOLERANCE = 1.15;
/** Closer than this is two disorder partners of one split site, not a bond (Å). */
export const MIN_BOND_DISTANCE = 0.4; // Å

/** A per-structure rule for one element pair; `max: 0` removes the pair. Distances in Å. */
export interface BondOverride {
  a: string;
  b: string;
  max: number;
  min?: number;
}

export interface BondRules {
  tolerance?: number;
  overrides?: BondOverride[];
}

/** Elements never treated as metals (non-metals, metalloids, noble gases). */
const NON_METALS = new Set(
  'H He B C N O F Ne Si P S Cl Ar Ge As Se Br Kr Sb Te I Xe At Rn'.split(' ').map(atomicNumber),
);
/** Anions whose same-element contacts are polyhedron edges, never bonds. */
const NO_SELF_BOND = new Set(['O', 'F', 'Cl', 'Br', 'I'].map(atomicNumber));

/** True for metals (Z > 0 and not a non-metal or metalloid). */
export function isMetal(z: number): boolean {
  return z > 0 && !NON_METALS.has(z);
}

const SIZE = MAX_Z + 1;

/** Bond-length limits for every element pair, looked up by atomic numbers. */
export class BondTable {
  /** SIZE² table of max distances (Å); 0 = never bonded. */
  private readonly maxD = new Float64Array(SIZE * SIZE);
  private readonly minD = new Float64Array(SIZE * SIZE).fill(MIN_BOND_DISTANCE);

  constructor(rules: BondRules = {}) {
    const tol = rules.tolerance ?? DEFAULT_BOND_TOLERANCE;
    for (let za = 0; za < SIZE; za++)
      for (let zb = za; zb < SIZE; zb++) {
        const excluded = (isMetal(za) && isMetal(zb)) || (za === zb && NO_SELF_BOND.has(za));
        this.set(za, zb, excluded ? 0 : tol * (covalentRadius(za) + covalentRadius(zb)));
      }
    for (const o of rules.overrides ?? []) {
      const za = atomicNumber(o.a);
      const zb = atomicNumber(o.b);
      this.set(za, zb, Math.max(0, o.max), o.min);
    }
  }

  private set(za: number, zb: number, max: number, min?: number): void {
    this.maxD[za * SIZE + zb] = max;
    this.maxD[zb * SIZE + za] = max;
    if (min !== undefined) {
      this.minD[za * SIZE + zb] = min;
      this.minD[zb * SIZE + za] = min;
    }
  }

  /** Largest bond length (Å) possible between two elements (0 = never bonded). */
  max(za: number, zb: number): number {
    return this.maxD[za * SIZE + zb] ?? 0;
  }

  /** True when a distance d (Å) between elements za and zb is a bond. */
  bonded(za: number, zb: number, d: number): boolean {
    const k = za * SIZE + zb;
    return d <= this.maxD[k] && d >= this.minD[k];
  }

  /** Search radius for a set of elements: the longest bond any two of them can form (Å). */
  cutoffFor(elements: ArrayLike<number>): number {
    const present = [...new Set(Array.from(elements))];
    let cut = 0;
    for (const za of present) for (const zb of present) cut = Math.max(cut, this.max(za, zb));
    return cut;
  }
}

/**
 * Periodic bonds among `count` atoms (fractional coordinates, element numbers): every bonded
 * pair i ≤ j with its image offset, found with the cell list and filtered by the pair rule.
 */
export function findBonds(
  lattice: Lattice,
  frac: ArrayLike<number>,
  element: ArrayLike<number>,
  count: number,
  rules: BondRules | BondTable = {},
): PeriodicPairs {
  const table = rules instanceof BondTable ? rules : new BondTable(rules);
  const cand = periodicNeighbours(lattice, frac, count, table.cutoffFor(element));
  // Compact in place: the candidate arrays are ours alone.
  let n = 0;
  for (let k = 0; k < cand.count; k++) {
    if (!table.bonded(element[cand.i[k]], element[cand.j[k]], cand.distance[k])) continue;
    cand.i[n] = cand.i[k];
    cand.j[n] = cand.j[k];
    cand.image[3 * n] = cand.image[3 * k];
    cand.image[3 * n + 1] = cand.image[3 * k + 1];
    cand.image[3 * n + 2] = cand.image[3 * k + 2];
    cand.distance[n] = cand.distance[k];
    n++;
  }
  return {
    count: n,
    i: cand.i.subarray(0, n),
    j: cand.j.subarray(0, n),
    image: cand.image.subarray(0, 3 * n),
    distance: cand.distance.subarray(0, n),
  };
}
