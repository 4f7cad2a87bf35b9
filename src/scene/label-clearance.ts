/**
 * Keeps a label off the ions it names: a tunnel label sits on the tunnel axis, which is where
 * the guest ions are, so over a filled tunnel it is moved the shortest way (down, up, right or
 * left on screen) until it clears the ions' column — the projected segment of the tunnel axis
 * through the drawn block, widened by the ions' radius on screen. Pure 2D arithmetic.
 */

export interface Point {
  x: number;
  y: number;
}

/** The screen footprint of a row of ions: a segment and the radius around it (px). */
export interface Column {
  a: Point;
  b: Point;
  radius: number;
}

/** Gap kept between a label's edge and an ion's (px). */
export const CLEARANCE_PX = 3;
const STEP_PX = 2;
const MAX_SHIFT_PX = 400;
const DIRECTIONS: readonly Point[] = [
  { x: 0, y: 1 },
  { x: 0, y: -1 },
  { x: 1, y: 0 },
  { x: -1, y: 0 },
];

/**
 * Centre for a label of half-size (hw, hh) wanted at `at`, clear of every column: the first
 * STEP_PX multiple along each direction, the shortest shift winning (the first direction on a
 * tie). Linear in the columns: a disc column (a = b, an ion seen end-on) blocks an interval of
 * shifts along a direction, found in closed form, so the scan jumps over blocked stretches
 * instead of testing every column at every step; each shift it stops at is checked exactly.
 */
export function placeClear(at: Point, hw: number, hh: number, columns: readonly Column[]): Point {
  if (columns.every((c) => clear(at, hw, hh, c))) return at;
  let best: Point | null = null;
  let bestShift = Number.POSITIVE_INFINITY;
  for (const d of DIRECTIONS) {
    const t = firstClearShift(at, d, hw, hh, columns, bestShift);
    if (t !== null) {
      best = { x: at.x + d.x * t, y: at.y + d.y * t };
      bestShift = t;
    }
  }
  return best ?? at;
}

/** Shrinks a blocked interval so rounding never marks a clear shift blocked (px). */
const EDGE_PX = 1e-6;

/** Smallest shift t (STEP_PX, 2·STEP_PX, … ≤ MAX_SHIFT_PX, < below) at which `at` + t·d is clear. */
function firstClearShift(
  at: Point,
  d: Point,
  hw: number,
  hh: number,
  columns: readonly Column[],
  below: number,
): number | null {
  const blocked = discIntervals(at, d, hw, hh, columns);
  let next = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (let t = STEP_PX; t <= MAX_SHIFT_PX && t < below; ) {
    while (next < blocked.length && blocked[next][0] < t)
      reach = Math.max(reach, blocked[next++][1]);
    if (t < reach) {
      t = Math.max(t + STEP_PX, Math.ceil(reach / STEP_PX) * STEP_PX);
      continue;
    }
    const p = { x: at.x + d.x * t, y: at.y + d.y * t };
    if (columns.every((c) => clear(p, hw, hh, c))) return t;
    t += STEP_PX;
  }
  return null;
}

/**
 * The open intervals of shift t along the axis direction d where a disc column surely blocks
 * the label (shrunk by EDGE_PX), sorted by their start. Along d the label's centre moves on a
 * line; across it the gap g to the disc is fixed, and the label is blocked while its distance
 * along d is under half its size plus √(R² − g²), R = radius + clearance.
 */
function discIntervals(at: Point, d: Point, hw: number, hh: number, columns: readonly Column[]) {
  const alongX = d.x !== 0;
  const sign = alongX ? d.x : d.y;
  const halfAlong = alongX ? hw : hh;
  const halfAcross = alongX ? hh : hw;
  const out: [number, number][] = [];
  for (const c of columns) {
    if (c.a.x !== c.b.x || c.a.y !== c.b.y) continue;
    const r = c.radius + CLEARANCE_PX;
    const across = Math.max(0, Math.abs(alongX ? c.a.y - at.y : c.a.x - at.x) - halfAcross);
    if (across >= r) continue;
    const reach = halfAlong + Math.sqrt(r * r - across * across);
    const u = sign * (alongX ? c.a.x - at.x : c.a.y - at.y);
    if (reach > EDGE_PX) out.push([u - reach + EDGE_PX, u + reach - EDGE_PX]);
  }
  return out.sort((p, q) => p[0] - q[0]);
}

/** True when the label rectangle centred at p keeps CLEARANCE_PX from the column. */
export function clear(p: Point, hw: number, hh: number, c: Column): boolean {
  return segmentRectDistance(c.a, c.b, p, hw, hh) >= c.radius + CLEARANCE_PX;
}

/** Distance between a segment and an axis-aligned rectangle (0 when they meet). */
export function segmentRectDistance(a: Point, b: Point, centre: Point, hw: number, hh: number) {
  const x0 = centre.x - hw;
  const x1 = centre.x + hw;
  const y0 = centre.y - hh;
  const y1 = centre.y + hh;
  // A disc (an ion seen end-on, a = b): its gap to the rectangle is the whole answer — what the
  // general case below comes to, without the clip and the corners (hundreds of ions a frame).
  if (a.x === b.x && a.y === b.y) return Math.hypot(gap(a.x, x0, x1), gap(a.y, y0, y1));
  if (segmentMeetsRect(a, b, x0, y0, x1, y1)) return 0;
  const toRect = (p: Point) => Math.hypot(gap(p.x, x0, x1), gap(p.y, y0, y1));
  const corners: Point[] = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x0, y: y1 },
    { x: x1, y: y1 },
  ];
  return Math.min(toRect(a), toRect(b), ...corners.map((q) => pointSegmentDistance(q, a, b)));
}

function gap(v: number, lo: number, hi: number): number {
  return v < lo ? lo - v : v > hi ? v - hi : 0;
}

function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Liang–Barsky clip: does the segment a→b touch the rectangle? */
function segmentMeetsRect(a: Point, b: Point, x0: number, y0: number, x1: number, y1: number) {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}
