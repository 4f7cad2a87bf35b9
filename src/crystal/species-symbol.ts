/**
 * Element and formal charge from what a CIF writes in `_atom_site_type_symbol` (`Mn4+`,
 * `Fe+3`, `O2-`, `Mn3.5+`) or, failing that, in the atom label (`Mn1`, `O2a`, `OW`, `Ca/Na`,
 * `CO(1)`). Labels that name no element are told apart: water (`Wat`, `OW`) is O, a `T1`
 * (tetrahedral) site cannot be guessed, centroids and Q peaks (`Cg1`, `Cp1`, `Q1`, `Dum`)
 * are not atoms.
 */
import { atomicNumber, elementSymbol } from './elements';

export interface SymbolReading {
  /** Periodic-table capitalisation (`Mn`); D and T read as H. */
  element: string;
  oxidation?: number;
}

/** Why a label gives no element, when it is a known kind of non-atom. */
export type LabelKind = 'dummy' | 'tetrahedral';

/** AMCSD labels water oxygens `Wat` (`Wat-Int`): not tungsten. */
const WATER_WORDS = new Map([
  ['wat', 'O'],
  ['water', 'O'],
]);

/** Ring centroids (`Cg1`, `Cp1`, `Cnt1`), dummy atoms (`Dum1`, `Du1`) and Q peaks (`Q12`). */
const DUMMY_WORDS = new Set(['cg', 'cp', 'cnt', 'cent', 'dum', 'du', 'q']);

/**
 * Two upper-case letters are read as a two-letter element only up to californium: `CN1`,
 * `NO1`, `DS1` are never copernicium, nobelium or darmstadtium in a crystal structure.
 */
const LABEL_MAX_Z = 98;

/** Trailing charge: `4+`, `3.5+`, `2-`, `+3`, `-`, `+`. */
const CHARGE = /(?:(\d+(?:\.\d+)?)([+-])|([+-])(\d+(?:\.\d+)?)?)$/;

function canonicalElement(letters: string): string | undefined {
  const z = atomicNumber(letters);
  return z > 0 ? elementSymbol(z) : undefined;
}

function leadingLetters(text: string): string | undefined {
  return /^[A-Za-z]+/.exec(text.trim())?.[0];
}

/** A label that is a centroid, dummy atom or Q peak rather than an atom. */
export function labelKind(label: string): LabelKind | undefined {
  const letters = leadingLetters(label);
  if (!letters) return undefined;
  const lower = letters.toLowerCase();
  if (DUMMY_WORDS.has(lower)) return 'dummy';
  // `T1`, `T2O`: a tetrahedral site of a framework silicate (Si or Al), not tritium.
  const pair = letters.length > 1 ? canonicalElement(letters.slice(0, 2)) : undefined;
  if (lower[0] === 't' && !pair) return 'tetrahedral';
  return undefined;
}

/**
 * The element at the start of a label. A lowercase second letter makes a two-letter symbol
 * when one exists (`Mn1`, `Ca/Na`). Upper-case labels (`CO(1)`, `CL1`, `NI2`) are read
 * case-insensitively, two letters first (Co, Cl, Ni), except where the pair is a hydrogen
 * named after its parent atom (`HO1`, `HN2`: the riding-H convention of refinement programs)
 * or no element (`OW`, `OH` stay O). `T`, centroid and dummy labels give no element.
 */
export function elementFromLabel(label: string): string | undefined {
  const letters = leadingLetters(label);
  if (!letters) return undefined;
  const word = WATER_WORDS.get(letters.toLowerCase());
  if (word) return word;
  if (labelKind(label)) return undefined;
  const one = canonicalElement(letters[0]);
  if (letters.length === 1) return one;
  const two = canonicalElement(letters.slice(0, 2));
  const secondIsLower = letters[1] === letters[1].toLowerCase();
  if (secondIsLower) return two ?? one;
  if (letters[0].toUpperCase() === 'H') return 'H';
  const usable = two !== undefined && atomicNumber(two) <= LABEL_MAX_Z;
  return usable ? two : one;
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

/** A type symbol that starts with an element symbol (`Mn4+`, `O2-`, `OW`); else undefined. */
export function readTypeSymbol(symbol: string): SymbolReading | undefined {
  const letters = leadingLetters(symbol);
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
