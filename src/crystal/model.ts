/**
 * The structure model the 3D view draws: drawn atoms, bonds and coordination polyhedra of a
 * supercell block, as typed arrays only. Bonds are found once in the conventional cell with
 * the cell list (periodic, so every rule is applied exactly as in the bulk); each drawn copy
 * then looks its partners up by (cell atom, cell offset). The build is linear in atom count.
 */
import { type BondRules, BondTable, findBonds } from './bonds';
import { atomicNumber } from './elements';
import { perpendicularWidths } from './lattice';
import type { PeriodicPairs } from './neighbours';
import {
  bondShells,
  centreSet,
  DEFAULT_POLYHEDRON_CENTRES,
  PolyhedraBuilder,
  type PolyhedraSet,
  type PolyhedronTemplate,
  polyhedronTemplate,
  U32List,
} from './polyhedra';
import { fail, ok, type Result } from './result';
import {
  AtomTableBuilder,
  checkSupercell,
  FACE_SLACK,
  type FaceSlack,
  LOOSE,
  OUTSIDE,
} from './supercell';
import type { CellAtoms, Crystal, Species } from './types';

export { type Neighbour, nearestNeighbours } from './nearest';

export interface ModelOptions {
  supercell: [number, number, number];
  /** Element symbols drawn as polyhedron centres; default transition metals. [] for none. */
  polyhedronCentres?: readonly string[];
  bondRules?: BondRules;
  /** Add ligands just outside the block so every drawn polyhedron is whole (default true). */
  completePolyhedra?: boolean;
}

export interface StructureModel {
  atoms: {
    count: number;
    /** 3·count, conventional-cell units (0…na etc.): cart = frac · lattice matrix. */
    frac: Float32Array;
    /** Atomic number (majority species of the site; 0 unknown). */
    element: Uint8Array;
    /** Index into crystal.sites. */
    site: Uint32Array;
    /** Index into the CellAtoms the model was built from. */
    cellAtom: Uint32Array;
    /** 3·count integer cell of each atom. */
    cellOf: Int32Array;
    /** ON_BOUNDARY | REPEAT | OUTSIDE | LOOSE bits (supercell.ts). */
    flags: Uint8Array;
  };
  /** Pairs of drawn-atom indices (2 per bond) and their lengths (Å). */
  bonds: { count: number; pairs: Uint32Array; length: Float32Array };
  polyhedra: PolyhedraSet;
}

/** The drawn element of a site: its majority species (first on ties). */
export function siteElement(species: readonly Species[]): number {
  let best: Species | undefined;
  for (const s of species) if (!best || s.occupancy > best.occupancy) best = s;
  return best ? atomicNumber(best.element) : 0;
}

/** Atomic number of every cell atom. */
export function cellElements(crystal: Crystal, cell: CellAtoms): Uint8Array {
  const bySite = crystal.sites.map((s) => siteElement(s.species));
  return Uint8Array.from(cell.site, (s) => bySite[s] ?? 0);
}

/** Largest |image| component among periodic bonds: how far outside the block partners lie. */
function maxImage(bonds: PeriodicPairs): number {
  let m = 0;
  for (let k = 0; k < bonds.image.length; k++) m = Math.max(m, Math.abs(bonds.image[k]));
  return m;
}

export function buildModel(
  crystal: Crystal,
  cell: CellAtoms,
  options: ModelOptions,
): Result<StructureModel> {
  const size = options.supercell;
  const checked = checkSupercell(cell, size);
  if (!checked.ok) return checked;
  const z = cellElements(crystal, cell);
  const table = new BondTable(options.bondRules);
  const cellBonds = findBonds(crystal.lattice, cell.frac, z, cell.count, table);
  const shells = bondShells(cell.count, cellBonds);
  const centres = centreSet(options.polyhedronCentres ?? DEFAULT_POLYHEDRON_CENTRES);
  const templates: (PolyhedronTemplate | null)[] = shells.map((shell, a) =>
    centres.has(z[a]) ? polyhedronTemplate(crystal.lattice.matrix, cell.frac, z, shell) : null,
  );
  const margin = maxImage(cellBonds) + 1;
  const grid = (size[0] + 2 * margin + 1) * (size[1] + 2 * margin + 1) * (size[2] + 2 * margin + 1);
  if (grid * cell.count > 64 * (checked.value + 1024)) {
    return fail(
      `bonds reach ${margin} cells beyond the block: the cell is too small for its bond rules`,
    );
  }
  const atoms = new AtomTableBuilder(
    cell,
    size,
    margin,
    checked.value,
    faceSlack(crystal, cell.count, templates),
  );
  atoms.fillBlock();
  const inBlock = atoms.count;
  const polyhedra = stampPolyhedra(atoms, inBlock, templates, options.completePolyhedra ?? true);
  const drawn = atoms.finish();
  markLooseLigands(drawn.flags, drawn.cellAtom, polyhedra, templates);
  const bonds = drawnBonds(atoms, drawn.cellAtom, drawn.cellOf, cellBonds);
  return ok({
    atoms: {
      count: drawn.count,
      frac: drawn.frac,
      element: Uint8Array.from(drawn.cellAtom, (a) => z[a]),
      site: Uint32Array.from(drawn.cellAtom, (a) => cell.site[a]),
      cellAtom: drawn.cellAtom,
      cellOf: drawn.cellOf,
      flags: drawn.flags,
    },
    bonds,
    polyhedra,
  });
}

