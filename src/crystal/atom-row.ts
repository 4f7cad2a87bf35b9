/**
 * One row of the `_atom_site_*` loop → its species and position, a skip with a reason
 * (dummy atoms, centroids, rows without coordinates, symbols that are no element), or an
 * error at the row's line (a coordinate that is not a number or lies absurdly far out).
 */
import { type CifLoop, type CifValue, cifNumber, cifText, loopColumn } from './cif';
import type { Diagnostic, Result } from './result';
import { fail, ok } from './result';
import { readMixedSymbol } from './species-mix';
import { labelKind, readSpeciesSymbol } from './species-symbol';
import type { Species, Vec3 } from './types';

const AXES = ['x', 'y', 'z'] as const;
/**
 * Fractional coordinates beyond this are refused: real files stay within a cell or two of
 * the origin, and past ~1e15 the fractional part is lost to rounding (1e300 wraps to 0).
 */
export const MAX_FRACTIONAL = 1000;

export interface AtomRow {
  label: string;
  species: Species[];
  frac: Vec3;
  line: number;
  /** Isotropic displacement U (Å²), from the U column or B/(8π²). */
  uIso?: number;
}

const B_PER_U = 8 * Math.PI ** 2; // B = 8π²U (both Å²)

/** Column indexes of the tags a row is read from (−1 when the loop lacks one). */
export interface AtomColumns {
  label: number;
  type: number;
  occ: number;
  calcFlag: number;
  uIso: number;
  bIso: number;
  xyz: [number, number, number];
}

export function atomColumns(loop: CifLoop): AtomColumns {
  return {
    label: loopColumn(loop, '_atom_site_label'),
    type: loopColumn(loop, '_atom_site_type_symbol'),
    occ: loopColumn(loop, '_atom_site_occupancy'),
    calcFlag: loopColumn(loop, '_atom_site_calc_flag'),
    uIso: loopColumn(loop, '_atom_site_U_iso_or_equiv'),
    bIso: loopColumn(loop, '_atom_site_B_iso_or_equiv'),
    xyz: [
      loopColumn(loop, '_atom_site_fract_x'),
      loopColumn(loop, '_atom_site_fract_y'),
      loopColumn(loop, '_atom_site_fract_z'),
    ],
  };
}

/** A row that is left out, with the warning that says why. */
export interface SkippedRow {
  skipped: Diagnostic;
  /** True when the row named no element (a file of only such rows is refused). */
  noElement?: boolean;
}

/** Why a written value is not a usable number. */
function badNumber(text: string): string {
  const t = text.trim();
  if (/^[+-]?nan$/i.test(t)) return `is not a number (${t})`;
  if (/^[+-]?inf(inity)?$/i.test(t) || /^[+-]?[\d.]+e[+-]?\d{3,}/i.test(t)) {
    return `is not a finite number (${t})`;
  }
  return `is not a number ("${t.length > 40 ? `${t.slice(0, 40)}…` : t}")`;
}

function readPosition(
  row: CifValue[],
  cols: AtomColumns,
  label: string,
  line: number,
): Result<Vec3 | SkippedRow> {
  const frac = [0, 0, 0] as Vec3;
  for (let i = 0; i < 3; i++) {
    const c = cols.xyz[i];
    if (c < 0) return fail(`atom "${label}": fractional coordinate ${AXES[i]} is missing`, line);
    const v = row[c];
    if (v.kind !== 'text') {
      const what = v.kind === 'unknown' ? '? (unknown)' : '. (inapplicable)';
      const message = `atom "${label}": coordinate ${AXES[i]} is ${what}: row skipped`;
      return ok({ skipped: { message, line } });
    }
    const n = cifNumber(v);
    if (!n) return fail(`atom "${label}": coordinate ${AXES[i]} ${badNumber(v.text)}`, line);
    if (Math.abs(n.value) > MAX_FRACTIONAL) {
      return fail(
        `atom "${label}": fractional coordinate ${AXES[i]} = ${v.text.trim()} is out of range (|${AXES[i]}| ≤ ${MAX_FRACTIONAL})`,
        line,
      );
    }
    frac[i] = n.value;
  }
  return ok(frac);
}

