/**
 * Wyckoff letters (`8h`) and site symmetries from moyo's per-setting templates (`x,y,0`,
 * `0,1/2,z`, `x,2x,z`): a site is in position W when W has the site's multiplicity and one of
 * the site's images (centring included) fits W's representative coordinates for some x, y, z.
 */
import { minimumImage } from './lattice';
import type { Diagnostic } from './result';
import { identifyHallNumber } from './symmetry/identify';
import {
  hallCandidatesForHm,
  spaceGroupFromHall,
  spaceGroupFromHallNumber,
} from './symmetry/lookup';
import { hallWyckoffPositions, isMoyoReady, type MoyoWyckoffPosition } from './symmetry/moyo';
import type { CellAtoms, Crystal, Lattice, Vec3 } from './types';

const FIT_DISTANCE = 0.02; // Å: how far an image may sit from the template's coordinates

/** One template coordinate: k·param + shift (param −1 for a constant). */
interface TemplateTerm {
  param: number;
  coef: number;
  shift: number;
}

function parseTerm(text: string): TemplateTerm {
  const m = /^([+-]?\d*)([xyz])?([+-]\d+\/\d+)?$|^(\d+)\/(\d+)$|^(\d+)$/.exec(text);
  if (!m) throw new Error(`unexpected Wyckoff coordinate "${text}"`);
  if (m[4]) return { param: -1, coef: 0, shift: Number(m[4]) / Number(m[5]) };
  if (m[6]) return { param: -1, coef: 0, shift: Number(m[6]) };
  const coef = m[1] === '' || m[1] === '+' ? 1 : m[1] === '-' ? -1 : Number(m[1]);
  const [num, den] = (m[3] ?? '+0/1').split('/');
  return { param: 'xyz'.indexOf(m[2]), coef, shift: Number(num) / Number(den) };
}

const termCache = new WeakMap<MoyoWyckoffPosition, TemplateTerm[]>();

/** A template's coordinates parsed once (a file of many sites asks for each many times). */
function templateTerms(w: MoyoWyckoffPosition): TemplateTerm[] {
  let terms = termCache.get(w);
  if (!terms) {
    terms = w.coordinates.split(',').map(parseTerm);
    termCache.set(w, terms);
  }
  return terms;
}

/** Parameter values that put the template on q (mod 1), one candidate per defining row. */
function candidateParams(terms: TemplateTerm[], q: Vec3): Vec3[] {
  let out: Vec3[] = [[0, 0, 0]];
  for (let p = 0; p < 3; p++) {
    const i = terms.findIndex((t) => t.param === p);
    if (i < 0) continue;
    const { coef, shift } = terms[i];
    // k·u + s ≡ q (mod 1) has |k| solutions u in [0, 1).
    const values = Array.from({ length: Math.abs(coef) }, (_, n) => (q[i] - shift + n) / coef);
    out = out.flatMap((base) => values.map((v) => base.map((b, j) => (j === p ? v : b)) as Vec3));
  }
  return out;
}

function fits(lattice: Lattice, terms: TemplateTerm[], q: Vec3): boolean {
  return candidateParams(terms, q).some((u) => {
    const t = terms.map((x) => (x.param < 0 ? x.shift : x.coef * u[x.param] + x.shift)) as Vec3;
    return minimumImage(lattice, t, q).distance < FIT_DISTANCE;
  });
}

export interface WyckoffAssignment {
  wyckoff: string;
  siteSymmetry: string;
}

/** The Wyckoff position of one site, given its images and multiplicity. */
export function matchWyckoff(
  lattice: Lattice,
  templates: MoyoWyckoffPosition[],
  images: Vec3[],
): WyckoffAssignment | undefined {
  for (const [i, w] of templates.entries()) {
    if (w.multiplicity !== images.length) continue;
    // The general position (listed first, site symmetry 1) fits every point.
    if (i === 0 && w.site_symmetry === '1') {
      return { wyckoff: `${w.multiplicity}${w.letter}`, siteSymmetry: w.site_symmetry };
    }
    const terms = templateTerms(w);
    if (images.some((q) => fits(lattice, terms, q))) {
      return { wyckoff: `${w.multiplicity}${w.letter}`, siteSymmetry: w.site_symmetry };
    }
  }
  return undefined;
}

/** The warning of a crystal read before the space-group tables were loaded. */
export const WYCKOFF_PENDING = 'space-group tables not loaded: no Wyckoff letters';

/** Hall number of the crystal's operators: known from the tables, else identified. */
function resolveHallNumber(crystal: Crystal): number | null {
  const sg = crystal.spaceGroup;
  if (sg.hallNumber !== null) return sg.hallNumber;
  const preferred = [...hallCandidatesForHm(sg.symbol)];
  const hall = spaceGroupFromHall(sg.symbol);
  if (hall.ok) preferred.push(hall.value.hallNumber);
  return identifyHallNumber(crystal.ops, preferred);
}

/**
 * Fill `wyckoff` on every site in place (multiplicities must come from `expandCell` on the
 * same crystal) and complete the space group when its operators were only listed.
 * Returns warnings; a site stays without a letter rather than getting a wrong one.
 */
export function assignWyckoff(
  crystal: Crystal,
  cell: CellAtoms,
  out: Map<number, WyckoffAssignment> = new Map(),
): Diagnostic[] {
  if (!isMoyoReady()) {
    return [{ message: WYCKOFF_PENDING }];
  }
  const hallNumber = resolveHallNumber(crystal);
  if (hallNumber === null) {
    return [{ message: 'the listed operators match no standard setting: no Wyckoff letters' }];
  }
  completeSpaceGroup(crystal, hallNumber);
  const templates = hallWyckoffPositions(hallNumber);
  if (!templates.ok) return [{ message: templates.error.message }];
  const images: Vec3[][] = crystal.sites.map(() => []);
  for (let i = 0; i < cell.count; i++) {
    images[cell.site[i]].push([cell.frac[3 * i], cell.frac[3 * i + 1], cell.frac[3 * i + 2]]);
  }
  const warnings: Diagnostic[] = [];
  crystal.sites.forEach((site, s) => {
    const found = matchWyckoff(crystal.lattice, templates.value, images[s]);
    if (found) {
      site.wyckoff = found.wyckoff;
      out.set(s, found);
    } else {
      warnings.push({ message: `site "${site.label}": no Wyckoff position fits`, line: site.line });
    }
  });
  return warnings;
}

function completeSpaceGroup(crystal: Crystal, hallNumber: number): void {
  const sg = crystal.spaceGroup;
  sg.hallNumber = hallNumber;
  const info = spaceGroupFromHallNumber(hallNumber);
  if (!info.ok) return;
  sg.number ??= info.value.number;
  if (!sg.symbol) sg.symbol = info.value.symbol;
}
