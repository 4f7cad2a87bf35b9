/**
 * Element and formal charge from what a CIF writes in `_atom_site_type_symbol` (`Mn4+`,
 * `Fe+3`, `O2-`, `Mn3.5+`) or, failing that, in the atom label (`Mn1`, `O2a`, `OW`, `Ca/Na`).
 */
import { atomicNumber, elementSymbol } from './elements';

export interface SymbolReading {
  /** Periodic-table capitalisation (`Mn`); D and T read as H. */
  element: string;
  oxidation?: number;
}

/** AMCSD labels water oxygens `Wat` (`Wat-Int`): not tungsten. */
const WATER_WORDS = new Map([
  ['wat', 'O'],
  ['water', 'O'],
]);

/** Trailing charge: `4+`, `3.5+`, `2-`, `+3`, `-`, `+`. */
const CHARGE = /(?:(\d+(?:\.\d+)?)([+-])|([+-])(\d+(?:\.\d+)?)?)$/;

function canonicalElement(letters: string): string | undefined {
  const z = atomicNumber(letters);
  return z > 0 ? elementSymbol(z) : undefined;
}

/**
 * The element at the start of a symbol or label. Two letters win when the second is
 * lowercase (`Mn1`, `Ca/Na`); when it is uppercase the one-letter element wins (`OW` is a
 * water oxygen, `OH` a hydroxyl oxygen), unless only the pair is an element (`MN1`).
 */
export function elementFromLabel(label: string): string | undefined {
  const letters = /^[A-Za-z]+/.exec(label.trim())?.[0];
  if (!letters) return undefined;
  const word = WATER_WORDS.get(letters.toLowerCase());
  if (word) return word;
  const one = canonicalElement(letters[0]);
  const two = letters.length > 1 ? canonicalElement(letters.slice(0, 2)) : undefined;
  const secondIsLower = letters.length > 1 && letters[1] === letters[1].toLowerCase();
  if (secondIsLower) return two ?? one;
  return one ?? two;
}

/** `Mn4+` → 4, `Fe+3` → 3, `O2-` → −2, `Mn3.5+` → 3.5, `Na+` → 1; undefined without a sign. */
export function oxidationFromSymbol(symbol: string): number | undefined {
  const m = CHARGE.exec(symbol.trim());
  if (!m) return undefined;
  const magnitude = Number(m[1] ?? m[4] ?? '1');
  const sign = (m[2] ?? m[3]) === '-' ? -1 : 1;
  return sign * magnitude;
}

/**
 * Read a type symbol (preferred) or a label. The type symbol must start with an element
 * (`Wat` or `?` do not), else the label decides; the charge is only taken from a symbol that
 * is element + charge (`Fe3+`), so label suffixes like `O2a` or `Na-1` never read as charges.
 */
export function readSpeciesSymbol(
  typeSymbol: string | null,
  label: string,
): SymbolReading | undefined {
  const fromType = typeSymbol ? readTypeSymbol(typeSymbol) : undefined;
  if (fromType) return fromType;
  const element = elementFromLabel(label);
  if (!element) return undefined;
  // Only `Fe3+` style: `Na-1` is a hyphenated label in AMCSD files, not a charge.
  const charged = /^[A-Za-z]{1,2}\d+(?:\.\d+)?[+-]$/.test(label.trim());
  const oxidation = charged ? oxidationFromSymbol(label) : undefined;
  return oxidation === undefined ? { element } : { element, oxidation };
}

function readTypeSymbol(symbol: string): SymbolReading | undefined {
  const letters = /^[A-Za-z]+/.exec(symbol.trim())?.[0];
  if (!letters || letters.length > 2) {
    // `Wat`, `Ow1`: not a type symbol we can trust; a label-style reading may still work.
    return letters ? labelStyle(symbol) : undefined;
  }
  const element = canonicalElement(letters) ?? elementFromLabel(letters);
  if (!element) return undefined;
  const oxidation = oxidationFromSymbol(symbol);
  return oxidation === undefined ? { element } : { element, oxidation };
}

function labelStyle(symbol: string): SymbolReading | undefined {
  const element = elementFromLabel(symbol);
  return element ? { element } : undefined;
}
