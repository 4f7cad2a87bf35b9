/**
 * Reading values: numbers are parsed only when a caller asks for one, so the parser never
 * guesses types and `?` / `.` never turn into NaN.
 */
import type { CifValue } from './document';

/**
 * A CIF number: optional sign, digits with an optional point (`90.`, `.6591`), an optional
 * exponent, and an optional standard uncertainty in brackets that counts in units of the
 * last written digit: `9.815(2)` → 9.815 ± 0.002, `1.2e3(4)` → 1200 ± 400.
 */
const NUMBER = /^([+-]?)(\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?(?:\((\d+)\))?$/;

/** Fractions such as `1/4` or `-1/3`: some files write coordinates this way. */
const FRACTION = /^([+-]?)(\d+)\/(\d+)$/;

export function cifNumber(v: CifValue | undefined): { value: number; su?: number } | null {
  if (v?.kind !== 'text') return null;
  const s = v.text.trim();

  const frac = FRACTION.exec(s);
  if (frac) {
    const den = Number(frac[3]);
    if (den === 0) return null;
    const value = Number(frac[2]) / den;
    return { value: frac[1] === '-' ? -value : value };
  }

  const m = NUMBER.exec(s);
  // The regex lets both digit groups be empty; a number needs at least one digit.
  if (!m || (m[2] === undefined && !m[3])) return null;
  const [, sign, whole = '', decimals = '', exponent, su] = m;
  const value = Number(`${sign}${whole || '0'}.${decimals || '0'}e${exponent ?? '0'}`);
  if (!Number.isFinite(value)) return null;
  if (su === undefined) return { value };
  const scale = Number(exponent ?? '0') - decimals.length;
  return { value, su: Number(`${su}e${scale}`) };
}

/** The text of a value, or null when it is unknown (`?`), inapplicable (`.`) or absent. */
export function cifText(v: CifValue | undefined): string | null {
  return v && v.kind === 'text' ? v.text : null;
}
