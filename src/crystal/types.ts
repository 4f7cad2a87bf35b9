/**
 * The shared data model of the crystallography core. Pure data: no React, no three.js.
 *
 * Conventions used everywhere in the core:
 * - lengths in ångström, angles in degrees in parameters, radians nowhere in public data;
 * - fractional coordinates refer to the conventional cell of the file;
 * - a lattice matrix is stored row-major with rows = the vectors a, b, c in Cartesian
 *   coordinates (a along x, b in the xy plane), so cart = frac_x·a + frac_y·b + frac_z·c.
 */

export type Vec3 = [number, number, number];

/** Row-major 3×3 matrix of 9 numbers. */
export type Mat3 = [number, number, number, number, number, number, number, number, number];

export interface LatticeParams {
  a: number;
  b: number;
  c: number;
  alpha: number;
  beta: number;
  gamma: number;
}

export interface Lattice extends LatticeParams {
  /** Rows are a, b, c in Cartesian coordinates. */
  matrix: Mat3;
  /** Inverse of `matrix` (cart → frac: frac = cart · inverse). */
  inverse: Mat3;
  volume: number;
}

/**
 * A symmetry operation acting on fractional column vectors: x' = rot · x + trans.
 * `rot` is row-major and integer-valued; `trans` is in [0, 1).
 */
export interface SymOp {
  rot: Mat3;
  trans: Vec3;
}

/** One chemical species on a site (several on a mixed site). */
export interface Species {
  /** Element symbol, capitalised as in the periodic table (`Mn`). */
  element: string;
  occupancy: number;
  /** Standard uncertainty of the occupancy as written (`0.48(2)` → 0.02), when given. */
  occupancySu?: number;
  /** Formal oxidation state when the file gives one (`Mn4+` → 4, `O2-` → -2). */
  oxidation?: number;
  /** The type symbol as written in the file (`Mn4+`), when there is one. */
  typeSymbol?: string;
}

/** An asymmetric-unit site as the file gives it, species merged by position. */
export interface Site {
  /** Label from the file; not an identity (files exist where every atom is `Label`). */
  label: string;
  species: Species[];
  /** Fractional position of the representative atom as written. */
  frac: Vec3;
  /** 1-based line of the atom's row in the file. */
  line?: number;
  /** Filled by the symmetry step: number of positions in the conventional cell. */
  multiplicity?: number;
  /** Filled by the symmetry step: Wyckoff letter with multiplicity, e.g. `8h`. */
  wyckoff?: string;
  /** Isotropic displacement U (Å²) from `_atom_site_U_iso_or_equiv` or B/(8π²), when given. */
  uIso?: number;
}

export interface SpaceGroup {
  /** Hermann–Mauguin symbol as best known (from the file, else from the group tables). */
  symbol: string;
  /** ITA number 1–230, or null when it cannot be determined. */
  number: number | null;
  /** moyo/spglib Hall number 1–530 of the setting, or null. */
  hallNumber: number | null;
  /** Where the operators came from. */
  source: 'operators' | 'hall' | 'hm' | 'number' | 'none';
}

/** A structure as read from one CIF data block, before expansion. */
export interface Crystal {
  /** Data-block name (without `data_`). */
  name: string;
  /** Chemical formula or title when the file gives one. */
  title?: string;
  lattice: Lattice;
  spaceGroup: SpaceGroup;
  /** All operations of the conventional cell, including centring translations. */
  ops: SymOp[];
  sites: Site[];
}

/**
 * The atoms of one conventional cell after symmetry expansion, as structure-of-arrays.
 * Positions are wrapped into [0, 1). One entry per distinct position: a mixed site is one
 * entry whose site lists several species.
 */
export interface CellAtoms {
  count: number;
  /** 3·count fractional coordinates in [0, 1). */
  frac: Float64Array;
  /** Index into `Crystal.sites` for each position. */
  site: Uint32Array;
}
