/**
 * The drawn atoms of an na × nb × nc block of conventional cells. Each drawn atom is a cell
 * atom a plus an integer cell offset c, so frac = cell.frac[a] + c in conventional-cell units
 * and the view turns it into Cartesian with one lattice uniform. Atoms on faces, edges and
 * corners are repeated on the far side so the drawn block is complete. A polyhedron centre
 * counts as on a face within FACE_SLACK of it (the model passes that as `slack`): the face
 * then cuts its polyhedron near the middle, and drawing it on one side only would cut a
 * chain of polyhedra that runs along the face (todorokite's and ramsdellite's walls, whose
 * Mn lie 0.01–0.15 Å off the cell faces), leaving the tunnels beside it open.
 */
import { fail, ok, type Result } from './result';
import type { CellAtoms } from './types';

/** More atoms than this would stall the main thread and the GPU on a lecture laptop. */
export const MAX_SUPERCELL_ATOMS = 200_000;
/** Largest repeat along one axis. */
export const MAX_SUPERCELL_REPEAT = 20;
/** Fractional distance from a face within which an atom counts as on it. */
export const BOUNDARY_TOLERANCE = 1e-4;
/**
 * Å: a polyhedron centre this close to a face is drawn on both sides of the block, like one on
 * the face. Small against the centre–ligand distance (≈ 1.9 Å for Mn–O), so the face passes
 * through the polyhedron's middle; hollandite's Mn, 1.6 Å off its faces, are not moved.
 */
export const FACE_SLACK = 0.5;

/** Flag bits of AtomTable.flags. */
export const ON_BOUNDARY = 1; // on a face, edge or corner of the drawn block
export const REPEAT = 2; // a periodic repeat of another drawn atom (not counted in formulae)
export const OUTSIDE = 4; // beyond the block, added to complete a polyhedron
/**
 * A ligand (an atom some polyhedron uses as a vertex) that is a vertex of no drawn polyhedron:
 * its centres all lie beyond the block. The polyhedral style hides it (VESTA's convention: no
 * ligand without its centre), the other styles draw it like any atom of the block.
 */
export const LOOSE = 8;

export interface AtomTable {
  count: number;
  /** 3·count, conventional-cell units (0…na etc.). */
  frac: Float32Array;
  /** Index into CellAtoms of each drawn atom. */
  cellAtom: Uint32Array;
  /** 3·count integer cell offsets: frac = cell.frac[cellAtom] + cellOf. */
  cellOf: Int32Array;
  flags: Uint8Array;
}

/** Integer cells along one axis at which an atom at fractional u is drawn. */
function axisCells(u: number, n: number, tol = BOUNDARY_TOLERANCE): [first: number, last: number] {
  if (u < tol) return [0, n]; // at 0: also drawn at n
  if (u > 1 - tol) return [-1, n - 1]; // ≈ 1 ≡ 0: drawn at ≈ 0 … n
  return [0, n - 1];
}

/**
 * Per cell atom and axis (3 per atom), the fractional distance from a face within which the
 * atom counts as on it; absent: BOUNDARY_TOLERANCE for every atom.
 */
export type FaceSlack = Float64Array;

function toleranceOf(slack: FaceSlack | undefined, a: number, k: number): number {
  return slack ? Math.max(BOUNDARY_TOLERANCE, slack[3 * a + k]) : BOUNDARY_TOLERANCE;
}

/** Number of atoms the block would draw (before polyhedron completion). */
export function supercellAtomCount(
  cell: CellAtoms,
  size: readonly number[],
  slack?: FaceSlack,
): number {
  let total = 0;
  for (let a = 0; a < cell.count; a++) {
    let m = 1;
    for (let k = 0; k < 3; k++) {
      const [lo, hi] = axisCells(cell.frac[3 * a + k], size[k], toleranceOf(slack, a, k));
      m *= hi - lo + 1;
    }
    total += m;
  }
  return total;
}

/** Refuses sizes that are not 1…MAX_SUPERCELL_REPEAT or would exceed MAX_SUPERCELL_ATOMS. */
export function checkSupercell(cell: CellAtoms, size: readonly number[]): Result<number> {
  const label = size.join('×');
  if (
    size.length !== 3 ||
    size.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_SUPERCELL_REPEAT)
  ) {
    return fail(
      `supercell ${label}: each repeat must be a whole number from 1 to ${MAX_SUPERCELL_REPEAT}`,
    );
  }
  const atoms = supercellAtomCount(cell, size);
  if (atoms > MAX_SUPERCELL_ATOMS) {
    return fail(
      `supercell ${label} would draw ${atoms.toLocaleString('en')} atoms; the cap is ${MAX_SUPERCELL_ATOMS.toLocaleString('en')}`,
    );
  }
  return ok(atoms);
}

