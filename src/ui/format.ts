/** Small text formatters shared by the panels. */
import { subscriptDigits } from '../crystal/typeset';

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '.': '·',
}; // biome-ignore format: a lookup table reads best in rows

/** `Mn`, 4 → `Mn⁴⁺`; `O`, -2 → `O²⁻`; no charge → the bare symbol. */
export function ionName(element: string, oxidation?: number): string {
  if (oxidation === undefined || oxidation === 0) return element;
  const magnitude = Math.abs(oxidation) === 1 ? '' : String(Math.abs(oxidation));
  const sign = oxidation > 0 ? '+' : '-';
  return element + [...magnitude, sign].map((ch) => SUPERSCRIPT[ch] ?? ch).join('');
}

/** Fixed decimals without trailing noise: 9.7770 → "9.777". */
export function num(value: number, decimals = 4): string {
  return Number(value.toFixed(decimals)).toString();
}

/** A fractional coordinate triple as crystallographers write it. */
export function fracText(f: ArrayLike<number>): string {
  return `(${num(f[0])}, ${num(f[1])}, ${num(f[2])})`;
}

/** Subscript digits in a formula: `Mn8O16` → `Mn₈O₁₆`. */
export function formulaText(formula: string): string {
  return subscriptDigits(formula);
}
