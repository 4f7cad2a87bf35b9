/**
 * The framework the void analysis sees: one hard sphere per atom that stays put, mobile ions
 * left out. Built from a read Crystal (bundled or dropped file) or from any set of fractional
 * positions with elements (a scenario frame at x).
 */
import { elementSymbol } from '../crystal/elements';
import { siteElement } from '../crystal/model';
import type { CellAtoms, Crystal, Lattice, Species, SymOp } from '../crystal/types';
import { DEFAULT_MOBILE, frameworkRadius, type RadiusScheme } from './radii';

/** Atoms of one cell, whatever they came from. */
export interface AtomSet {
  lattice: Lattice;
  count: number;
  /** 3·count fractional coordinates (any range). */
  frac: ArrayLike<number>;
  /** Element symbol per atom (main species of a mixed site). */
  element: readonly string[];
  /** Formal oxidation state per atom when known. */
  oxidation: readonly (number | undefined)[];
  /** Symmetry operations of the cell (for merging sites), when known. */
  ops?: readonly SymOp[];
  /** Hall number of the operations' setting (for Wyckoff letters), when known. */
  hallNumber?: number | null;
}

export interface FrameworkOptions {
  scheme?: RadiusScheme;
  /** Elements left out of the framework; DEFAULT_MOBILE when not given. */
  mobile?: readonly string[];
  /** Per-element radius overrides (Å). */
  radii?: Readonly<Record<string, number>>;
}

export interface Framework {
  lattice: Lattice;
  count: number;
  /** 3·count fractional coordinates of the kept atoms. */
  frac: Float64Array;
  /** Å */
  radius: Float64Array;
  element: string[];
  oxidation: (number | undefined)[];
  /** Radius used per element, or per element and charge when one element has several. */
  radii: Record<string, number>;
  mobile: string[];
  ops: readonly SymOp[];
  hallNumber: number | null;
}

function mainSpecies(species: readonly Species[]): Species | undefined {
  const z = siteElement(species);
  return species.find((s) => elementSymbol(z) === s.element) ?? species[0];
}

/** One atom per cell position, main species of its site. */
export function atomsFromCrystal(crystal: Crystal, cell: CellAtoms): AtomSet {
  const bySite = crystal.sites.map((s) => mainSpecies(s.species));
  const element: string[] = [];
  const oxidation: (number | undefined)[] = [];
  for (let i = 0; i < cell.count; i++) {
    const sp = bySite[cell.site[i]];
    element.push(sp?.element ?? 'X');
    oxidation.push(sp?.oxidation);
  }
  return {
    lattice: crystal.lattice,
    count: cell.count,
    frac: cell.frac,
    element,
    oxidation,
    ops: crystal.ops,
    hallNumber: crystal.spaceGroup.hallNumber,
  };
}

/** Keeps the non-mobile atoms and gives each its radius. */
export function buildFramework(atoms: AtomSet, options: FrameworkOptions = {}): Framework {
  const scheme = options.scheme ?? 'shannon';
  const mobile = [...(options.mobile ?? DEFAULT_MOBILE)];
  const drop = new Set(mobile);
  const keep: number[] = [];
  for (let i = 0; i < atoms.count; i++) if (!drop.has(atoms.element[i])) keep.push(i);
  const frac = new Float64Array(3 * keep.length);
  const radius = new Float64Array(keep.length);
  const element: string[] = [];
  const oxidation: (number | undefined)[] = [];
  const byKey = new Map<string, { element: string; charge?: number; r: number }>();
  keep.forEach((a, k) => {
    for (let d = 0; d < 3; d++) frac[3 * k + d] = atoms.frac[3 * a + d];
    const el = atoms.element[a];
    const ox = atoms.oxidation[a];
    const r = frameworkRadius(el, ox, scheme, options.radii).radius;
    radius[k] = r;
    element.push(el);
    oxidation.push(ox);
    byKey.set(`${el}|${ox ?? ''}|${r}`, { element: el, charge: ox, r });
  });
  return {
    lattice: atoms.lattice,
    count: keep.length,
    frac,
    radius,
    element,
    oxidation,
    radii: radiusTable([...byKey.values()]),
    mobile,
    ops: atoms.ops ?? [],
    hallNumber: atoms.hallNumber ?? null,
  };
}

/** `{Mn: 0.53, O: 1.4}`; an element with several radii is keyed by charge (`Fe2+`, `Fe3+`). */
function radiusTable(list: { element: string; charge?: number; r: number }[]) {
  const out: Record<string, number> = {};
  const perElement = new Map<string, number>();
  for (const e of list) perElement.set(e.element, (perElement.get(e.element) ?? 0) + 1);
  for (const e of list) {
    if (perElement.get(e.element) === 1 || e.charge === undefined) out[e.element] = e.r;
    else out[`${e.element}${Math.abs(e.charge)}${e.charge < 0 ? '-' : '+'}`] = e.r;
  }
  return out;
}
