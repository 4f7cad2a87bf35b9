/**
 * The fuzz oracle's own model of how the reader folds written atoms into sites, so that a
 * round trip checks the merge too instead of forgiving it. Worked out from the printed numbers
 * with its own metric and exact occupancies (thousandths), following the reader's rules:
 *
 * 1. Rows in file order: a row closer than SAME_POSITION (minimum image) to an earlier site's
 *    position joins that site (interpret-sites.ts).
 * 2. With more than the identity, sites in order: a site closer than MERGE_DISTANCE to a kept
 *    image of an earlier site joins it (site-copies.ts). The images are the site's orbit with
 *    later near-duplicates left out, in the operators' order.
 *
 * Joining (joinSpecies): when the joined total would exceed 1 + OVERFULL_SLACK and every
 * joining species repeats one the site holds (same element, same occupancy), it is the same
 * atom written twice and is dropped; otherwise occupancies of an element already there add
 * up, new elements join as a mixed site, and the label gains `/label`.
 *
 * Positions are wrapped as the reader wraps them (wrapFrac: within 10⁻⁶ of a whole number is
 * 0), so only floating-point noise separates its distances from the model's. Where the answer
 * hangs on that noise or on which of two neighbours the reader's grid visits first — a
 * distance within BAND of a tolerance, a total of exactly 1 + slack, a position near two
 * sites — the case is called ambiguous and not judged.
 */
import { MERGE_DISTANCE, wrapFrac } from '../crystal/expand';
import { SAME_POSITION } from '../crystal/interpret-sites';
import { OVERFULL_SLACK } from '../crystal/site-copies';
import type { SymOp, Vec3 } from '../crystal/types';

/** Å either side of a merge tolerance where floating-point noise may decide. */
export const BAND = 1e-9;

/** Occupancy in thousandths, as written (the generator prints three decimals). */
export type Milli = number;

export interface WrittenAtom {
  label: string;
  element: string;
  occupancy: Milli;
  frac: Vec3;
}

export interface ExpectedSite {
  label: string;
  /** Element → total occupancy in thousandths. */
  species: Map<string, Milli>;
  /** Position of the site's first row. */
  frac: Vec3;
}

export type MergeModel = { ok: true; sites: ExpectedSite[] } | { ok: false; ambiguous: string };

const LIMIT: Milli = Math.round(1000 * (1 + OVERFULL_SLACK));

class Ambiguous extends Error {}

/** Minimum-image distance, Å, for positions much closer than the cell is wide. */
function metricDistance(cell: readonly number[]): (p: Vec3, q: Vec3) => number {
  const [a, b, c, alpha, beta, gamma] = cell;
  const cos = (deg: number) => Math.cos((deg * Math.PI) / 180);
  const g = [
    [a * a, a * b * cos(gamma), a * c * cos(beta)],
    [a * b * cos(gamma), b * b, b * c * cos(alpha)],
    [a * c * cos(beta), b * c * cos(alpha), c * c],
  ];
  return (p, q) => {
    // Rounding each component gives the shortest vector whenever it is shorter than the
    // cell's narrowest width, which is all a 0.01 Å tolerance asks about.
    const d = p.map((v, i) => v - q[i] - Math.round(v - q[i]));
    let s = 0;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) s += d[i] * g[i][j] * d[j];
    return Math.sqrt(Math.max(0, s));
  };
}

function near(d: number, tol: number, what: string): boolean {
  if (Math.abs(d - tol) < BAND) throw new Ambiguous(`${what} ${d} Å from the ${tol} Å tolerance`);
  return d < tol;
}

function total(species: Map<string, Milli>): Milli {
  let sum = 0;
  for (const v of species.values()) sum += v;
  return sum;
}

/** Joins `species` into `host` as joinSpecies does; false when they are dropped as a repeat. */
function join(host: ExpectedSite, species: Map<string, Milli>): boolean {
  const sum = total(host.species) + total(species);
  if (sum === LIMIT) throw new Ambiguous(`total ${sum / 1000} at the overfull bound`);
  const repeat = [...species].every(([el, occ]) => host.species.get(el) === occ);
  if (sum > LIMIT && repeat) return false;
  for (const [el, occ] of species) host.species.set(el, (host.species.get(el) ?? 0) + occ);
  return true;
}

/** The one earlier entry within `tol` of p (by `distance`), undefined when none. */
function only<T>(
  entries: T[],
  distanceOf: (e: T) => number,
  tol: number,
  what: string,
): T | undefined {
  const hits = entries.filter((e) => near(distanceOf(e), tol, what));
  if (hits.length > 1) throw new Ambiguous(`${what}: near ${hits.length} sites`);
  return hits[0];
}

function apply(op: SymOp, p: Vec3): Vec3 {
  const r = op.rot;
  return [0, 1, 2].map((i) =>
    wrapFrac(r[3 * i] * p[0] + r[3 * i + 1] * p[1] + r[3 * i + 2] * p[2] + op.trans[i]),
  ) as Vec3;
}

/** The sites the reader should give for `atoms` written in a cell with these operators. */
export function expectedSites(
  cell: readonly number[],
  ops: SymOp[],
  atoms: WrittenAtom[],
): MergeModel {
  const distance = metricDistance(cell);
  try {
    const rows: ExpectedSite[] = [];
    for (const atom of atoms) {
      const species = new Map([[atom.element, atom.occupancy]]);
      const at = atom.frac.map(wrapFrac) as Vec3;
      const host = only(
        rows,
        (s) => distance(s.frac.map(wrapFrac) as Vec3, at),
        SAME_POSITION,
        atom.label,
      );
      if (!host) rows.push({ label: atom.label, species, frac: atom.frac });
      else if (join(host, species)) host.label = `${host.label}/${atom.label}`;
    }
    if (ops.length === 1) return { ok: true, sites: rows };
    const kept: { site: ExpectedSite; images: Vec3[] }[] = [];
    for (const site of rows) {
      const at = site.frac.map(wrapFrac) as Vec3;
      const hit = (images: Vec3[]) => Math.min(...images.map((q) => distance(q, at)));
      const host = only(kept, (k) => hit(k.images), MERGE_DISTANCE, site.label);
      if (!host) {
        const images: Vec3[] = [];
        for (const op of ops) {
          const q = apply(op, site.frac);
          const what = `image of ${site.label}`;
          if (!images.some((i) => near(distance(i, q), MERGE_DISTANCE, what))) images.push(q);
        }
        kept.push({ site, images });
      } else if (join(host.site, site.species)) {
        host.site.label = `${host.site.label}/${site.label}`;
      }
    }
    return { ok: true, sites: kept.map((k) => k.site) };
  } catch (e) {
    if (e instanceof Ambiguous) return { ok: false, ambiguous: e.message };
    throw e;
  }
}
