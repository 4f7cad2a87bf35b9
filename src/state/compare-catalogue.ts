/**
 * The bundled comparisons as the picker lists them: each opens the compare view
 * (`?cmp=…&view=…`). A unit test checks every id is a bundled structure.
 */
import type { CompareState } from './compare';

export interface CompareEntry extends CompareState {
  title: string;
  /** One line for the picker: what a lecturer shows with it. */
  blurb: string;
}

export const COMPARISONS: readonly CompareEntry[] = [
  {
    title: 'MnO₂ tunnels: 1×1, 1×2, 2×2, 3×3',
    blurb: 'β-MnO₂, ramsdellite, α-MnO₂ and todorokite down their tunnels, at one scale.',
    ids: ['beta-MnO2', 'ramsdellite', 'alpha-MnO2', 'todorokite'],
    view: [0, 0, 1],
  },
  {
    title: 'O3 vs P2 stacking',
    blurb: 'O3-NaNi₀.₅Mn₀.₅O₂ beside P2-Na₂/₃Ni₁/₃Mn₂/₃O₂, side-on to the layers: ABCABC vs ABBA.',
    ids: ['O3-NaNiMnO2', 'P2-NaNiMnO2'],
    view: null,
  },
];

/** The bundled comparison with these ids, if it is one. */
export function compareEntry(ids: readonly string[]): CompareEntry | undefined {
  return COMPARISONS.find((c) => c.ids.join() === ids.join());
}