/** Polyhedron centres count as on a face within FACE_SLACK of it (supercell.ts). */
function faceSlack(
  crystal: Crystal,
  count: number,
  templates: readonly (PolyhedronTemplate | null)[],
): FaceSlack {
  const widths = perpendicularWidths(crystal.lattice);
  const slack = new Float64Array(3 * count);
  for (let a = 0; a < count; a++) {
    if (!templates[a]) continue;
    for (let k = 0; k < 3; k++) slack[3 * a + k] = FACE_SLACK / widths[k];
  }
  return slack;
}

/** One polyhedron per in-block centre whose ligands are (or, if completing, become) drawn. */
function stampPolyhedra(
  atoms: AtomTableBuilder,
  inBlock: number,
  templates: (PolyhedronTemplate | null)[],
  complete: boolean,
): PolyhedraSet {
  const out = new PolyhedraBuilder();
  const ligandAtoms = new Uint32Array(32);
  // Read the centres' cells before adding outside atoms (the builder may grow its arrays).
  const first = atoms.finish();
  for (let d = 0; d < inBlock; d++) {
    const t = templates[first.cellAtom[d]];
    if (!t) continue;
    const c0 = first.cellOf[3 * d];
    const c1 = first.cellOf[3 * d + 1];
    const c2 = first.cellOf[3 * d + 2];
    let whole = true;
    for (let k = 0; k < t.ligand.length && whole; k++) {
      const b = t.ligand[k];
      const l0 = c0 + t.image[3 * k];
      const l1 = c1 + t.image[3 * k + 1];
      const l2 = c2 + t.image[3 * k + 2];
      let found = atoms.find(b, l0, l1, l2);
      if (found < 0 && complete) found = atoms.add(b, l0, l1, l2, OUTSIDE);
      if (found < 0) whole = false;
      else ligandAtoms[k] = found;
    }
    if (whole) out.add(d, t, ligandAtoms);
  }
  return out.finish();
}

/** Sets LOOSE on every drawn atom of a ligand kind that is a vertex of no drawn polyhedron. */
function markLooseLigands(
  flags: Uint8Array,
  cellAtom: Uint32Array,
  polyhedra: PolyhedraSet,
  templates: readonly (PolyhedronTemplate | null)[],
): void {
  const ligandKind = new Uint8Array(templates.length);
  for (const t of templates) if (t) for (const b of t.ligand) ligandKind[b] = 1;
  const vertex = new Uint8Array(flags.length);
  for (let k = 0; k < polyhedra.ligands.length; k++) vertex[polyhedra.ligands[k]] = 1;
  for (let i = 0; i < flags.length; i++)
    if (ligandKind[cellAtom[i]] && !vertex[i] && !(flags[i] & OUTSIDE)) flags[i] |= LOOSE;
}

/** Bonds among drawn atoms: for each copy of i, its partner j in cell c + image if drawn. */
function drawnBonds(
  atoms: AtomTableBuilder,
  cellAtom: Uint32Array,
  cellOf: Int32Array,
  cellBonds: PeriodicPairs,
): StructureModel['bonds'] {
  // Bonds starting at each cell atom (i side of i ≤ j pairs), compressed by atom.
  const start = new Uint32Array(cellBonds.count === 0 ? 1 : Math.max(...cellBonds.i) + 2);
  for (let k = 0; k < cellBonds.count; k++) start[cellBonds.i[k] + 1]++;
  for (let a = 1; a < start.length; a++) start[a] += start[a - 1];
  const order = new Uint32Array(cellBonds.count);
  const fill = start.slice();
  for (let k = 0; k < cellBonds.count; k++) order[fill[cellBonds.i[k]]++] = k;
  const pairs = new U32List(2 * cellAtom.length);
  const lengths: number[] = [];
  for (let d = 0; d < cellAtom.length; d++) {
    const a = cellAtom[d];
    if (a + 1 >= start.length) continue;
    for (let p = start[a]; p < start[a + 1]; p++) {
      const k = order[p];
      const e = atoms.find(
        cellBonds.j[k],
        cellOf[3 * d] + cellBonds.image[3 * k],
        cellOf[3 * d + 1] + cellBonds.image[3 * k + 1],
        cellOf[3 * d + 2] + cellBonds.image[3 * k + 2],
      );
      if (e < 0) continue;
      pairs.push(d);
      pairs.push(e);
      lengths.push(cellBonds.distance[k]);
    }
  }
  return { count: lengths.length, pairs: pairs.view(), length: Float32Array.from(lengths) };
}
