/**
 * An insertion frame as scatterers of one conventional cell, in the mean-field (average
 * crystal) picture a diffraction pattern or a projection through many cells sees: the host at
 * its blended positions with its sites' species, and every guest site at occupancy x / fullX.
 */

import { elementSymbol } from '../crystal/elements';
import type { Crystal, Species } from '../crystal/types';
import type { Frame } from '../insertion/frame';
import type { InsertionPath } from '../insertion/path-types';
import {
  type AdpOptions,
  type ScattererEntry,
  type Scatterers,
  scatterersFromEntries,
} from './scatterers';

function blendFirstCell(a: Float32Array, b: Float32Array, t: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 3 * count; i++) out.push(a[i] + t * (b[i] - a[i]));
  return out;
}

/**
 * `host` is the crystal whose site labels the path's host atoms carry (the first keyframe);
 * its species and displacement parameters are used for every frame.
 */
export function scatterersFromFrame(
  path: InsertionPath,
  frame: Frame,
  host: Crystal,
  options: AdpOptions = {},
): Scatterers {
  const { segment, t } = frame;
  const bySite = new Map(host.sites.map((s) => [s.label, s]));
  const entries: ScattererEntry[] = [];
  const h = path.host;
  const hostFrac = blendFirstCell(h.frac[segment], h.frac[segment + 1], t, h.perCell);
  for (let i = 0; i < h.perCell; i++) {
    const site = bySite.get(h.labels[h.labelIndex[i]]);
    const species: Species[] = site?.species ?? [
      { element: elementSymbol(h.element[i]), occupancy: 1 },
    ];
    const frac = hostFrac.slice(3 * i, 3 * i + 3) as ScattererEntry['frac'];
    for (const sp of species) entries.push({ frac, species: sp, uIso: site?.uIso });
  }
  const g = path.guests;
  const guestFrac = blendFirstCell(g.frac[segment], g.frac[segment + 1], t, g.perCell);
  const guest = path.scenario.guest;
  for (let i = 0; i < g.perCell; i++) {
    const frac = guestFrac.slice(3 * i, 3 * i + 3) as ScattererEntry['frac'];
    const species: Species = {
      element: guest.element,
      occupancy: frame.occupancy,
      oxidation: guest.charge,
    };
    entries.push({ frac, species });
  }
  return scatterersFromEntries(frame.lattice, entries, host, options);
}
