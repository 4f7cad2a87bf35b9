/**
 * What scatters in one conventional cell: every atom position of a crystal (or of an
 * insertion frame) with its element, occupancy and isotropic displacement, as flat arrays.
 * Mixed sites give one scatterer per species at the same position.
 */
import { expandCell } from '../crystal/expand';
import type { Crystal, Lattice, Mat3, Species } from '../crystal/types';

/** Stated default when a file gives no displacement parameter: B = 0.5 Å² (U ≈ 0.0063 Å²). */
export const DEFAULT_B = 0.5; // Å²
export const B_PER_U = 8 * Math.PI ** 2; // B = 8π²U

export interface AdpOptions {
  /** 'file': U from the CIF, else DEFAULT_B; 'none': every displacement set to zero. */
  adp?: 'file' | 'none';
}

export interface Scatterers {
  lattice: Lattice;
  count: number;
  /** 3·count fractional coordinates (conventional cell). */
  frac: Float64Array;
  element: string[];
  /** Formal oxidation state from the file, when it gives one (for ionic form factors). */
  oxidation: (number | undefined)[];
  occupancy: Float64Array;
  /** Debye–Waller B per scatterer, Å². */
  b: Float64Array;
  /** Rotation parts of the crystal's operations: which reflections are equivalent. */
  rotations: Mat3[];
}

interface Entry {
  frac: [number, number, number];
  species: Species;
  uIso?: number;
}

function pack(lattice: Lattice, entries: Entry[], rotations: Mat3[], o: AdpOptions): Scatterers {
  const n = entries.length;
  const frac = new Float64Array(3 * n);
  const occupancy = new Float64Array(n);
  const b = new Float64Array(n);
  entries.forEach((e, i) => {
    frac.set(e.frac, 3 * i);
    occupancy[i] = e.species.occupancy;
    b[i] = o.adp === 'none' ? 0 : e.uIso !== undefined ? e.uIso * B_PER_U : DEFAULT_B;
  });
  return {
    lattice,
    count: n,
    frac,
    element: entries.map((e) => e.species.element),
    oxidation: entries.map((e) => e.species.oxidation),
    occupancy,
    b,
    rotations,
  };
}

export function scatterersFromCrystal(crystal: Crystal, options: AdpOptions = {}): Scatterers {
  const cell = expandCell(crystal);
  const entries: Entry[] = [];
  for (let i = 0; i < cell.count; i++) {
    const site = crystal.sites[cell.site[i]];
    const frac: Entry['frac'] = [cell.frac[3 * i], cell.frac[3 * i + 1], cell.frac[3 * i + 2]];
    for (const species of site.species) entries.push({ frac, species, uIso: site.uIso });
  }
  return pack(crystal.lattice, entries, uniqueRotations(crystal), options);
}

function uniqueRotations(crystal: Crystal): Mat3[] {
  const seen = new Set<string>();
  const out: Mat3[] = [];
  for (const op of crystal.ops) {
    const key = op.rot.join(',');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(op.rot);
    }
  }
  return out;
}

/** One insertion frame as scatterers: built by frame-scatterers.ts, shaped here. */
export function scatterersFromEntries(
  lattice: Lattice,
  entries: Entry[],
  crystal: Crystal,
  options: AdpOptions = {},
): Scatterers {
  return pack(lattice, entries, uniqueRotations(crystal), options);
}

export type ScattererEntry = Entry;
