/**
 * The order in which guest positions change state (fill during insertion, empty during
 * extraction): rank 0 changes first in the scenario's direction of travel.
 */

import { mulberry32 } from '../crystal/random';
import type { EntryFace, FillOrder } from './types';

/** Depths closer than this are one layer, ordered by the other coordinates (cell units). */
const LAYER_EPS = 1e-6;
const AXIS = { a: 0, b: 1, c: 2 } as const;

export interface GuestLayout {
  count: number;
  /** 3·count supercell fractional coordinates (conventional-cell units). */
  frac: Float64Array;
  /** Per guest: index into `labels`. */
  labelIndex: Uint16Array;
  labels: string[];
  supercell: [number, number, number];
}

/** Distance from the entry face along its axis (cell units): small = near the surface. */
function depth(g: GuestLayout, i: number, face: EntryFace): number {
  const axis = AXIS[face.axis];
  const v = g.frac[3 * i + axis];
  return face.from === 'low' ? v : g.supercell[axis] - v;
}

/** Compares two guests by depth from the face, then by the other coordinates (a, b, c). */
function byDepth(g: GuestLayout, face: EntryFace): (i: number, j: number) => number {
  return (i, j) => {
    const d = depth(g, i, face) - depth(g, j, face);
    if (Math.abs(d) > LAYER_EPS) return d;
    for (let k = 0; k < 3; k++) {
      const e = g.frac[3 * i + k] - g.frac[3 * j + k];
      if (Math.abs(e) > LAYER_EPS) return e;
    }
    return i - j;
  };
}

export { mulberry32 };

function shuffled(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Guest indices in the order they change state; `fill.groups` labels must be known. */
export function changeOrder(g: GuestLayout, fill: FillOrder, face: EntryFace): number[] {
  const all = Array.from({ length: g.count }, (_, i) => i);
  if (fill.kind === 'random') return shuffled(g.count, fill.seed);
  if (fill.kind === 'front') return all.sort(byDepth(g, { axis: fill.axis, from: fill.from }));
  // sequence: group by group; inside a group from the entry face inwards, so the tunnels
  // fill from the surface the ions come through.
  const group = new Map<string, number>();
  fill.groups.forEach((labels, k) => {
    for (const label of labels) group.set(label, k);
  });
  const within = byDepth(g, face);
  const groupOf = (i: number) => group.get(g.labels[g.labelIndex[i]]) ?? fill.groups.length;
  return all.sort((i, j) => groupOf(i) - groupOf(j) || within(i, j));
}

/** Rank per guest from an order: rank[order[k]] = k. */
export function ranksOf(order: number[]): Uint32Array {
  const rank = new Uint32Array(order.length);
  order.forEach((guest, k) => {
    rank[guest] = k;
  });
  return rank;
}
