/**
 * Some files list an atom and its symmetry image as two sites (codtools 9000079 gives digenite
 * Cu at both 0.06,0.06,0.06 and −0.06,−0.06,−0.06, which R-3m maps onto each other). Expanding
 * both would put two atoms on every position. A site whose position lies on the orbit of an
 * earlier site is therefore folded into it: a copy of atoms it already has is dropped, other
 * species join the earlier site as a mixed site. Either way with a warning naming both lines.
 */
import { applyOp, orbit, PositionGrid } from './expand';
import type { Diagnostic } from './result';
import type { Lattice, Site, Species, SymOp } from './types';

const IDENTITY: SymOp = { rot: [1, 0, 0, 0, 1, 0, 0, 0, 1], trans: [0, 0, 0] };
const OCC_TOL = 1e-6;

/** Same element, type symbol and occupancy: the same atom written twice. */
export function sameSpecies(a: Species, b: Species): boolean {
  return (
    a.element === b.element &&
    a.typeSymbol === b.typeSymbol &&
    Math.abs(a.occupancy - b.occupancy) < OCC_TOL
  );
}

function where(s: Site): string {
  return s.line === undefined ? `"${s.label}"` : `"${s.label}" (line ${s.line})`;
}

export function mergeSymmetryCopies(
  sites: Site[],
  ops: SymOp[],
  lattice: Lattice,
): { sites: Site[]; warnings: Diagnostic[] } {
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
    const extra = site.species.filter((sp) => !host.species.some((h) => sameSpecies(h, sp)));
    if (extra.length === 0) {
      warnings.push({
        message: `site ${where(site)} is a symmetry copy of site ${where(host)}: dropped`,
        line: site.line,
      });
    } else {
      host.species.push(...extra);
      host.label = `${host.label}/${site.label}`;
      warnings.push({
        message: `site ${where(site)} lies on a symmetry image of site ${where(host)}: merged as a mixed site`,
        line: site.line,
      });
    }
  }
  return { sites: kept, warnings };
}
