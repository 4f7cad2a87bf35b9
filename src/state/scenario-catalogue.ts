/**
 * The bundled insertion scenarios as the picker shows them, with the view that shows the
 * ions moving best. Each id is a file `structures/<id>.scenario.json`.
 */
import type { Supercell, Uvw } from './view-state';

export interface ScenarioEntry {
  id: string;
  title: string;
  view: Uvw;
  supercell: Supercell;
}

export const SCENARIOS: readonly ScenarioEntry[] = [
  // Straight down c: every 2×2 tunnel is an open square and each ion shows as a disc in it as
  // it arrives (a tilt, even of 5°, hides the ions behind the walls of the 4-cell-deep block);
  // two cells along c keep the block clear of the title.
  {
    id: 'k-alpha-mno2',
    title: 'K⁺ into α-MnO₂',
    view: [0, 0, 1],
    supercell: [2, 2, 2],
  },
  {
    id: 'li-alpha-mno2',
    title: 'Li⁺ into α-MnO₂',
    view: [0, 1, 0],
    supercell: [2, 2, 2],
  },
  { id: 'na-p2-o2', title: 'Na⁺ out of P2: P2 → O2', view: [0, 1, 0], supercell: [4, 1, 2] },
  { id: 'na-o3-p3', title: 'Na⁺ out of O3: O3 → P3', view: [0, 1, 0], supercell: [4, 1, 1] },
  {
    id: 'na-pb-pw',
    title: 'Na⁺ into Prussian blue → white',
    view: [1, 0, 0],
    supercell: [1, 2, 1],
  },
];

export const SCENARIO_IDS: readonly string[] = SCENARIOS.map((s) => s.id);

export function scenarioEntry(id: string): ScenarioEntry | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
