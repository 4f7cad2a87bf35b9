/**
 * Where an axis label goes on screen. Pure arithmetic on projected points, so it is tested in
 * Node without a canvas.
 *
 * A label normally sits just past the tip of its cell edge. When the view looks (almost)
 * straight down that edge, the tip projects onto the origin and the label would land on top of
 * the others there; it is then moved off the origin and marked as pointing out of (⊙) or into
 * (⊗) the screen, the way a textbook figure marks the viewing axis.
 */

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
