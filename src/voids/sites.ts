/**
 * Candidate sites: local maxima of the free distance, refined off the grid, pulled onto the
 * symmetry element they sit on, merged by symmetry and given a Wyckoff letter and the first
 * shell of anions an ion there would see.
 */
import { isMetal } from '../crystal/bonds';
import { atomicNumber } from '../crystal/elements';
import { orbit, wrapFrac } from '../crystal/expand';
import { minimumImage } from '../crystal/lattice';
import { hallWyckoffPositions, isMoyoReady } from '../crystal/symmetry/moyo';
import type { SymOp, Vec3 } from '../crystal/types';
import { matchWyckoff } from '../crystal/wyckoff';
import { cartOf, climb, fracOf, freeAt, localAtoms } from './exact';
import type { FreeField } from './field';
import type { Framework } from './framework';

const STABILISER_DISTANCE = 0.3; // Å: images of a maximum closer than this are one site
const SAME_SITE = 0.3; // Å: maxima closer than this (minimum image, any orbit copy) merge
const SYMMETRISE_LOSS = 0.02; // Å: a symmetric position may lose this much free radius
const SHELL_FACTOR = 1.1; // first shell: anions within 10 % of the nearest anion distance
const NEIGHBOUR_REACH = 4.5; // Å beyond the site's free radius: where neighbours are sought
const MAX_SITES = 64;
const CLIMB_ROOM = 1.5; // Å: how far refinement may move a maximum off its grid point // symmetry-distinct sites reported, widest first

export interface SiteNeighbour {
  element: string;
  /** Centre to centre (Å). */
  distance: number;
  /** Framework atom and its image cell. */
  atom: number;
  image: Vec3;
}

export interface VoidSite {
  /** Fractional position in [0, 1). */
  position: Vec3;
  /** Wyckoff letter with multiplicity (`2b`), or null when the symmetry is not known. */
  wyckoff: string | null;
  /** Free radius: distance to the nearest sphere surface (Å). */
  radius: number;
  /** First-shell anions, nearest first: the coordination an ion here would get. */
  neighbours: SiteNeighbour[];
  /** Symmetry copies in the cell (fractional, [0, 1)). */
  copies: Vec3[];
}

/** Grid points not lower than any of their 26 neighbours, at least `floor`, highest first. */
export function gridMaxima(field: FreeField, floor: number): number[] {
  const [n0, n1, n2] = field.n;
  const v = field.value;
  const out: number[] = [];
  const wrap = (x: number, n: number) => (x + n) % n;
  for (let i = 0; i < n0; i++)
    for (let j = 0; j < n1; j++)
      for (let k = 0; k < n2; k++) {
        const p = (i * n1 + j) * n2 + k;
        const here = v[p];
        if (here < floor) continue;
        let top = true;
        for (let a = -1; a <= 1 && top; a++)
          for (let b = -1; b <= 1 && top; b++)
            for (let c = -1; c <= 1 && top; c++) {
              if (!a && !b && !c) continue;
              const q = (wrap(i + a, n0) * n1 + wrap(j + b, n1)) * n2 + wrap(k + c, n2);
              if (v[q] > here) top = false;
            }
        if (top) out.push(p);
      }
  return out.sort((a, b) => v[b] - v[a]);
}

export function gridFrac(field: FreeField, p: number): Vec3 {
  const [, n1, n2] = field.n;
  return [Math.floor(p / (n1 * n2)) / field.n[0], (Math.floor(p / n2) % n1) / n1, (p % n2) / n2];
}

function applyRaw(op: SymOp, p: Vec3): Vec3 {
  const r = op.rot;
  return [
    r[0] * p[0] + r[1] * p[1] + r[2] * p[2] + op.trans[0],
    r[3] * p[0] + r[4] * p[1] + r[5] * p[2] + op.trans[1],
    r[6] * p[0] + r[7] * p[1] + r[8] * p[2] + op.trans[2],
  ];
}

