/**
 * Atom sites of one CIF block: the `_atom_site_*` loop (never `_atom_site_aniso_*`) read row
 * by row (atom-row.ts), then rows that share a position merged into one Site: other species
 * join it as a mixed site (Ge/P, Ca/Na), partial occupancies of one species add up (split
 * sites P1A/P1B), an exact repeat of a full atom is dropped. Labels are only kept for display:
 * files exist where every atom is labelled `Label`.
 */

import { type AtomRow, atomColumns, readAtomRow } from './atom-row';
import { type CifBlock, type CifLoop, loopColumn } from './cif';
import { PositionGrid, wrapFrac } from './expand';
import { type Diagnostic, fail, ok, type Result } from './result';
import { joinSpecies } from './site-copies';
import type { Lattice, Site, Vec3 } from './types';

/** Å: rows closer than this (minimum image) share one site. */
export const SAME_POSITION = 0.01;

/** The loop that holds the atom positions (the one with `_atom_site_fract_x` or a label). */
export function findAtomSiteLoop(block: CifBlock): CifLoop | undefined {
  return (
    block.loops.find((l) => l.tags.includes('_atom_site_fract_x')) ??
    block.loops.find((l) => l.tags.includes('_atom_site_label'))
  );
}

function at(site: Site): string {
  return `atom "${site.label}" (line ${site.line})`;
}

/** Rows at the same position (minimum image, within SAME_POSITION) become one Site. */
function mergeByPosition(rows: AtomRow[], lattice: Lattice, warnings: Diagnostic[]): Site[] {
  const sites: Site[] = [];
  const grid = new PositionGrid<Site>(lattice, SAME_POSITION);
  for (const r of rows) {
    // The grid bins wrapped positions; the site keeps the coordinates as written.
    const q = r.frac.map(wrapFrac) as Vec3;
    const host = grid.find(q);
    if (!host) {
      const site: Site = { label: r.label, species: r.species, frac: r.frac, line: r.line };
      if (r.uIso !== undefined) site.uIso = r.uIso;
      sites.push(site);
      grid.add(q, site);
      continue;
    }
    const joined = joinSpecies(host, r.species);
    const where = at(host);
    if (joined === 'copy') {
      warnings.push({ message: `atom "${r.label}" repeats ${where}: dropped`, line: r.line });
      continue;
    }
    if (!host.label.split('/').includes(r.label)) host.label = `${host.label}/${r.label}`;
    if (joined === 'added') {
      const message = `atom "${r.label}" shares the position of ${where}: occupancies added`;
      warnings.push({ message, line: r.line });
    }
  }
  return sites;
}

/** A label used by more than one row: both atoms are kept, but the label names neither. */
function duplicateLabels(rows: AtomRow[]): Diagnostic[] {
  const first = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const r of rows) {
    const seen = first.get(r.label);
    if (seen === undefined) first.set(r.label, r.line);
    else {
      out.push({
        message: `duplicate site label "${r.label}" (first at line ${seen}): both atoms kept`,
        line: r.line,
      });
    }
  }
  // Files that give every atom one label (`Label`) would otherwise warn once per atom.
  return out.length > 3
    ? [...out.slice(0, 3), { ...out[3], message: `${out.length - 3} more duplicate site labels` }]
    : out;
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
  const cols = atomColumns(loop);
  const rows: AtomRow[] = [];
  let firstNoElement: Diagnostic | undefined;
  for (let i = 0; i < loop.rows.length; i++) {
    const r = readAtomRow(loop.rows[i], cols, i, warnings);
    if (!r.ok) return fail(r.error.message, r.error.line, warnings);
    if ('skipped' in r.value) {
      warnings.push(r.value.skipped);
      if (r.value.noElement) firstNoElement ??= r.value.skipped;
    } else rows.push(r.value);
  }
  if (rows.length === 0) {
    const message = firstNoElement
      ? 'no atom in the atom-site loop names an element (no type symbol, and labels that are no element symbol)'
      : 'the atom-site loop holds no atoms';
    return fail(message, firstNoElement?.line ?? loop.line, warnings);
  }
  warnings.push(...duplicateLabels(rows));
  const sites = mergeByPosition(rows, lattice, warnings);
  return ok(sites, warnings);
}
