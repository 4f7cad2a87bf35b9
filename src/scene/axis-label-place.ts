/**
 * Where an axis label goes on screen. Pure arithmetic on projected points, so it is tested in
 * Node without a canvas.
 *
 * A label normally sits just past the tip of its cell edge. When the view looks (almost)
 * straight down that edge, the tip projects onto the origin and the label would land on top of
 * the others there; it is then moved off the origin and marked as pointing out of (⊙) or into
 * (⊗) the screen, the way a textbook figure marks the viewing axis.
 */

import { type Column, placeClear } from './label-clearance';

/** A point after projection: screen pixels, and depth (smaller is nearer the viewer). */
export type ScreenPoint = { x: number; y: number; depth: number };

export type AxisLabelPlace = {
  x: number;
  y: number;
  /** null when the edge is seen side-on; otherwise whether it points at the viewer. */
  endOn: null | 'toward' | 'away';
};

/** An edge shorter than this on screen counts as seen end-on. */
export const END_ON_PX = 18;
/** How far an end-on label is moved off the origin, down and to the left. */
const END_ON_OFFSET_PX = 16;

export function placeAxisLabel(origin: ScreenPoint, tip: ScreenPoint): AxisLabelPlace {
  const length = Math.hypot(tip.x - origin.x, tip.y - origin.y);
  if (length >= END_ON_PX) return { x: tip.x, y: tip.y, endOn: null };
  return {
    x: origin.x - END_ON_OFFSET_PX,
    y: origin.y + END_ON_OFFSET_PX,
    endOn: tip.depth < origin.depth ? 'toward' : 'away',
  };
}

/**
 * Which ions could ever sit under an axis label: the labels hang at the ends of the origin
 * cell's edges (and at the origin when end-on), so only ions on or near the lines through
 * those points matter — those with at least two fractional coordinates within reach of the
 * origin cell. Block coordinates, 3 per ion; returns their indices. Done once per structure,
 * so each frame projects a few columns' worth of ions, not all of them.
 */
export function ionsNearCellEdges(frac: ArrayLike<number>): number[] {
  const near = (v: number) => v > -0.6 && v < 1.7;
  const out: number[] = [];
  for (let i = 0; 3 * i + 2 < frac.length; i++) {
    const n =
      Number(near(frac[3 * i])) + Number(near(frac[3 * i + 1])) + Number(near(frac[3 * i + 2]));
    if (n >= 2) out.push(i);
  }
  return out;
}

/**
 * An axis label placed as `placeAxisLabel` does, then moved the shortest way off any ion it
 * would cover (ions as projected centres with their drawn radius in px): a label must never
 * hide the ions the lesson is about (a K⁺ at a cell corner sits at the tip of the a edge).
 */
export function placeAxisLabelClear(
  origin: ScreenPoint,
  tip: ScreenPoint,
  halfWidth: number,
  halfHeight: number,
  ions: readonly { x: number; y: number; radius: number }[],
): AxisLabelPlace {
  const place = placeAxisLabel(origin, tip);
  if (ions.length === 0) return place;
  const columns: Column[] = ions.map((p) => ({ a: p, b: p, radius: p.radius }));
  const at = placeClear(place, halfWidth, halfHeight, columns);
  return { ...place, x: at.x, y: at.y };
}

/**
 * What decides where the axis labels go, to half a pixel: the projected origin and axis tips,
 * the view size and anything else the caller names (text size). While a scenario plays the
 * cell breathes by a fraction of a pixel a frame; with an unchanged key the labels stay
 * where they are, and the ion projection and clearance search (about 0.4 ms a frame with
 * 336 ions near the edges of a 100k-atom block) are skipped.
 */
export function axisLabelKey(
  points: readonly { x: number; y: number }[],
  size: { width: number; height: number },
  extra: string,
): string {
  const half = (v: number) => Math.round(2 * v);
  const at = points.map((p) => `${half(p.x)},${half(p.y)}`).join(' ');
  return `${at} ${size.width}x${size.height} ${extra}`;
}
