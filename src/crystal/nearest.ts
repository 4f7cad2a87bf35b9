/**
 * Nearest neighbours of one atom for the click-inspector: periodic, sorted by distance, with
 * element and site label. One atom's query is a direct scan over cell atoms and the image
 * range its search radius needs (exact in oblique cells), widening until k are found.
 */
import { perpendicularWidths } from './lattice';
import { fail, ok, type Result } from './result';
import type { CellAtoms, Crystal, Species, Vec3 } from './types';

export interface Neighbour {
  /** Index into CellAtoms. */
  atom: number;
  /** Index into crystal.sites, its label and its majority species' element. */
  site: number;
  label: string;
  element: string;
  /** Å */
  distance: number;
  /** Integer cell offset: the neighbour sits at cell.frac[atom] + image. */
  image: Vec3;
}

/** Which atom to inspect: a cell atom, or the first cell atom of a site. */
export type AtomRef = { atom: number } | { site: number };

/** The drawn element of a site: its majority species, as in model.ts. */
function majority(species: readonly Species[]): string {
  let best: Species | undefined;
  for (const sp of species) if (!best || sp.occupancy > best.occupancy) best = sp;
  return best?.element ?? '?';
}

const START_RADIUS = 4; // Å: covers a first shell in every host here
const MAX_RADIUS = 16; // Å: beyond this the list stops being a neighbour list

export function nearestNeighbours(
  crystal: Crystal,
  cell: CellAtoms,
  ref: AtomRef,
  k = 12,
): Result<Neighbour[]> {
  const centre = 'atom' in ref ? ref.atom : cell.site.indexOf(ref.site);
  if (!(centre >= 0 && centre < cell.count))
    return fail(`no atom ${JSON.stringify(ref)} in the cell`);
  const m = crystal.lattice.matrix;
  const widths = perpendicularWidths(crystal.lattice);
  const f0 = [0, 1, 2].map((ax) => cell.frac[3 * centre + ax]);
  for (let radius = START_RADIUS; ; radius *= 2) {
    const found: Neighbour[] = [];
    // Fractional offsets up to radius / width (+1 for positions anywhere in [0, 1)).
    const R = widths.map((w) => Math.ceil(radius / w) + 1);
    for (let b = 0; b < cell.count; b++) {
      const d = [0, 1, 2].map((ax) => cell.frac[3 * b + ax] - f0[ax]);
      for (let n0 = -R[0]; n0 <= R[0]; n0++)
        for (let n1 = -R[1]; n1 <= R[1]; n1++)
          for (let n2 = -R[2]; n2 <= R[2]; n2++) {
            if (b === centre && n0 === 0 && n1 === 0 && n2 === 0) continue;
            const u = d[0] + n0;
            const v = d[1] + n1;
            const w = d[2] + n2;
            const x = u * m[0] + v * m[3] + w * m[6];
            const y = u * m[1] + v * m[4] + w * m[7];
            const z = u * m[2] + v * m[5] + w * m[8];
            const dist = Math.sqrt(x * x + y * y + z * z);
            if (dist > radius) continue;
            const site = cell.site[b];
            const s = crystal.sites[site];
            found.push({
              atom: b,
              site,
              label: s?.label ?? '?',
              element: s ? majority(s.species) : '?',
              distance: dist,
              image: [n0, n1, n2],
            });
          }
    }
    if (found.length >= k || radius >= MAX_RADIUS) {
      found.sort((p, q) => p.distance - q.distance);
      return ok(found.slice(0, k));
    }
  }
}
