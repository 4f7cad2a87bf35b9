/**
 * Checks that relate scenario fields to each other: keyframe order, ranges, references,
 * fill groups against guest sites, duplicates. Fields already have the right types here.
 */
import type { Scenario } from './types';
import { FieldError } from './validate-fields';

/** URL-safe: the id appears in links (`?scenario=k-alpha-mno2`). */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** +1 when x increases through the keyframes (insertion), −1 when it decreases (extraction). */
export function scenarioDirection(s: Scenario): 1 | -1 {
  return s.keyframes[s.keyframes.length - 1].x > s.keyframes[0].x ? 1 : -1;
}

function checkKeyframes(s: Scenario): void {
  const k = s.keyframes;
  if (k.length < 2) {
    throw new FieldError('keyframes', `needs at least two keyframes, found ${k.length}`);
  }
  const dir = Math.sign(k[1].x - k[0].x);
  for (let i = 0; i < k.length; i++) {
    if (k[i].x < 0 || k[i].x > s.fullX) {
      throw new FieldError(`keyframes[${i}].x`, `${k[i].x} lies outside 0 … fullX (${s.fullX})`);
    }
    if (i > 0 && (dir === 0 || Math.sign(k[i].x - k[i - 1].x) !== dir)) {
      throw new FieldError(
        `keyframes[${i}].x`,
        `x must strictly increase or strictly decrease through the keyframes: ` +
          `${k[i - 1].x} then ${k[i].x}`,
      );
    }
  }
}

function checkInRange(s: Scenario, x: number, path: string): void {
  const xs = s.keyframes.map((k) => k.x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  if (x < lo || x > hi) {
    throw new FieldError(path, `${x} lies outside the keyframe range ${lo} … ${hi}`);
  }
}

function checkReferences(s: Scenario): void {
  const dois = new Map<string, number>();
  s.references.forEach((r, i) => {
    if (r.doi === undefined) return;
    const key = r.doi.toLowerCase(); // DOIs are case-insensitive
    const first = dois.get(key);
    if (first !== undefined) {
      throw new FieldError(`references[${i}].doi`, `duplicate of references[${first}] (${r.doi})`);
    }
    dois.set(key, i);
  });
  const cited = (doi: string, path: string) => {
    if (!dois.has(doi.toLowerCase())) {
      throw new FieldError(path, `${doi} is not listed in references`);
    }
  };
  s.keyframes.forEach((k, i) => {
    if (k.doi !== undefined) cited(k.doi, `keyframes[${i}].doi`);
    else if (!s.references.some((r) => r.cite === k.cite))
      throw new FieldError(`keyframes[${i}].cite`, `"${k.cite}" is not a cite in references`);
  });
  s.latticeTable?.forEach((p, i) => {
    cited(p.doi, `latticeTable[${i}].doi`);
  });
}

function checkGuestSites(s: Scenario): void {
  s.guestSites.forEach((label, i) => {
    const first = s.guestSites.indexOf(label);
    if (first !== i)
      throw new FieldError(`guestSites[${i}]`, `duplicate of guestSites[${first}] (${label})`);
  });
  if (s.fill.kind !== 'sequence') return;
  const seen = new Map<string, string>();
  s.fill.groups.forEach((group, i) => {
    group.forEach((label, j) => {
      const path = `fill.groups[${i}][${j}]`;
      if (!s.guestSites.includes(label)) {
        throw new FieldError(
          path,
          `"${label}" is not a guest site (guestSites: ${s.guestSites.join(', ')})`,
        );
      }
      const first = seen.get(label);
      if (first) throw new FieldError(path, `"${label}" is already in ${first}`);
      seen.set(label, path);
    });
  });
  const missing = s.guestSites.find((label) => !seen.has(label));
  if (missing)
    throw new FieldError(
      'fill.groups',
      `guest site "${missing}" is in no group, so it would never fill`,
    );
}

function checkLatticeTable(s: Scenario): void {
  const table = s.latticeTable ?? [];
  table.forEach((p, i) => {
    checkInRange(s, p.x, `latticeTable[${i}].x`);
    const first = table.findIndex((q) => q.x === p.x);
    if (first !== i)
      throw new FieldError(
        `latticeTable[${i}].x`,
        `duplicate of latticeTable[${first}].x (${p.x})`,
      );
  });
}

function checkCaptions(s: Scenario): void {
  const dir = scenarioDirection(s);
  s.captions.forEach((c, i) => {
    checkInRange(s, c.x, `captions[${i}].x`);
    const prev = s.captions[i - 1];
    if (prev && (c.x - prev.x) * dir <= 0) {
      const order = dir > 0 ? 'increasing' : 'decreasing';
      throw new FieldError(
        `captions[${i}].x`,
        `captions must follow the keyframes' order (${order} x): ${prev.x} then ${c.x}`,
      );
    }
  });
}

/** Throws FieldError for the first inconsistency between fields. */
export function checkScenario(s: Scenario): void {
  if (!ID.test(s.id)) {
    throw new FieldError(
      'id',
      `"${s.id}" must be letters, digits, '.', '_' or '-' (it appears in links)`,
    );
  }
  if (s.fullX <= 0) throw new FieldError('fullX', `${s.fullX} must be > 0`);
  checkKeyframes(s);
  checkGuestSites(s);
  checkReferences(s);
  checkLatticeTable(s);
  checkCaptions(s);
}
