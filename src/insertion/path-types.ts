/**
 * An InsertionPath: everything computed once per (scenario, supercell) so that a frame at
 * any x is cheap. Per-atom data are typed arrays; fractional coordinates are in conventional-
 * cell units over the supercell (0 … na along a, etc.), one array per keyframe, all arrays in
 * the same atom order — a view uploads "from" and "to" once per keyframe segment and blends
 * them with one uniform t, then applies the lattice at x as another uniform.
 */
import type { Lattice } from '../crystal/types';
import type { LatticeNode } from './lattice-path';
import type { EntryFace, Scenario } from './types';

export type Supercell = [number, number, number];

export interface HostAtoms {
  /** Atoms in the supercell (perCell × cells). */
  count: number;
  /** Host positions per conventional cell. */
  perCell: number;
  /** Per keyframe: 3·count fractional coordinates (supercell, conventional-cell units). */
  frac: Float32Array[];
  /** Per atom: atomic number of the site's main species. */
  element: Uint8Array;
  /** Per atom: index into `labels` (site labels of the keyframe CIFs). */
  labelIndex: Uint16Array;
  labels: string[];
}

export interface GuestPositions extends HostAtoms {
  /**
   * Per guest: presence rank p. With N = count and n(x) = round(occupancy(x)·N) guests
   * present, guest p is present exactly when p < n(x).
   */
  rank: Uint32Array;
  /** Guest index of each presence rank: the first n(x) entries are the guests present. */
  byRank: Uint32Array;
  /** Per guest: x where it is fully in its site, fullX·(p + ½)/N. */
  arriveX: Float64Array;
  /**
   * Per guest: x where it starts sliding in: fullX·(p − ½)/N, one ion's window before
   * arriveX, but not below the lowest keyframe x (so nothing is in transit there).
   */
  startX: Float64Array;
  /** The face guests enter (and leave) through. */
  entry: EntryFace;
  /** Axis index of `entry` (0 = a, 1 = b, 2 = c). */
  entryAxis: 0 | 1 | 2;
  /**
   * Fractional coordinate along `entryAxis` of every guest's entry point (just outside the
   * supercell's entry face); its other two coordinates are those of the guest's own site.
   */
  entryCoord: number;
}

export interface InsertionPath {
  scenario: Scenario;
  /** +1: x increases through the keyframes (insertion); −1: decreases (extraction). */
  direction: 1 | -1;
  /** Keyframe x values in scenario order. */
  xs: number[];
  /** Smallest and largest keyframe x. */
  xMin: number;
  xMax: number;
  supercell: Supercell;
  /** na·nb·nc. */
  cells: number;
  host: HostAtoms;
  guests: GuestPositions;
  /** Keyframe lattices (exactly the CIFs' cells), scenario order. */
  keyframeLattices: Lattice[];
  /** Keyframes and latticeTable points, ascending x. */
  latticeNodes: LatticeNode[];
  /** Per keyframe: occupancy-weighted composition of its non-guest sites, per conventional cell. */
  hostComposition: Record<string, number>[];
}
