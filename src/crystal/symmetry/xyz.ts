/**
 * Symmetry operators written as coordinate triplets (`x,y,z`, `1/2-y,1/2+x,1/2+z`, `-z+7/6`),
 * parsed once into integer rotation matrices and wrapped translations. Also the reverse:
 * `formatOp` turns a SymOp back into the canonical triplet for display and comparison.
 */
import type { Mat3, SymOp, Vec3 } from '../types';

export type ParsedOp = { ok: true; op: SymOp } | { ok: false; message: string };

/**
 * Crystallographic translations are multiples of 1/24 at their finest (1/8 for d-glides, 1/6
 * and 1/3 for hexagonal screws). Decimals written with 4 digits (0.3333) are snapped to that
 * grid when they lie this close, so operator sets compare equal whether a file writes
 * fractions or decimals.
 */
const TRANSLATION_GRID = 24;
const SNAP_TOLERANCE = 2e-3; // fractional units
const AXES = 'xyz';

/** Wrap into [0, 1), mapping values a rounding error below 1 (or above 0) onto 0. */
export function wrapUnit(v: number, eps = 1e-9): number {
  let w = v - Math.floor(v);
  if (w >= 1 - eps || w < eps) w = 0;
  return w;
}

function snapTranslation(t: number): number {
  const scaled = t * TRANSLATION_GRID;
  const nearest = Math.round(scaled);
  const snapped = Math.abs(scaled - nearest) < SNAP_TOLERANCE * TRANSLATION_GRID ? nearest : scaled;
  return wrapUnit(snapped / TRANSLATION_GRID);
}

/** A number as written in a triplet: `1/2`, `0.5`, `.5`, `2`. */
function parseConstant(text: string): number | null {
  const m = /^(\d+(?:\.\d*)?|\.\d+)(?:\/(\d+(?:\.\d*)?))?$/.exec(text);
  if (!m) return null;
  const num = Number(m[1]);
  if (m[2] === undefined) return num;
  const den = Number(m[2]);
  return den === 0 ? null : num / den;
}

/** One component (`1/2-y`, `x-y`, `-z+7/6`, `2x`) → its row of the matrix and its constant. */
function parseComponent(text: string): { row: Vec3; shift: number } | { error: string } {
  const row: Vec3 = [0, 0, 0];
  let shift = 0;
  const terms = text.match(/[+-]?[^+-]+/g);
  if (!terms || terms.join('') !== text) return { error: `cannot read "${text}"` };
  for (const term of terms) {
    const sign = term.startsWith('-') ? -1 : 1;
    const body = term.replace(/^[+-]/, '');
    const axis = AXES.indexOf(body.slice(-1));
    if (axis < 0) {
      const c = parseConstant(body);
      if (c === null) return { error: `cannot read the term "${term}"` };
      shift += sign * c;
      continue;
    }
    // `2x` or `x`; a multiplication sign is accepted too (`2*x`).
    const coefText = body.slice(0, -1).replace(/\*$/, '');
    const coef = coefText === '' ? 1 : parseConstant(coefText);
    if (coef === null) return { error: `cannot read the term "${term}"` };
    if (!Number.isInteger(coef)) {
      return { error: `the coefficient of ${AXES[axis]} in "${term}" is not an integer` };
    }
    row[axis] += sign * coef;
  }
  return { row, shift };
}

/**
 * Parse one operator string. Quotes, spaces and case are ignored; a fourth component (the
 * time-reversal flag of magnetic CIFs, `x,y,z,+1`) is accepted and dropped.
 */
export function parseXyz(text: string): ParsedOp {
  const cleaned = text
    .trim()
    .replace(/^['"]|['"]$/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
  const parts = cleaned.split(',');
  const isMagnetic = parts.length === 4 && /^[+-]?1$/.test(parts[3]);
  if (parts.length !== 3 && !isMagnetic) {
    return { ok: false, message: `symmetry operator "${text}" does not have three components` };
  }
  const rot = new Array<number>(9).fill(0) as Mat3;
  const trans: Vec3 = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    const c = parseComponent(parts[i]);
    if ('error' in c) return { ok: false, message: `symmetry operator "${text}": ${c.error}` };
    if (c.row.every((v) => v === 0)) {
      return {
        ok: false,
        message: `symmetry operator "${text}": component ${i + 1} has no x, y or z`,
      };
    }
    rot[3 * i] = c.row[0];
    rot[3 * i + 1] = c.row[1];
    rot[3 * i + 2] = c.row[2];
    trans[i] = snapTranslation(c.shift);
  }
  if (Math.abs(det3(rot)) !== 1) {
    return { ok: false, message: `symmetry operator "${text}" is not a valid rotation (det ≠ ±1)` };
  }
  return { ok: true, op: { rot, trans } };
}

export function det3(m: Mat3): number {
  return (
    m[0] * (m[4] * m[8] - m[5] * m[7]) -
    m[1] * (m[3] * m[8] - m[5] * m[6]) +
    m[2] * (m[3] * m[7] - m[4] * m[6])
  );
}

/** `0.5` → `1/2`; values off the 1/24 grid are written as decimals. */
function formatFraction(t: number): string {
  const n = Math.round(t * TRANSLATION_GRID);
  if (Math.abs(t * TRANSLATION_GRID - n) > 1e-6) return String(Number(t.toFixed(6)));
  const g = gcd(n, TRANSLATION_GRID);
  const den = TRANSLATION_GRID / g;
  return den === 1 ? String(n / g) : `${n / g}/${den}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

/** Canonical triplet: `x,y,z`, `-y+1/2,x+1/2,z+1/2`, `x-y,x,-z`. */
export function formatOp(op: SymOp): string {
  const comps: string[] = [];
  for (let i = 0; i < 3; i++) {
    let s = '';
    for (let j = 0; j < 3; j++) {
      const k = op.rot[3 * i + j];
      if (k === 0) continue;
      const mag = Math.abs(k) === 1 ? '' : String(Math.abs(k));
      s += `${k < 0 ? '-' : s === '' ? '' : '+'}${mag}${AXES[j]}`;
    }
    const t = wrapUnit(op.trans[i]);
    if (t !== 0) s += `+${formatFraction(t)}`;
    comps.push(s);
  }
  return comps.join(',');
}
