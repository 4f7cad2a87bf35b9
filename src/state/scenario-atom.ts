/**
 * What the inspector says about an atom clicked during a scenario, at the x it was clicked:
 * label, ion, where it sits and its nearest neighbours (periodic over the displayed block,
 * guests counted only when they are in their sites).
 */

import type { Mat3 } from '../crystal/types';
import type { Frame } from '../insertion/frame';
import type { LoadedScenario } from './loaded-scenario';
import type { Selection } from './store';

export interface ScenarioAtomInfo {
  label: string;
  element: string;
  oxidation?: number;
  kind: 'host' | 'guest';
  /** Fractional coordinates within its conventional cell, at x. */
  frac: [number, number, number];
  x: number;
  neighbours: { label: string; element: string; distance: number }[];
}

const NEIGHBOURS = 12;
const SAME_ATOM = 1e-3; // Å
const CUTOFF = 6; // Å: far enough for the first two shells

export function describeScenarioAtom(
  scenario: LoadedScenario,
  selection: Selection,
  frame: Frame,
): ScenarioAtomInfo | null {
  const { path, hostModel, hostCrystal, hostKeyframeFrac } = scenario;
  const hostFrac = frame.writeHostFrac(new Float32Array(3 * path.host.count));
  const guestFrac = frame.writeGuestFrac(new Float32Array(3 * path.guests.count));
  let at: [number, number, number];
  let who: Pick<ScenarioAtomInfo, 'label' | 'element' | 'oxidation' | 'kind'>;
  if (selection.guest) {
    const g = selection.atom;
    if (g >= path.guests.count) return null;
    at = [guestFrac[3 * g], guestFrac[3 * g + 1], guestFrac[3 * g + 2]];
    const s = path.scenario;
    who = {
      label: path.guests.labels[path.guests.labelIndex[g]],
      element: s.guest.element,
      oxidation: s.guest.charge,
      kind: 'guest',
    };
  } else {
    const i = selection.atom;
    if (i >= hostModel.atoms.count) return null;
    const from = hostKeyframeFrac[frame.segment];
    const to = hostKeyframeFrac[frame.segment + 1];
    at = [0, 1, 2].map((d) => from[3 * i + d] + frame.t * (to[3 * i + d] - from[3 * i + d])) as [
      number,
      number,
      number,
    ];
    const site = hostCrystal.sites[hostModel.atoms.site[i]];
    const main = site.species.reduce((a, b) => (b.occupancy > a.occupancy ? b : a));
    who = { label: site.label, element: main.element, oxidation: main.oxidation, kind: 'host' };
  }
  const candidates: { label: string; element: string; distance: number }[] = [];
  const m = frame.lattice.matrix;
  const n = path.supercell;
  const hostElements = hostSymbols(scenario);
  const add = (label: string, element: string) => (distance: number) => {
    if (distance > SAME_ATOM) candidates.push({ label, element, distance });
  };
  for (let j = 0; j < path.host.count; j++)
    forEachImageDistance(
      m,
      n,
      at,
      hostFrac,
      j,
      add(path.host.labels[path.host.labelIndex[j]], hostElements[j]),
    );
  for (let g = 0; g < path.guests.count; g++)
    if (frame.guestProgress(g) >= 1)
      forEachImageDistance(
        m,
        n,
        at,
        guestFrac,
        g,
        add(path.guests.labels[path.guests.labelIndex[g]], path.scenario.guest.element),
      );
  candidates.sort((a, b) => a.distance - b.distance);
  const frac = at.map((v) => v - Math.floor(v + 1e-9)) as [number, number, number];
  return { ...who, frac, x: frame.x, neighbours: candidates.slice(0, NEIGHBOURS) };
}

/** Element symbol of every tracked host atom, from its site label in the host crystal. */
function hostSymbols(scenario: LoadedScenario): string[] {
  const { path, hostCrystal } = scenario;
  const byLabel = new Map(hostCrystal.sites.map((s) => [s.label, s.species[0]?.element ?? 'X']));
  return Array.from(
    { length: path.host.count },
    (_, j) => byLabel.get(path.host.labels[path.host.labelIndex[j]]) ?? 'X',
  );
}

/**
 * Calls `visit` with the distance (Å) from `at` to every periodic image of position j of
 * `frac` within CUTOFF, over the displayed block's repeats. Every image counts: in a block one
 * cell long, the O above and below a tunnel ion are the same atom but two neighbours.
 */
function forEachImageDistance(
  m: Mat3,
  n: [number, number, number],
  at: number[],
  frac: Float32Array,
  j: number,
  visit: (distance: number) => void,
) {
  const base = [0, 1, 2].map((k) => {
    const d = frac[3 * j + k] - at[k];
    return d - n[k] * Math.round(d / n[k]);
  });
  for (let i = -1; i <= 1; i++)
    for (let jj = -1; jj <= 1; jj++)
      for (let k = -1; k <= 1; k++) {
        const f = [base[0] + i * n[0], base[1] + jj * n[1], base[2] + k * n[2]];
        const x = f[0] * m[0] + f[1] * m[3] + f[2] * m[6];
        const y = f[0] * m[1] + f[1] * m[4] + f[2] * m[7];
        const z = f[0] * m[2] + f[1] * m[5] + f[2] * m[8];
        const d = Math.hypot(x, y, z);
        if (d < CUTOFF) visit(d);
      }
}
