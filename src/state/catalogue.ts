/**
 * The bundled structures as the picker shows them. Each id is a file `structures/<id>.cif`;
 * a unit test checks that every entry has its file.
 */
import type { Supercell, Uvw } from './view-state';

export interface CatalogueEntry {
  id: string;
  title: string;
  group: 'Tunnel oxides' | 'Layered oxides' | 'Prussian blue frameworks';
  /** One line for the picker: what a lecturer shows with it. */
  blurb: string;
  /** The textbook view: down the tunnels, or side-on to the layers. */
  view: Uvw;
  supercell: Supercell;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'alpha-MnO2',
    title: 'α-MnO₂ (hollandite)',
    group: 'Tunnel oxides',
    blurb: 'Double chains of MnO₆ octahedra frame 2×2 and 1×1 tunnels along c.',
    view: [0, 0, 1],
    supercell: [2, 2, 2],
  },
  {
    id: 'K-hollandite',
    title: 'K-hollandite KₓMn₈O₁₆',
    group: 'Tunnel oxides',
    blurb: 'K⁺ at the centre of the 2×2 tunnels, partly occupied.',
    view: [0, 0, 1],
    supercell: [2, 2, 2],
  },
  {
    id: 'beta-MnO2',
    title: 'β-MnO₂ (pyrolusite)',
    group: 'Tunnel oxides',
    blurb: 'Single chains, only 1×1 tunnels: rutile type.',
    view: [0, 0, 1],
    supercell: [3, 3, 2],
  },
  {
    id: 'ramsdellite',
    title: 'Ramsdellite MnO₂',
    group: 'Tunnel oxides',
    blurb: 'Double chains of MnO₆ octahedra frame 1×2 tunnels along b.',
    view: [0, 1, 0],
    supercell: [2, 3, 3],
  },
  {
    id: 'todorokite',
    title: 'Todorokite (3×3)',
    group: 'Tunnel oxides',
    blurb: 'Triple chains frame large 3×3 tunnels.',
    view: [0, 1, 0],
    supercell: [2, 2, 2],
  },
  {
    id: 'P2-NaNiMnO2',
    title: 'P2-Na₂/₃Ni₁/₃Mn₂/₃O₂',
    group: 'Layered oxides',
    blurb: 'Na in trigonal prisms (Na_f, Na_e) between TMO₂ layers; ABBA oxygen stacking.',
    view: [1, 0, 0],
    supercell: [1, 4, 2],
  },
  {
    id: 'O3-NaNiMnO2',
    title: 'O3-NaNi₀.₅Mn₀.₅O₂',
    group: 'Layered oxides',
    blurb: 'Na in octahedra between TMO₂ layers; ABCABC oxygen stacking (α-NaFeO₂ type).',
    view: [1, 0, 0],
    supercell: [1, 4, 1],
  },
  {
    id: 'prussian-blue',
    title: 'Prussian blue Fe₄[Fe(CN)₆]₃',
    group: 'Prussian blue frameworks',
    blurb: 'Open cubic Fe–C≡N–Fe framework; empty subcube A sites.',
    view: [0, 0, 1],
    supercell: [1, 1, 1],
  },
  {
    id: 'prussian-white',
    title: 'Prussian white (Na-rich)',
    group: 'Prussian blue frameworks',
    blurb: 'Na-rich form: Na⁺ in the subcubes, the framework distorted.',
    view: [0, 0, 1],
    supercell: [2, 2, 1],
  },
];

export const STRUCTURE_IDS: readonly string[] = CATALOGUE.map((e) => e.id);

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