/** The average of the images of f that fall within STABILISER_DISTANCE of it. */
export function symmetrise(fw: Framework, f: Vec3): Vec3 {
  const sum: Vec3 = [0, 0, 0];
  let n = 0;
  for (const op of fw.ops) {
    const q = applyRaw(op, f);
    const m = minimumImage(fw.lattice, f, q);
    if (m.distance > STABILISER_DISTANCE) continue;
    for (let k = 0; k < 3; k++) sum[k] += q[k] + m.image[k];
    n++;
  }
  return n === 0 ? f : (sum.map((s) => s / n) as Vec3);
}

function isAnion(element: string, oxidation: number | undefined): boolean {
  if (oxidation !== undefined) return oxidation < 0;
  return !isMetal(atomicNumber(element));
}

export function coordination(fw: Framework, f: Vec3, radius: number): SiteNeighbour[] {
  const local = localAtoms(fw, f, radius + NEIGHBOUR_REACH);
  const p = cartOf(fw, f);
  const all: SiteNeighbour[] = [];
  for (let a = 0; a < local.count; a++) {
    const atom = local.atom[a];
    if (!isAnion(fw.element[atom], fw.oxidation[atom])) continue;
    const d = Math.hypot(
      local.cart[3 * a] - p[0],
      local.cart[3 * a + 1] - p[1],
      local.cart[3 * a + 2] - p[2],
    );
    const image: Vec3 = [local.image[3 * a], local.image[3 * a + 1], local.image[3 * a + 2]];
    all.push({ element: fw.element[atom], distance: d, atom, image });
  }
  all.sort((x, y) => x.distance - y.distance);
  if (all.length === 0) return [];
  const limit = all[0].distance * SHELL_FACTOR;
  return all.filter((n) => n.distance <= limit);
}

/** The refined maximum near grid point f, on its symmetry element when that costs nothing. */
function refine(fw: Framework, field: FreeField, f: Vec3, start: number) {
  // The nearest surface is within start + the largest radius; the climb moves < CLIMB_ROOM.
  const local = localAtoms(fw, f, start + Math.max(...fw.radius, 0) + CLIMB_ROOM);
  const top = climb(local, cartOf(fw, f), field.spacing, CLIMB_ROOM);
  const climbed = fracOf(fw, top);
  const up = freeAt(local, top);
  if (fw.ops.length > 1) {
    const sym = symmetrise(fw, climbed);
    const v = freeAt(local, cartOf(fw, sym));
    if (v >= up - SYMMETRISE_LOSS) return { f: sym, radius: v };
  }
  return { f: climbed, radius: up };
}

function wyckoffOf(fw: Framework, copies: Vec3[], fullGroup: boolean): string | null {
  if (!fullGroup || fw.hallNumber === null || !isMoyoReady()) return null;
  const templates = hallWyckoffPositions(fw.hallNumber);
  if (!templates.ok) return null;
  return matchWyckoff(fw.lattice, templates.value, copies)?.wyckoff ?? null;
}

/**
 * Symmetry-distinct sites with free radius ≥ floor (Å), widest first. `fullGroup` says the
 * framework's operations are the whole space group of its Hall number (so letters apply).
 */
export function findSites(
  fw: Framework,
  field: FreeField,
  floor: number,
  fullGroup: boolean,
): VoidSite[] {
  const sites: VoidSite[] = [];
  const ops =
    fw.ops.length > 0
      ? [...fw.ops]
      : [{ rot: [1, 0, 0, 0, 1, 0, 0, 0, 1], trans: [0, 0, 0] } as SymOp];
  const near = (f: Vec3) =>
    sites.some((s) => s.copies.some((c) => minimumImage(fw.lattice, c, f).distance < SAME_SITE));
  for (const p of gridMaxima(field, floor)) {
    if (sites.length >= MAX_SITES) break;
    const g = gridFrac(field, p);
    if (near(g)) continue;
    const { f, radius } = refine(fw, field, g, field.value[p]);
    if (radius < floor || near(f)) continue;
    const position = f.map(wrapFrac) as Vec3;
    const copies = orbit(fw.lattice, ops, position);
    sites.push({
      position,
      wyckoff: wyckoffOf(fw, copies, fullGroup),
      radius,
      neighbours: coordination(fw, position, radius),
      copies,
    });
  }
  return sites.sort((a, b) => b.radius - a.radius);
}
