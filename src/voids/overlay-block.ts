/**
 * The overlays of the analysis (one cell) repeated over the drawn block of cells: the channel
 * tube segments and the site copies whose positions fall inside it. A position on the block's
 * faces (a tunnel along a cell edge, a site on a corner) is kept on both faces, as the atoms are.
 */

import type { ChannelPath } from './channel-path';
import type { VoidSite } from './sites';

/** Fractional slack at the block's faces: a ridge point a grid step off a face still counts. */
const FACE_SLACK = 0.03;

export interface TubeSegments {
  count: number;
  /** 6 per segment: both ends, fractional (conventional-cell units, block coordinates). */
  ends: Float32Array;
  /** Channel index per segment. */
  channel: Uint16Array;
  /**
   * Where a strand enters or leaves the block: 6 per cap, the point and the strand's direction
   * there (fractional). A tube seen end-on shows its caps (its wall is edge-on).
   */
  caps: Float32Array;
  capChannel: Uint16Array;
}

export interface SiteInstances {
  count: number;
  /** 3 per instance, block coordinates. */
  frac: Float32Array;
  /** Index into the analysis' sites per instance. */
  site: Uint16Array;
}

/** Inside the block, with FACE_SLACK on the axes in `slack` (all three when not given). */
function inBlock(f: readonly number[], block: readonly number[], slack = [true, true, true]) {
  for (let d = 0; d < 3; d++) {
    const e = slack[d] ? FACE_SLACK : 0;
    if (f[d] < -e || f[d] > block[d] + e) return false;
  }
  return true;
}

/**
 * A segment advances along an axis when its step there is at least this share of its largest
 * step; across the other axes (a face it runs beside, not through) it may wiggle.
 */
const ADVANCE_SHARE = 0.3;

/** Integer shifts n with some point of `pts` + n inside the block (per axis ranges). */
function shiftRange(pts: readonly (readonly number[])[], block: readonly number[]) {
  const lo = [0, 1, 2].map((d) => Math.floor(-FACE_SLACK - Math.max(...pts.map((p) => p[d]))));
  const hi = [0, 1, 2].map((d) =>
    Math.ceil(block[d] + FACE_SLACK - Math.min(...pts.map((p) => p[d]))),
  );
  return { lo, hi };
}

/**
 * Tube segments of every path inside the block: a segment is kept when its middle is (with
 * slack only across the strand, so a strand stops at the faces it runs through).
 */
export function tubeSegments(
  paths: readonly ChannelPath[],
  block: readonly number[],
): TubeSegments {
  const ends: number[] = [];
  const channel: number[] = [];
  for (const path of paths) {
    const { lo, hi } = shiftRange(path.points, block);
    for (let i = lo[0]; i <= hi[0]; i++)
      for (let j = lo[1]; j <= hi[1]; j++)
        for (let k = lo[2]; k <= hi[2]; k++)
          for (let s = 0; s + 1 < path.points.length; s++) {
            const a = path.points[s];
            const b = path.points[s + 1];
            const mid = [(a[0] + b[0]) / 2 + i, (a[1] + b[1]) / 2 + j, (a[2] + b[2]) / 2 + k];
            const step = [0, 1, 2].map((d) => Math.abs(b[d] - a[d]));
            const top = Math.max(...step);
            const beside = step.map((x) => x < ADVANCE_SHARE * top);
            if (!inBlock(mid, block, beside)) continue;
            ends.push(a[0] + i, a[1] + j, a[2] + k, b[0] + i, b[1] + j, b[2] + k);
            channel.push(path.channel);
          }
  }
  // A segment end that no other kept segment continues (or leads into) is where a strand stops.
  const at = (s: number, end: 0 | 1) =>
    [0, 1, 2].map((d) => ends[6 * s + 3 * end + d].toFixed(4)).join();
  const starts = new Set<string>();
  const finishes = new Set<string>();
  for (let s = 0; s < channel.length; s++) {
    starts.add(at(s, 0));
    finishes.add(at(s, 1));
  }
  const caps: number[] = [];
  const capChannel: number[] = [];
  for (let s = 0; s < channel.length; s++) {
    const e = ends.slice(6 * s, 6 * s + 6);
    const u = [e[3] - e[0], e[4] - e[1], e[5] - e[2]];
    if (!finishes.has(at(s, 0))) {
      caps.push(e[0], e[1], e[2], ...u);
      capChannel.push(channel[s]);
    }
    if (!starts.has(at(s, 1))) {
      caps.push(e[3], e[4], e[5], ...u);
      capChannel.push(channel[s]);
    }
  }
  return {
    count: channel.length,
    ends: Float32Array.from(ends),
    channel: Uint16Array.from(channel),
    caps: Float32Array.from(caps),
    capChannel: Uint16Array.from(capChannel),
  };
}

/** Every copy of every site inside the block. */
export function siteInstances(sites: readonly VoidSite[], block: readonly number[]): SiteInstances {
  const frac: number[] = [];
  const site: number[] = [];
  sites.forEach((s, index) => {
    for (const c of s.copies) {
      const { lo, hi } = shiftRange([c], block);
      for (let i = lo[0]; i <= hi[0]; i++)
        for (let j = lo[1]; j <= hi[1]; j++)
          for (let k = lo[2]; k <= hi[2]; k++) {
            const f = [c[0] + i, c[1] + j, c[2] + k];
            if (!inBlock(f, block)) continue;
            frac.push(f[0], f[1], f[2]);
            site.push(index);
          }
    }
  });
  return { count: site.length, frac: Float32Array.from(frac), site: Uint16Array.from(site) };
}
