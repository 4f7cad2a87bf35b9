/**
 * Atom correspondence between keyframes: the positions of each site label in keyframe k are
 * paired with the same label's positions in keyframe k+1 by nearest periodic image. The
 * paired position is unwrapped onto that image (it may leave [0, 1)), so an atom's path from
 * keyframe to keyframe is the short way round and never jumps across the cell.
 */
import { atomicNumber } from '../crystal/elements';
import { minimumImage } from '../crystal/lattice';
import { fail, ok, type Result } from '../crystal/result';
import type { CellAtoms, Crystal, Site, Vec3 } from '../crystal/types';

/** Two candidates closer than this to being equally near make a pairing ambiguous (Å). */
export const AMBIGUITY = 0.01; // Å

export interface KeyframeCell {
  /** The keyframe CIF's path, for messages. */
  file: string;
  crystal: Crystal;
  cell: CellAtoms;
}

/** Atoms of a set of labels followed through every keyframe, in one fixed order. */
export interface TrackedAtoms {
  count: number;
  /** Distinct labels, in order of first appearance. */
  labels: string[];
  /** Per atom: index into `labels`. */
  labelIndex: Uint16Array;
  /** Per atom: atomic number of the site's main species (0 if unknown). */
  element: Uint8Array;
  /** Per keyframe: 3·count fractional coordinates (conventional cell), continuous over k. */
  frac: Float64Array[];
}

/** Positions of one label in one keyframe, with the site they came from. */
interface LabelPositions {
  frac: Vec3[];
  site: Site;
}

function positionsByLabel(k: KeyframeCell): Map<string, LabelPositions> {
  const out = new Map<string, LabelPositions>();
  for (let i = 0; i < k.cell.count; i++) {
    const site = k.crystal.sites[k.cell.site[i]];
    const entry = out.get(site.label) ?? { frac: [], site };
    entry.frac.push([k.cell.frac[3 * i], k.cell.frac[3 * i + 1], k.cell.frac[3 * i + 2]]);
    out.set(site.label, entry);
  }
  return out;
}

/** The species with the largest occupancy: what the atom is drawn as. */
function mainElement(site: Site): number {
  const main = site.species.reduce((best, s) => (s.occupancy > best.occupancy ? s : best));
  return atomicNumber(main.element);
}

export function fmtFrac(f: Vec3): string {
  return `(${f.map((v) => v.toFixed(4)).join(', ')})`;
}

/**
 * Pairs `from` (continuous coordinates of keyframe k) with `to` (keyframe k+1, in [0, 1)):
 * returns the unwrapped k+1 coordinates in `from`'s order, or why it cannot.
 */
function pairLabel(
  label: string,
  from: Vec3[],
  to: Vec3[],
  a: KeyframeCell,
  b: KeyframeCell,
): Result<Vec3[]> {
  const taken = new Map<number, number>();
  const out: Vec3[] = [];
  for (let i = 0; i < from.length; i++) {
    let best = -1;
    let bestD = Infinity;
    let secondD = Infinity;
    let bestImage: Vec3 = [0, 0, 0];
    for (let j = 0; j < to.length; j++) {
      const m = minimumImage(b.crystal.lattice, from[i], to[j]);
      if (m.distance < bestD) {
        secondD = bestD;
        best = j;
        bestD = m.distance;
        bestImage = m.image;
      } else if (m.distance < secondD) secondD = m.distance;
    }
    const atom = `${label} at ${fmtFrac(from[i])} in ${a.file}`;
    if (secondD - bestD < AMBIGUITY) {
      return fail(
        `cannot match ${atom} uniquely in ${b.file}: two ${label} positions are ` +
          `${bestD.toFixed(3)} Å away (nearest ${fmtFrac(to[best])})`,
      );
    }
    const other = taken.get(best);
    if (other !== undefined) {
      return fail(
        `cannot match ${label} uniquely: ${label} at ${fmtFrac(from[other])} and at ` +
          `${fmtFrac(from[i])} in ${a.file} both pair with ${fmtFrac(to[best])} in ${b.file}`,
      );
    }
    taken.set(best, i);
    const q = to[best];
    out.push([q[0] + bestImage[0], q[1] + bestImage[1], q[2] + bestImage[2]]);
  }
  return ok(out);
}

