/**
 * Atom sites of one CIF block: the `_atom_site_*` loop (never `_atom_site_aniso_*`) read row
 * by row, then species that share a position merged into one mixed Site (Ge/P, Ca/Na).
 * Labels are only kept for display: files exist where every atom is labelled `Label`.
 */
import { type CifBlock, type CifLoop, type CifValue, cifNumber, cifText, loopColumn } from './cif';
import { minimumImage } from './lattice';
import { type Diagnostic, fail, ok, type Result } from './result';
import { sameSpecies } from './site-copies';
import { readSpeciesSymbol } from './species-symbol';
import type { Lattice, Site, Species, Vec3 } from './types';

const SAME_POSITION = 0.01; // Å: species closer than this share one site
const OVERFULL_SLACK = 0.02; // occupancy units tolerated above 1 on a site
const AXES = ['x', 'y', 'z'] as const;

/** The loop that holds the atom positions (the one with `_atom_site_fract_x` or a label). */
export function findAtomSiteLoop(block: CifBlock): CifLoop | undefined {
  return (
    block.loops.find((l) => l.tags.includes('_atom_site_fract_x')) ??
    block.loops.find((l) => l.tags.includes('_atom_site_label'))
  );
}

interface AtomRow {
  label: string;
  species: Species;
  frac: Vec3;
  line: number;
  uIso?: number;
}

const B_PER_U = 8 * Math.PI ** 2; // B = 8π²U (both Å²)

/** U_iso in Å² from the U column, else from the B column; undefined when neither is a number. */
function readUIso(loop: CifLoop, row: CifValue[]): number | undefined {
  const u = column(loop, '_atom_site_U_iso_or_equiv');
  const uValue = u >= 0 ? cifNumber(row[u]) : null;
  if (uValue) return uValue.value;
  const b = column(loop, '_atom_site_B_iso_or_equiv');
  const bValue = b >= 0 ? cifNumber(row[b]) : null;
  return bValue ? bValue.value / B_PER_U : undefined;
}

function column(loop: CifLoop, tag: string): number {
  return loopColumn(loop, tag);
}

function readRow(
  loop: CifLoop,
  row: CifValue[],
  index: number,
  warnings: Diagnostic[],
): Result<AtomRow | null> {
  const line = row[0].line;
  const cols = {
    label: column(loop, '_atom_site_label'),
    type: column(loop, '_atom_site_type_symbol'),
    occ: column(loop, '_atom_site_occupancy'),
  };
  const label = (cols.label >= 0 ? cifText(row[cols.label]) : null) ?? `atom${index + 1}`;
  const typeSymbol = cols.type >= 0 ? cifText(row[cols.type]) : null;
  const reading = readSpeciesSymbol(typeSymbol, label);
  if (!reading) {
    warnings.push({
      message: `atom "${label}": no element in its type symbol or label; skipped`,
      line,
    });
    return ok(null);
  }
  const frac = [0, 0, 0] as Vec3;
  for (let i = 0; i < 3; i++) {
    const c = column(loop, `_atom_site_fract_${AXES[i]}`);
    const n = c >= 0 ? cifNumber(row[c]) : null;
    if (!n) return fail(`atom "${label}": fractional coordinate ${AXES[i]} is missing`, line);
    frac[i] = n.value;
  }
  const occValue = cols.occ >= 0 ? row[cols.occ] : undefined;
  const occ = cifNumber(occValue);
  if (occValue && !occ) {
    warnings.push({ message: `atom "${label}": occupancy unknown (?), taken as 1`, line });
  }
  const species: Species = { element: reading.element, occupancy: occ ? occ.value : 1 };
  if (reading.oxidation !== undefined) species.oxidation = reading.oxidation;
  if (typeSymbol) species.typeSymbol = typeSymbol;
  const uIso = readUIso(loop, row);
  return ok(
    uIso === undefined ? { label, species, frac, line } : { label, species, frac, line, uIso },
  );
}

/**
 * Rows at the same position (minimum image, within SAME_POSITION) become one Site; a row that
 * repeats a species the site already has (same element, type and occupancy) is dropped.
 */
function mergeByPosition(rows: AtomRow[], lattice: Lattice, warnings: Diagnostic[]): Site[] {
  const sites: Site[] = [];
  for (const r of rows) {
    const host = sites.find((s) => minimumImage(lattice, s.frac, r.frac).distance < SAME_POSITION);
    if (host?.species.some((sp) => sameSpecies(sp, r.species))) {
      const message = `atom "${r.label}" repeats atom "${host.label}" (line ${host.line}): dropped`;
      warnings.push({ message, line: r.line });
      continue;
    }
    if (host) {
      host.species.push(r.species);
      if (!host.label.split('/').includes(r.label)) host.label = `${host.label}/${r.label}`;
      continue;
    }
    const site: Site = { label: r.label, species: [r.species], frac: r.frac, line: r.line };
    if (r.uIso !== undefined) site.uIso = r.uIso;
    sites.push(site);
  }
  return sites;
}

function overfullWarnings(sites: Site[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of sites) {
    const total = s.species.reduce((sum, sp) => sum + sp.occupancy, 0);
    if (total > 1 + OVERFULL_SLACK) {
      out.push({
        message: `site "${s.label}": occupancies sum to ${Number(total.toFixed(4))} (> 1)`,
        line: s.line,
      });
    }
  }
  return out;
}

export function interpretSites(block: CifBlock, lattice: Lattice): Result<Site[]> {
  const loop = findAtomSiteLoop(block);
  if (!loop) return fail('no atom sites (_atom_site_fract_x loop)', block.line);
  const warnings: Diagnostic[] = [];
  if (loopColumn(loop, '_atom_site_occupancy') < 0) {
    warnings.push({
      message: 'no _atom_site_occupancy column: occupancies taken as 1',
      line: loop.line,
    });
  }
  const rows: AtomRow[] = [];
  for (let i = 0; i < loop.rows.length; i++) {
    const r = readRow(loop, loop.rows[i], i, warnings);
    if (!r.ok) return fail(r.error.message, r.error.line, warnings);
    if (r.value) rows.push(r.value);
  }
  if (rows.length === 0) return fail('the atom-site loop holds no atoms', loop.line, warnings);
  const sites = mergeByPosition(rows, lattice, warnings);
  return ok(sites, [...warnings, ...overfullWarnings(sites)]);
}
