/**
 * Occupancy-weighted composition of the conventional cell (`{Mn: 8, O: 16}`) and its formula.
 */
import { expandCell } from './expand';
import type { Crystal } from './types';

const ROUND = 1e6; // drop float noise below 1e-6 atoms per cell

/** Σ multiplicity × occupancy per element; expands the cell if multiplicities are missing. */
export function composition(crystal: Crystal): Record<string, number> {
  if (crystal.sites.some((s) => s.multiplicity === undefined)) expandCell(crystal);
  const totals: Record<string, number> = {};
  for (const site of crystal.sites) {
    for (const sp of site.species) {
      totals[sp.element] = (totals[sp.element] ?? 0) + (site.multiplicity ?? 0) * sp.occupancy;
    }
  }
  for (const el of Object.keys(totals)) totals[el] = Math.round(totals[el] * ROUND) / ROUND;
  return totals;
}

/** Hill order: C, then H, then alphabetical; without carbon, all alphabetical. */
export function hillOrder(elements: string[]): string[] {
  const sorted = [...elements].sort();
  if (!sorted.includes('C')) return sorted;
  const rest = sorted.filter((e) => e !== 'C' && e !== 'H');
  return ['C', ...(sorted.includes('H') ? ['H'] : []), ...rest];
}

/** `Mn8O16`, `Na0.6Co2O4`: counts of 1 are omitted, fractions keep up to 3 decimals. */
export function formulaString(comp: Record<string, number>): string {
  return hillOrder(Object.keys(comp))
    .filter((el) => comp[el] > 0)
    .map((el) => {
      const n = Number(comp[el].toFixed(3));
      return n === 1 ? el : `${el}${n}`;
    })
    .join('');
}