/**
 * Drawn atoms plus a dense lookup (cell atom, cell offset) → drawn index over the block and a
 * margin of cells around it, so bonds and polyhedra find partners in O(1) without hashing.
 */
export class AtomTableBuilder {
  count = 0;
  private frac: Float32Array;
  private cellAtom: Uint32Array;
  private cellOf: Int32Array;
  private flags: Uint8Array;
  private readonly lookup: Int32Array;
  private readonly dims: number[];

  constructor(
    private readonly cell: CellAtoms,
    private readonly size: readonly number[],
    /** Cells of margin around the block that lookups may reach. */
    private readonly margin: number,
    capacity: number,
    /** Atoms that count as on a face farther from it than BOUNDARY_TOLERANCE. */
    private readonly slack?: FaceSlack,
  ) {
    this.frac = new Float32Array(3 * capacity);
    this.cellAtom = new Uint32Array(capacity);
    this.cellOf = new Int32Array(3 * capacity);
    this.flags = new Uint8Array(capacity);
    this.dims = size.map((n) => n + 2 * margin + 1);
    this.lookup = new Int32Array(this.dims[0] * this.dims[1] * this.dims[2] * cell.count).fill(-1);
  }

  /** Slot of (a, c) in the lookup, or −1 when c lies beyond the margin. */
  private slot(a: number, c0: number, c1: number, c2: number): number {
    const m = this.margin;
    const x = c0 + m;
    const y = c1 + m;
    const z = c2 + m;
    if (x < 0 || y < 0 || z < 0 || x >= this.dims[0] || y >= this.dims[1] || z >= this.dims[2])
      return -1;
    return ((x * this.dims[1] + y) * this.dims[2] + z) * this.cell.count + a;
  }

  /** Drawn index of cell atom a in cell c, or −1. */
  find(a: number, c0: number, c1: number, c2: number): number {
    const s = this.slot(a, c0, c1, c2);
    return s < 0 ? -1 : this.lookup[s];
  }

  /** Adds cell atom a in cell c (if not already drawn) and returns its drawn index. */
  add(a: number, c0: number, c1: number, c2: number, flags: number): number {
    const s = this.slot(a, c0, c1, c2);
    if (s >= 0 && this.lookup[s] >= 0) return this.lookup[s];
    if (this.count === this.cellAtom.length) this.grow();
    const d = this.count++;
    const c = [c0, c1, c2];
    for (let k = 0; k < 3; k++) {
      this.frac[3 * d + k] = this.cell.frac[3 * a + k] + c[k];
      this.cellOf[3 * d + k] = c[k];
    }
    this.cellAtom[d] = a;
    this.flags[d] = flags;
    if (s >= 0) this.lookup[s] = d;
    return d;
  }

  private grow(): void {
    const n = Math.max(16, this.cellAtom.length * 2);
    const f = new Float32Array(3 * n);
    f.set(this.frac);
    const ca = new Uint32Array(n);
    ca.set(this.cellAtom);
    const co = new Int32Array(3 * n);
    co.set(this.cellOf);
    const fl = new Uint8Array(n);
    fl.set(this.flags);
    this.frac = f;
    this.cellAtom = ca;
    this.cellOf = co;
    this.flags = fl;
  }

  /** Adds every atom of the block, repeating boundary atoms on the far faces. */
  fillBlock(): void {
    const { cell, size } = this;
    for (let a = 0; a < cell.count; a++) {
      const r = [0, 1, 2].map((k) =>
        axisCells(cell.frac[3 * a + k], size[k], toleranceOf(this.slack, a, k)),
      );
      for (let c0 = r[0][0]; c0 <= r[0][1]; c0++)
        for (let c1 = r[1][0]; c1 <= r[1][1]; c1++)
          for (let c2 = r[2][0]; c2 <= r[2][1]; c2++) {
            this.add(a, c0, c1, c2, this.blockFlags(a, [c0, c1, c2]));
          }
    }
  }

  /** Boundary and repeat flags of an in-block copy. */
  private blockFlags(a: number, c: number[]): number {
    let flags = 0;
    for (let k = 0; k < 3; k++) {
      const pos = this.cell.frac[3 * a + k] + c[k];
      const n = this.size[k];
      const tol = toleranceOf(this.slack, a, k);
      if (Math.abs(pos) < tol || Math.abs(pos - n) < tol) flags |= ON_BOUNDARY;
      if (Math.abs(pos - n) < tol) flags |= REPEAT;
    }
    return flags;
  }

  finish(): AtomTable {
    const n = this.count;
    return {
      count: n,
      frac: this.frac.slice(0, 3 * n),
      cellAtom: this.cellAtom.slice(0, n),
      cellOf: this.cellOf.slice(0, 3 * n),
      flags: this.flags.slice(0, n),
    };
  }
}
