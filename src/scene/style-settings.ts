/** How each drawing style scales and shows the parts of a structure. */
import type { DrawStyle } from '../state/view-state';

export interface StyleSettings {
  /** Multiplies the drawing radius (atomic radius, Å). */
  atomScale: number;
  /** Which bonds are drawn: all, only those between non-metals (C≡N linkers), or none. */
  bonds: 'all' | 'non-metal' | 'none';
  polyhedra: boolean;
  /** Show the ligands outside the box that complete polyhedra. */
  outside: boolean;
  /** Bond cylinder radius, Å. */
  bondRadius: number;
}

export const STYLE_SETTINGS: Record<DrawStyle, StyleSettings> = {
  // VESTA-like: translucent polyhedra with small balls on the vertices and the guests.
  polyhedral: {
    atomScale: 0.42,
    bonds: 'non-metal',
    polyhedra: true,
    outside: true,
    bondRadius: 0.1,
  },
  'ball-and-stick': {
    atomScale: 0.42,
    bonds: 'all',
    polyhedra: false,
    outside: false,
    bondRadius: 0.12,
  },
  // Atomic radii at full size: touching spheres show how much room a tunnel leaves.
  'space-filling': {
    atomScale: 1,
    bonds: 'none',
    polyhedra: false,
    outside: false,
    bondRadius: 0.1,
  },
};
