/**
 * Mixed-site type symbols of the Pauling File and ICSD exports: one row, several species with
 * their fractions, e.g. `0.56(4)Mg + 0.29(3)Ta + 0.15(5)Zr` or `0.5Fe2+ + 0.5Mg`. Each
 * species' occupancy is its fraction times the row's occupancy.
 */
import { atomicNumber, elementSymbol } from './elements';
import { oxidationFromSymbol } from './species-symbol';

export interface MixPart {
  element: string;
  fraction: number;
  /** Standard uncertainty of the fraction, when written (`0.56(4)` → 0.04). */
  su?: number;
  oxidation?: number;
}

/** A term: fraction, optional (su), element, optional charge. */
const TERM = /^(\d+(?:\.\d*)?|\.\d+)(?:\((\d+)\))?\s*([A-Za-z]{1,2})(\d+(?:\.\d+)?[+-]|[+-])?$/;

function suOf(fraction: string, su: string | undefined): number | undefined {
  if (su === undefined) return undefined;
  const decimals = fraction.includes('.') ? fraction.split('.')[1].length : 0;
  return Number(su) * 10 ** -decimals;
}

/**
 * The parts of a mixed type symbol, or undefined when the symbol is not one (a plain `Mg2+`
 * is not: a mix has at least one term led by a fraction). A term whose letters are no
 * element makes the whole symbol unreadable (undefined), so the label can still decide.
 */
export function readMixedSymbol(symbol: string): MixPart[] | undefined {
  const text = symbol.trim();
  if (!/^[\d.]/.test(text)) return undefined;
  // A `+` followed by a fraction starts the next term; a `+` after digits ends a charge.
  const terms = text.split(/\s*\+\s*(?=\d|\.\d)/);
  const parts: MixPart[] = [];
  for (const term of terms) {
    const m = TERM.exec(term.trim());
    if (!m) return undefined;
    const z = atomicNumber(m[3]);
    if (z === 0) return undefined;
    const part: MixPart = { element: elementSymbol(z), fraction: Number(m[1]) };
    const su = suOf(m[1], m[2]);
    if (su !== undefined) part.su = su;
    const oxidation = m[4] ? oxidationFromSymbol(m[4]) : undefined;
    if (oxidation !== undefined) part.oxidation = oxidation;
    parts.push(part);
  }
  return parts.length > 0 ? parts : undefined;
}
