/**
 * Playback of an insertion path as plain functions: the view's frame loop calls step() with
 * the elapsed time; nothing here knows about React, three.js or the clock.
 *
 * `speed` is in x units per second along the scenario's own direction: positive plays from
 * the first keyframe towards the last (insertion or extraction alike), negative plays back.
 */

export type PlayMode = 'once' | 'loop' | 'bounce';

/** The keyframe x values in scenario order (an InsertionPath fits). */
export interface KeyframeRange {
  xs: number[];
}

export interface PlaybackState {
  x: number;
  /** Signed speed (x per second, scenario direction); bounce flips its sign at the ends. */
  speed: number;
  /** False once 'once' reaches the end it was heading to. */
  playing: boolean;
}

/** Position along the scenario as s ∈ [0, 1] (0 = first keyframe, 1 = last). */
function toS(r: KeyframeRange, x: number): number {
  const x0 = r.xs[0];
  const x1 = r.xs[r.xs.length - 1];
  return Math.min(1, Math.max(0, (x - x0) / (x1 - x0)));
}

function fromS(r: KeyframeRange, s: number): number {
  const x0 = r.xs[0];
  return x0 + s * (r.xs[r.xs.length - 1] - x0);
}

/** Advances x by dt seconds; deterministic and free of wall-clock state. */
export function step(
  range: KeyframeRange,
  x: number,
  dt: number,
  speed: number,
  mode: PlayMode,
): PlaybackState {
  const span = Math.abs(range.xs[range.xs.length - 1] - range.xs[0]);
  let s = toS(range, x) + (dt * speed) / span;
  let v = speed;
  if (mode === 'once') {
    const done = s >= 1 || s <= 0;
    return { x: fromS(range, Math.min(1, Math.max(0, s))), speed: v, playing: !done };
  }
  if (mode === 'loop') {
    s -= Math.floor(s); // wraps either way; exactly 1 becomes 0, the start of the next loop
    return { x: fromS(range, s), speed: v, playing: true };
  }
  // bounce: fold the unbounded s into period 2; on the way back (m > 1) the motion is reversed.
  const m = ((s % 2) + 2) % 2;
  s = m > 1 ? 2 - m : m;
  if (m > 1) v = -v;
  // Exactly at an end: point back into the range so the next step moves.
  if ((s >= 1 && v > 0) || (s <= 0 && v < 0)) v = -v;
  return { x: fromS(range, s), speed: v, playing: true };
}

/** The next keyframe's x after x in scenario order (the last keyframe when past it). */
export function nextKeyframe(range: KeyframeRange, x: number): number {
  const s = toS(range, x);
  return range.xs.find((k) => toS(range, k) > s + 1e-9) ?? range.xs[range.xs.length - 1];
}

/** The previous keyframe's x before x in scenario order (the first keyframe when before it). */
export function previousKeyframe(range: KeyframeRange, x: number): number {
  const s = toS(range, x);
  return [...range.xs].reverse().find((k) => toS(range, k) < s - 1e-9) ?? range.xs[0];
}
