/**
 * Composition along the path, per conventional cell: the host part from the keyframes
 * (blended within a segment when it differs) plus the guest, positionsPerCell · x / fullX.
 * At a keyframe this must equal the keyframe CIF's own composition; the path builder checks.
 */
import type { Crystal } from '../crystal/types';
import type { Scenario } from './types';

/** Atoms per cell below this difference are the same composition (CIF occupancies: 3 dp). */
export const COMPOSITION_TOLERANCE = 0.01;
const ROUND = 1e6; // drop float noise below 1e-6 atoms per cell

/** Occupancy-weighted composition of the non-guest sites (multiplicities must be filled). */
export function hostComposition(crystal: Crystal, guestSites: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const site of crystal.sites) {
    if (guestSites.includes(site.label)) continue;
    for (const sp of site.species) {
      out[sp.element] = (out[sp.element] ?? 0) + (site.multiplicity ?? 0) * sp.occupancy;
    }
  }
  return out;
}

/** Guest atoms per conventional cell at x (occupancy clamped to 0 … 1). */
export function guestPerCell(s: Scenario, positionsPerCell: number, x: number): number {
  return positionsPerCell * Math.min(1, Math.max(0, x / s.fullX));
}

/** Host blended linearly between keyframes k and k+1 with weight t, plus the guest at x. */
export function compositionAt(
  s: Scenario,
  host: Record<string, number>[],
  positionsPerCell: number,
  k: number,
  t: number,
  x: number,
): Record<string, number> {
  const from = host[k];
  const to = host[Math.min(k + 1, host.length - 1)];
  const out: Record<string, number> = {};
  for (const el of new Set([...Object.keys(from), ...Object.keys(to)])) {
    out[el] = (1 - t) * (from[el] ?? 0) + t * (to[el] ?? 0);
  }
  const g = s.guest.element;
  out[g] = (out[g] ?? 0) + guestPerCell(s, positionsPerCell, x);
  for (const el of Object.keys(out)) {
    out[el] = Math.round(out[el] * ROUND) / ROUND;
    // A host element absent from both blended keyframes' sides drops out; the guest always
    // stays (a readout of K 0 says the tunnels are empty).
    if (out[el] === 0 && el !== g) delete out[el];
  }
  return out;
}

/** Why keyframe k's CIF disagrees with its x (or undefined when it agrees). */
export function keyframeCompositionError(
  s: Scenario,
  k: number,
  host: Record<string, number>,
  positionsPerCell: number,
  cif: Record<string, number>,
): string | undefined {
  const x = s.keyframes[k].x;
  const expected = compositionAt(s, [host], positionsPerCell, 0, 0, x);
  for (const el of new Set([...Object.keys(expected), ...Object.keys(cif)])) {
    const want = expected[el] ?? 0;
    const got = cif[el] ?? 0;
    if (Math.abs(want - got) > COMPOSITION_TOLERANCE) {
      return (
        `keyframes[${k}] (${s.keyframes[k].cif}): x = ${x} with ${positionsPerCell} guest ` +
        `positions per cell and fullX = ${s.fullX} means ${el} ${+want.toFixed(4)} per cell, ` +
        `but the CIF has ${el} ${+got.toFixed(4)}`
      );
    }
  }
  return undefined;
}
