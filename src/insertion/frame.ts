/**
 * frameAt(path, x): the state of an insertion path at x, computed from x alone (the same x
 * always gives the same frame). Per-atom data are not copied: the frame's write* functions
 * fill the caller's typed arrays, so an animation loop allocates nothing per atom.
 */
import type { Lattice } from '../crystal/types';
import { compositionAt } from './composition';
import { formulaAt } from './formula';
import { type LatticeSource, latticeAt } from './lattice-path';
import type { GuestPositions, InsertionPath } from './path-types';
import type { Caption } from './types';

export type GuestState = 'absent' | 'arriving' | 'present';

export interface Frame {
  /** x clamped into the keyframe range. */
  x: number;
  /** Keyframe segment: between keyframes `segment` and `segment + 1` (scenario order). */
  segment: number;
  /** Blend weight of keyframe `segment + 1` (0 … 1). */
  t: number;
  lattice: Lattice;
  /** 'keyframe' / 'table': a measured cell at this x; 'interpolated': between measurements. */
  latticeSource: LatticeSource;
  measured: boolean;
  /** clamp(x / fullX, 0, 1). */
  occupancy: number;
  /** round(occupancy · N) over the displayed supercell. */
  guestsPresent: number;
  /** The guest on its way in (or out), or −1; and how far along it is (0 … 1). */
  moving: number;
  movingProgress: number;
  /** Occupancy-weighted atoms per conventional cell. */
  composition: Record<string, number>;
  formula: string;
  /** Change from the first keyframe's cell, in per cent. */
  change: { a: number; b: number; c: number; volume: number };
  caption: Caption | null;
  guestState(guest: number): GuestState;
  /** 0 absent … 1 present; in between while sliding along the channel. */
  guestProgress(guest: number): number;
  /** Host fractional coordinates at x into `out` (3 · host.count). */
  writeHostFrac(out: Float32Array): Float32Array;
  /** Guest positions at x (absent guests wait at their entry point) into `out` (3 · count). */
  writeGuestFrac(out: Float32Array): Float32Array;
  /** Progress (0 … 1) of every guest into `out` (count), e.g. as an instance attribute. */
  writeGuestProgress(out: Float32Array): Float32Array;
}

/** Segment index and blend for x (already clamped), in the scenario's order of keyframes. */
export function segmentAt(path: InsertionPath, x: number): { segment: number; t: number } {
  const { xs, direction } = path;
  let k = 0;
  while (k < xs.length - 2 && (x - xs[k + 1]) * direction >= 0) k++;
  const t = (x - xs[k]) / (xs[k + 1] - xs[k]);
  return { segment: k, t: Math.min(1, Math.max(0, t)) };
}

function blend(a: Float32Array, b: Float32Array, t: number, out: Float32Array): Float32Array {
  for (let i = 0; i < a.length; i++) out[i] = a[i] + t * (b[i] - a[i]);
  return out;
}

function captionAt(path: InsertionPath, x: number): Caption | null {
  let current: Caption | null = null;
  for (const c of path.scenario.captions) if ((x - c.x) * path.direction >= -1e-9) current = c;
  return current;
}

/** Progress of each guest from x alone: present below n, the guest of rank n on its way. */
function progressOf(g: GuestPositions, xo: number, present: number) {
  const moving = present < g.count && xo > g.startX[g.byRank[present]] ? g.byRank[present] : -1;
  const movingProgress =
    moving < 0 ? 0 : Math.min(1, (xo - g.startX[moving]) / (g.arriveX[moving] - g.startX[moving]));
  const progress = (i: number) => (g.rank[i] < present ? 1 : i === moving ? movingProgress : 0);
  return { moving, movingProgress, progress };
}

function percent(now: number, first: number): number {
  return ((now - first) / first) * 100;
}

export function frameAt(path: InsertionPath, xIn: number): Frame {
  const { scenario: s, guests: g, host } = path;
  const x = Math.min(path.xMax, Math.max(path.xMin, Number.isFinite(xIn) ? xIn : path.xs[0]));
  const { segment, t } = segmentAt(path, x);
  const { lattice, source } = latticeAt(path.latticeNodes, x);
  const occupancy = Math.min(1, Math.max(0, x / s.fullX));
  const present = Math.round(occupancy * g.count);
  const { moving, movingProgress, progress } = progressOf(g, occupancy * s.fullX, present);
  const first = path.keyframeLattices[0];
  const composition = compositionAt(s, path.hostComposition, g.perCell, segment, t, x);
  return {
    x,
    segment,
    t,
    lattice,
    latticeSource: source,
    measured: source !== 'interpolated',
    occupancy,
    guestsPresent: present,
    moving,
    movingProgress,
    composition,
    formula: formulaAt(s.formula, x, composition),
    change: {
      a: percent(lattice.a, first.a),
      b: percent(lattice.b, first.b),
      c: percent(lattice.c, first.c),
      volume: percent(lattice.volume, first.volume),
    },
    caption: captionAt(path, x),
    guestProgress: progress,
    guestState: (i) => {
      const p = progress(i);
      return p >= 1 ? 'present' : p > 0 ? 'arriving' : 'absent';
    },
    writeHostFrac: (out) => blend(host.frac[segment], host.frac[segment + 1], t, out),
    writeGuestFrac: (out) => {
      blend(g.frac[segment], g.frac[segment + 1], t, out);
      // Slide along the entry axis only: from entryCoord to the site's own coordinate.
      for (let i = 0, k = g.entryAxis; i < g.count; i++, k += 3) {
        out[k] = g.entryCoord + progress(i) * (out[k] - g.entryCoord);
      }
      return out;
    },
    writeGuestProgress: (out) => {
      for (let i = 0; i < g.count; i++) out[i] = progress(i);
      return out;
    },
  };
}
