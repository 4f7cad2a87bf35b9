/**
 * Reflections related by the crystal's rotations (and Friedel's law, hkl ≡ −h−k−l) form one
 * family; a powder peak lists one representative per family. A rotation R acting on
 * fractional coordinates (x' = R·x) maps a reflection as h' = h·R.
 */
import type { Mat3 } from '../crystal/types';
import type { Hkl } from './reciprocal';

function apply(h: Hkl, r: Mat3, sign: number): Hkl {
  // `+ 0` turns −0 into 0, so printed indices never read "-0".
  return [
    sign * (h[0] * r[0] + h[1] * r[3] + h[2] * r[6]) + 0,
    sign * (h[0] * r[1] + h[1] * r[4] + h[2] * r[7]) + 0,
    sign * (h[0] * r[2] + h[1] * r[5] + h[2] * r[8]) + 0,
  ];
}

const negatives = (h: Hkl) => (h[0] < 0 ? 1 : 0) + (h[1] < 0 ? 1 : 0) + (h[2] < 0 ? 1 : 0);

/** Fewest negative indices first, then larger indices first ((2,1,0) over (0,1,2)). */
function better(a: Hkl, b: Hkl): boolean {
  const na = negatives(a);
  const nb = negatives(b);
  if (na !== nb) return na < nb;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

export function familyRepresentative(h: Hkl, rotations: Mat3[]): Hkl {
  let best = h;
  for (const r of rotations) {
    for (const sign of [1, -1]) {
      const q = apply(h, r, sign);
      if (better(q, best)) best = q;
    }
  }
  return best;
}

/** Representatives of the families among `list`, in order of first appearance. */
export function families(list: Hkl[], rotations: Mat3[]): Hkl[] {
  const seen = new Set<string>();
  const out: Hkl[] = [];
  for (const h of list) {
    const rep = familyRepresentative(h, rotations);
    const key = rep.join(',');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(rep);
    }
  }
  return out;
}
