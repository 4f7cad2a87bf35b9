/**
 * Coordination polyhedra: a centre atom and the convex hull of its bonded non-metal ligands
 * (MnO6, CoO6, FeC6 / FeN6 in Prussian blue; NaO6, KO8 when asked for).
 *
 * Every copy of one cell atom in a supercell has the same shell up to translation, so the hull
 * is computed once per cell atom (a template over local ligand numbers) and stamped onto each
 * drawn copy: linear in atom count, and every copy gets identical topology.
 */
import { isMetal } from './bonds';
import { atomicNumber } from './elements';
import { convexHull } from './hull';
import type { Mat3 } from './types';

/** Transition-metal centres drawn as polyhedra by default. */
export const DEFAULT_POLYHEDRON_CENTRES: readonly string[] = [
  'Mn',
  'Co',
  'Ni',
  'Fe',
  'Ti',
  'V',
  'Cr',
];
/** Alkali centres available on request (NaO6 octahedra/prisms, KO8 in hollandite). */
export const ALKALI_POLYHEDRON_CENTRES: readonly string[] = ['Li', 'Na', 'K'];
/** Fewer ligands than this span no solid (CN 2–3 are drawn as bonds only). */
export const MIN_LIGANDS = 4;

/** Atomic numbers of the chosen centre symbols. */
export function centreSet(symbols: readonly string[]): Set<number> {
  return new Set(symbols.map(atomicNumber).filter((z) => z > 0));
}

/** One cell atom's ligand shell: partners as (cell atom, integer image) and its hull. */
export interface PolyhedronTemplate {
  /** Cell-atom index of each ligand. */
  ligand: Uint32Array;
  /** 3 per ligand: image offset, ligand position = frac[ligand] + image. */
  image: Int32Array;
  /** Hull triangles and edges over local ligand numbers 0…n−1, outward winding. */
  triangles: Uint32Array;
  edges: Uint32Array;
}

/** Bond partners of one cell atom: cell-atom indices and their images (3 per partner). */
export interface Shell {
  partner: number[];
  image: number[];
}

/**
 * Template for a centre from its bonded shell, keeping non-metal partners only (metal–metal
 * contacts are never ligands). Null when fewer than MIN_LIGANDS or the hull is degenerate.
 */
export function polyhedronTemplate(
  matrix: Mat3,
  frac: ArrayLike<number>,
  element: ArrayLike<number>,
  shell: Shell,
): PolyhedronTemplate | null {
  const keep = shell.partner.map((_, k) => k).filter((k) => !isMetal(element[shell.partner[k]]));
  if (keep.length < MIN_LIGANDS) return null;
  const cart = new Float64Array(3 * keep.length);
  keep.forEach((k, local) => {
    const b = shell.partner[k];
    const f = [0, 1, 2].map((ax) => frac[3 * b + ax] + shell.image[3 * k + ax]);
    for (let ax = 0; ax < 3; ax++) {
      cart[3 * local + ax] = f[0] * matrix[ax] + f[1] * matrix[3 + ax] + f[2] * matrix[6 + ax];
    }
  });
  const hull = convexHull(cart, keep.length);
  if (!hull || hull.flat) return null;
  return {
    ligand: Uint32Array.from(keep, (k) => shell.partner[k]),
    image: Int32Array.from(keep.flatMap((k) => [0, 1, 2].map((ax) => shell.image[3 * k + ax]))),
    triangles: hull.triangles,
    edges: hull.edges,
  };
}

/**
 * Drawn polyhedra in compressed-row form: polyhedron p has centre[p], ligands
 * ligands[ligandStart[p] … ligandStart[p+1]), triangle corners triangles[triangleStart[p] …)
 * (3 atom indices each, outward winding — an affine lattice change keeps it outward) and edge
 * ends edges[edgeStart[p] …) (2 atom indices each).
 */
export interface PolyhedraSet {
  count: number;
  centre: Uint32Array;
  ligandStart: Uint32Array;
  ligands: Uint32Array;
  triangleStart: Uint32Array;
  triangles: Uint32Array;
  edgeStart: Uint32Array;
  edges: Uint32Array;
}

/** Growable Uint32 list (doubling), so stamping polyhedra allocates nothing per atom. */
export class U32List {
  length = 0;
  data: Uint32Array;
  constructor(capacity = 64) {
    this.data = new Uint32Array(Math.max(4, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Collects polyhedra by stamping templates with drawn-atom indices. */
export class PolyhedraBuilder {
  private readonly centre = new U32List();
  private readonly ligandStart = new U32List();
  private readonly ligands = new U32List();
  private readonly triangleStart = new U32List();
  private readonly triangles = new U32List();
  private readonly edgeStart = new U32List();
  private readonly edges = new U32List();

  /** Adds a polyhedron; `atoms[k]` is the drawn atom standing for template ligand k. */
  add(centre: number, t: PolyhedronTemplate, atoms: ArrayLike<number>): void {
    this.centre.push(centre);
    this.ligandStart.push(this.ligands.length);
    this.triangleStart.push(this.triangles.length);
    this.edgeStart.push(this.edges.length);
    for (let k = 0; k < t.ligand.length; k++) this.ligands.push(atoms[k]);
    for (let k = 0; k < t.triangles.length; k++) this.triangles.push(atoms[t.triangles[k]]);
    for (let k = 0; k < t.edges.length; k++) this.edges.push(atoms[t.edges[k]]);
  }

  finish(): PolyhedraSet {
    this.ligandStart.push(this.ligands.length);
    this.triangleStart.push(this.triangles.length);
    this.edgeStart.push(this.edges.length);
    return {
      count: this.centre.length,
      centre: this.centre.view(),
      ligandStart: this.ligandStart.view(),
      ligands: this.ligands.view(),
      triangleStart: this.triangleStart.view(),
      triangles: this.triangles.view(),
      edgeStart: this.edgeStart.view(),
      edges: this.edges.view(),
    };
  }
}

/** Per-cell-atom bond shells from periodic bonds (i ≤ j, image so that j + image is bonded). */
export function bondShells(
  count: number,
  bonds: { count: number; i: ArrayLike<number>; j: ArrayLike<number>; image: ArrayLike<number> },
): Shell[] {
  const shells: Shell[] = Array.from({ length: count }, () => ({ partner: [], image: [] }));
  for (let k = 0; k < bonds.count; k++) {
    const i = bonds.i[k];
    const j = bonds.j[k];
    const n = [bonds.image[3 * k], bonds.image[3 * k + 1], bonds.image[3 * k + 2]];
    shells[i].partner.push(j);
    shells[i].image.push(...n);
    shells[j].partner.push(i);
    shells[j].image.push(0 - n[0], 0 - n[1], 0 - n[2]);
  }
  return shells;
}