/** One label through all keyframes: positions per keyframe, in keyframe order. */
function trackLabel(
  label: string,
  frames: KeyframeCell[],
  byLabel: Map<string, LabelPositions>[],
  requireAll: boolean,
): Result<{ frac: Vec3[][]; site: Site }> {
  const having = byLabel.flatMap((m, k) => (m.has(label) ? [k] : []));
  if (having.length === 0) return fail(`site label ${label} is in none of the keyframe CIFs`);
  const missing = byLabel.findIndex((m) => !m.has(label));
  if (requireAll && missing >= 0) {
    return fail(
      `host site ${label} is in ${frames[having[0]].file} but not in ${frames[missing].file}`,
    );
  }
  const first = byLabel[having[0]].get(label)!;
  const perKey: (Vec3[] | undefined)[] = byLabel.map(() => undefined);
  perKey[having[0]] = first.frac;
  for (let h = 1; h < having.length; h++) {
    const [ka, kb] = [having[h - 1], having[h]];
    const to = byLabel[kb].get(label)!.frac;
    const from = perKey[ka]!;
    if (to.length !== from.length) {
      return fail(
        `site ${label} has ${from.length} positions in ${frames[ka].file} but ` +
          `${to.length} in ${frames[kb].file}: atoms cannot be matched one to one`,
      );
    }
    const paired = pairLabel(label, from, to, frames[ka], frames[kb]);
    if (!paired.ok) return paired;
    perKey[kb] = paired.value;
  }
  // Keyframes without this label (guest sites of an empty host) borrow the nearest earlier
  // keyframe's positions (else the first that has it): the sites exist, only empty.
  let last = perKey[having[0]]!;
  const frac = perKey.map((p) => {
    if (p) last = p;
    return p ?? last;
  });
  return ok({ frac, site: first.site });
}

/**
 * Follows every atom whose label is in `labels` through the keyframes. `requireAll`: each
 * label must be in every keyframe (host atoms); otherwise keyframes may lack it (guest sites).
 */
export function trackAtoms(
  frames: KeyframeCell[],
  labels: string[],
  requireAll: boolean,
): Result<TrackedAtoms> {
  const byLabel = frames.map(positionsByLabel);
  const tracks: { frac: Vec3[][]; site: Site }[] = [];
  for (const label of labels) {
    const t = trackLabel(label, frames, byLabel, requireAll);
    if (!t.ok) return t;
    tracks.push(t.value);
  }
  const count = tracks.reduce((n, t) => n + t.frac[0].length, 0);
  const labelIndex = new Uint16Array(count);
  const element = new Uint8Array(count);
  const frac = frames.map(() => new Float64Array(3 * count));
  let at = 0;
  tracks.forEach((t, l) => {
    const z = mainElement(t.site);
    for (let i = 0; i < t.frac[0].length; i++, at++) {
      labelIndex[at] = l;
      element[at] = z;
      t.frac.forEach((positions, k) => {
        frac[k].set(positions[i], 3 * at);
      });
    }
  });
  return ok({ count, labels: [...labels], labelIndex, element, frac });
}

/** Every site label of the keyframes that is not a guest site, in first-seen order. */
export function hostLabels(frames: KeyframeCell[], guestSites: string[]): string[] {
  const seen: string[] = [];
  for (const f of frames) {
    for (const s of f.crystal.sites) {
      if (!guestSites.includes(s.label) && !seen.includes(s.label)) seen.push(s.label);
    }
  }
  return seen;
}
