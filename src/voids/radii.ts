/**
 * Hard-sphere radii for the void analysis: one documented table, overridable per element.
 *
 * - Ions with an oxidation state in the file: Shannon effective ionic radii, R. D. Shannon,
 *   Acta Cryst. A32 (1976) 751, DOI 10.1107/S0567739476001551, at CN VI where listed (else the
 *   listed CN nearest VI). The project's science notes quote O²⁻ 1.40, Mn⁴⁺ 0.53, Li⁺ 0.76,
 *   Na⁺ 1.02/1.18, K⁺ 1.51, Mg²⁺ 0.72, Zn²⁺ 0.74, Mn³⁺ and Fe as read in a citing source; every
 *   value below was checked against the Shannon table as distributed with pymatgen
 *   (core/periodic_table.json, "Shannon radii", ionic_radius column).
 * - Atoms without an oxidation state, and C and N (cyanide C≡N is covalent: a CN⁻ ligand has
 *   no Shannon radius), take the covalent radius of Cordero et al., Dalton Trans. (2008) 2832,
 *   DOI 10.1039/b801115j (the table in src/crystal/elements.ts).
 * Spin: high spin where Shannon gives both (the usual state in these oxides).
 */
import { atomicNumber, covalentRadius } from '../crystal/elements';

export type RadiusScheme = 'shannon' | 'covalent';

/** [element, charge, CN, radius Å] rows of Shannon's table (HS where spin matters). */
type ShannonRow = readonly [string, number, number, number];

const SHANNON: readonly ShannonRow[] = [
  ['Li', 1, 4, 0.59],
  ['Li', 1, 6, 0.76],
  ['Li', 1, 8, 0.92],
  ['Na', 1, 4, 0.99],
  ['Na', 1, 6, 1.02],
  ['Na', 1, 8, 1.18],
  ['K', 1, 4, 1.37],
  ['K', 1, 6, 1.38],
  ['K', 1, 8, 1.51],
  ['Rb', 1, 6, 1.52],
  ['Rb', 1, 8, 1.61],
  ['Cs', 1, 6, 1.67],
  ['Cs', 1, 8, 1.74],
  ['Ag', 1, 4, 1.0],
  ['Ag', 1, 6, 1.15],
  ['Ag', 1, 8, 1.28],
  ['Mg', 2, 4, 0.57],
  ['Mg', 2, 6, 0.72],
  ['Mg', 2, 8, 0.89],
  ['Zn', 2, 4, 0.6],
  ['Zn', 2, 6, 0.74],
  ['Zn', 2, 8, 0.9],
  ['Ca', 2, 6, 1.0],
  ['Ca', 2, 8, 1.12],
  ['Sr', 2, 6, 1.18],
  ['Sr', 2, 8, 1.26],
  ['Ba', 2, 6, 1.35],
  ['Ba', 2, 8, 1.42],
  ['Al', 3, 4, 0.39],
  ['Al', 3, 6, 0.535],
  ['O', -2, 4, 1.38],
  ['O', -2, 6, 1.4],
  ['O', -2, 8, 1.42],
  ['F', -1, 4, 1.31],
  ['F', -1, 6, 1.33],
  ['S', -2, 6, 1.84],
  ['Cl', -1, 6, 1.81],
  ['Se', -2, 6, 1.98],
  ['Mn', 2, 6, 0.83],
  ['Mn', 3, 6, 0.645],
  ['Mn', 4, 4, 0.39],
  ['Mn', 4, 6, 0.53],
  ['Fe', 2, 6, 0.78],
  ['Fe', 3, 4, 0.49],
  ['Fe', 3, 6, 0.645],
  ['Co', 2, 6, 0.745],
  ['Co', 3, 6, 0.61],
  ['Ni', 2, 6, 0.69],
  ['Ni', 3, 6, 0.6],
  ['Ni', 4, 6, 0.48],
  ['Cr', 3, 6, 0.615],
  ['Cu', 2, 6, 0.73],
  ['Ti', 3, 6, 0.67],
  ['Ti', 4, 6, 0.605],
  ['V', 3, 6, 0.64],
  ['V', 4, 6, 0.58],
  ['V', 5, 4, 0.355],
  ['V', 5, 6, 0.54],
  ['Nb', 5, 6, 0.64],
  ['Mo', 6, 6, 0.59],
  ['W', 6, 6, 0.6],
  ['Si', 4, 4, 0.26],
  ['P', 5, 4, 0.17],
  ['Ge', 4, 6, 0.53],
  ['Ga', 3, 6, 0.62],
  ['Sn', 4, 6, 0.69],
  ['Zr', 4, 6, 0.72],
  ['Sb', 5, 6, 0.6],
  ['La', 3, 6, 1.032],
];

/** Shannon radius (Å) at `cn`, else at the listed CN nearest it; null when not tabulated. */
export function shannonRadius(element: string, charge: number, cn = 6): number | null {
  return shannonEntry(element, charge, cn)?.radius ?? null;
}

/** The Shannon row used for `cn`: the listed CN nearest it and its radius (Å), or null. */
export function shannonEntry(
  element: string,
  charge: number,
  cn = 6,
): { cn: number; radius: number } | null {
  const z = atomicNumber(element);
  let best: ShannonRow | null = null;
  for (const row of SHANNON) {
    if (atomicNumber(row[0]) !== z || row[1] !== charge) continue;
    if (!best || Math.abs(row[2] - cn) < Math.abs(best[2] - cn)) best = row;
  }
  return best ? { cn: best[2], radius: best[3] } : null;
}

/** Elements treated as covalent whatever the file says: cyanide C and N. */
const ALWAYS_COVALENT = new Set(['C', 'N']);

export interface RadiusChoice {
  radius: number; // Å
  source: 'shannon' | 'covalent' | 'override';
}

/** The radius of one framework atom under a scheme, with an optional per-element override. */
export function frameworkRadius(
  element: string,
  oxidation: number | undefined,
  scheme: RadiusScheme,
  overrides: Readonly<Record<string, number>> = {},
): RadiusChoice {
  const o = overrides[element];
  if (o !== undefined) return { radius: o, source: 'override' };
  if (scheme === 'shannon' && oxidation !== undefined && !ALWAYS_COVALENT.has(element)) {
    const r = shannonRadius(element, oxidation, 6);
    if (r !== null) return { radius: r, source: 'shannon' };
  }
  return { radius: covalentRadius(atomicNumber(element)), source: 'covalent' };
}

/**
 * Mobile by default: the alkali and alkaline-earth metals (left out of the framework, so
 * K-hollandite is analysed as its empty tunnels).
 */
export const DEFAULT_MOBILE: readonly string[] = [
  'Li',
  'Na',
  'K',
  'Rb',
  'Cs',
  'Be',
  'Mg',
  'Ca',
  'Sr',
  'Ba',
];