function speciesOf(
  typeSymbol: string | null,
  label: string,
  occupancy: { value: number; su?: number },
): Species[] | undefined {
  const mix = typeSymbol ? readMixedSymbol(typeSymbol) : undefined;
  if (mix) {
    return mix.map((p) => {
      const sp: Species = { element: p.element, occupancy: p.fraction * occupancy.value };
      if (p.oxidation !== undefined) sp.oxidation = p.oxidation;
      if (typeSymbol) sp.typeSymbol = typeSymbol;
      if (p.su !== undefined) sp.occupancySu = p.su * occupancy.value;
      return sp;
    });
  }
  const reading = readSpeciesSymbol(typeSymbol, label);
  if (!reading) return undefined;
  const sp: Species = { element: reading.element, occupancy: occupancy.value };
  if (occupancy.su !== undefined) sp.occupancySu = occupancy.su;
  if (reading.oxidation !== undefined) sp.oxidation = reading.oxidation;
  if (typeSymbol) sp.typeSymbol = typeSymbol;
  return [sp];
}

function noElement(label: string, typeSymbol: string | null, line: number): Result<SkippedRow> {
  const kind = labelKind(label);
  const typeOk = typeSymbol === null || /^[?.]$/.test(typeSymbol.trim());
  if (kind === 'tetrahedral' && typeOk) {
    return fail(
      `atom "${label}": a T (tetrahedral) site needs _atom_site_type_symbol to say which element it holds`,
      line,
    );
  }
  if (kind === 'dummy') {
    const message = `atom "${label}": a centroid, dummy atom or Q peak, not an atom: skipped`;
    return ok({ skipped: { message, line } });
  }
  const what = typeSymbol ? `type symbol "${typeSymbol}"` : `label "${label}"`;
  const message = `atom "${label}": ${what} is not an element symbol: atom skipped`;
  return ok({ skipped: { message, line }, noElement: true });
}

/** U_iso in Å² from the U column, else from the B column; undefined when neither is a number. */
function readUIso(row: CifValue[], cols: AtomColumns): number | undefined {
  const u = cols.uIso >= 0 ? cifNumber(row[cols.uIso]) : null;
  if (u) return u.value;
  const b = cols.bIso >= 0 ? cifNumber(row[cols.bIso]) : null;
  return b ? b.value / B_PER_U : undefined;
}

/** One row: an atom, a skipped row with its warning, or an error at the row's line. */
export function readAtomRow(
  row: CifValue[],
  cols: AtomColumns,
  index: number,
  warnings: Diagnostic[],
): Result<AtomRow | SkippedRow> {
  const line = row[0].line;
  const label = (cols.label >= 0 ? cifText(row[cols.label]) : null) ?? `atom${index + 1}`;
  const flag = cols.calcFlag >= 0 ? cifText(row[cols.calcFlag])?.trim().toLowerCase() : null;
  if (flag === 'dum') {
    const message = `atom "${label}": a dummy atom (_atom_site_calc_flag dum): skipped`;
    return ok({ skipped: { message, line } });
  }
  const position = readPosition(row, cols, label, line);
  if (!position.ok || !Array.isArray(position.value)) return position as Result<SkippedRow>;
  const frac = position.value;
  const occValue = cols.occ >= 0 ? row[cols.occ] : undefined;
  const occ = cifNumber(occValue);
  if (occValue && !occ) {
    warnings.push({ message: `atom "${label}": occupancy unknown (?), taken as 1`, line });
  }
  if (occ && (occ.value < 0 || occ.value > MAX_FRACTIONAL)) {
    return fail(`atom "${label}": occupancy ${occ.value} is out of range (0 … 1)`, line);
  }
  const typeSymbol = cols.type >= 0 ? cifText(row[cols.type]) : null;
  const dummy = labelKind(label) === 'dummy';
  const species = speciesOf(typeSymbol, label, occ ?? { value: 1 });
  if (!species || (dummy && !typeSymbol)) return noElement(label, typeSymbol, line);
  const uIso = readUIso(row, cols);
  return ok(
    uIso === undefined ? { label, species, frac, line } : { label, species, frac, line, uIso },
  );
}
