/**
 * Atoms that a file writes more than once on one position, directly or through symmetry.
 *
 * Some files list an atom and its symmetry image as two sites (codtools 9000079 gives digenite
 * Cu at both 0.06,0.06,0.06 and −0.06,−0.06,−0.06, which R-3m maps onto each other). Expanding
 * both would put two atoms on every position. Others split one position between partly
 * occupied atoms (P1A/P1B at ½ each, or an atom written once near a special position and once
 * on it). A site whose position lies on the orbit of an earlier site is therefore folded into
 * it: the same element's occupancies add up, unless the two are the same atom written twice
 * (equal occupancies that would overfill the position), which is dropped; other species join
 * the earlier site as a mixed site. Each with a warning naming both lines.
 */
import { applyOp, orbit, PositionGrid } from './expand';
import type { Diagnostic } from './result';
import type { Lattice, Site, Species, SymOp } from './types';

const IDENTITY: SymOp = { rot: [1, 0, 0, 0, 1, 0, 0, 0, 1], trans: [0, 0, 0] };
const OCC_TOL = 1e-6;
/** Occupancy units a site may exceed 1 by before it is called overfull (rounding in files). */
export const OVERFULL_SLACK = 0.02;
/** Standard uncertainties a total may exceed 1 by before it is called overfull. */
const SU_FACTOR = 3;

/** Same element, type symbol and occupancy: the same atom written twice. */
export function sameSpecies(a: Species, b: Species): boolean {
  return (
    a.element === b.element &&
    a.typeSymbol === b.typeSymbol &&
    Math.abs(a.occupancy - b.occupancy) < OCC_TOL
  );
}

/** How far above 1 a total occupancy may go before it is overfull, given its uncertainties. */
function slack(species: Species[]): number {
  const su = Math.hypot(...species.map((s) => s.occupancySu ?? 0));
  return Math.max(OVERFULL_SLACK, SU_FACTOR * su);
}

function total(species: Species[]): number {
  return species.reduce((sum, sp) => sum + sp.occupancy, 0);
}

/**
 * Species of a row or site that lands on `host`'s position, joined into it in place:
 * `copy` when every species repeats one the host has (dropped), `added` when some
 * occupancy of an element already there was added, `mixed` when only new species joined.
 */
export function joinSpecies(host: Site, species: Species[]): 'copy' | 'added' | 'mixed' {
  const full = total(host.species) + total(species) > 1 + slack([...host.species, ...species]);
  if (full && species.every((sp) => host.species.some((h) => sameSpecies(h, sp)))) return 'copy';
  let added = false;
  for (const sp of species) {
    const same = host.species.find(
      (h) => h.element === sp.element && h.typeSymbol === sp.typeSymbol,
    );
    if (!same) {
      host.species.push({ ...sp });
      continue;
    }
    same.occupancy += sp.occupancy;
    if (same.occupancySu !== undefined || sp.occupancySu !== undefined) {
      same.occupancySu = Math.hypot(same.occupancySu ?? 0, sp.occupancySu ?? 0);
    }
    added = true;
  }
  return added ? 'added' : 'mixed';
}

/** Sites whose occupancies add up to more than 1 beyond the file's uncertainty. */
export function overfullWarnings(sites: Site[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of sites) {
    const sum = total(s.species);
    if (sum > 1 + slack(s.species)) {
      const message = `site "${s.label}": occupancies sum to ${Number(sum.toFixed(4))} (> 1)`;
      out.push(s.line === undefined ? { message } : { message, line: s.line });
    }
  }
  return out;
}

function where(s: Site): string {
  return s.line === undefined ? `"${s.label}"` : `"${s.label}" (line ${s.line})`;
}

export function mergeSymmetryCopies(
  sites: Site[],
  ops: SymOp[],
  lattice: Lattice,
): { sites: Site[]; warnings: Diagnostic[] } {
  // Under the identity alone the row merge has already joined every shared position.
  if (ops.length === 1) return { sites, warnings: [] };
  const grid = new PositionGrid<Site>(lattice);
  const kept: Site[] = [];
  const warnings: Diagnostic[] = [];
  for (const site of sites) {
    const host = grid.find(applyOp(IDENTITY, site.frac));
    if (!host) {
      kept.push(site);
      for (const q of orbit(lattice, ops, site.frac)) grid.add(q, site);
      continue;
    }
    const hostAt = where(host);
    const joined = joinSpecies(host, site.species);
    const line = site.line;
    if (joined === 'copy') {
      const message = `site ${where(site)} is a symmetry copy of site ${hostAt}: dropped`;
      warnings.push({ message, line });
      continue;
    }
    const as = joined === 'added' ? 'occupancies added' : 'merged as a mixed site';
    host.label = `${host.label}/${site.label}`;
    warnings.push({
      message: `site ${where(site)} lies on a symmetry image of site ${hostAt}: ${as}`,
      line,
    });
  }
  return { sites: kept, warnings };
}
