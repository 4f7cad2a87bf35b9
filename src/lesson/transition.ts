/**
 * Step transitions as a pure function of time: entering a step, the camera glides from where
 * it was to the step's pose (GLIDE_SECONDS, eased), then a scenario step with an x range plays
 * it once and stops. The presentation drives this with the clock; tests drive it with numbers.
 */
import type { Vec3 } from '../crystal/types';
import { isPlayRange, type LessonStep } from './types';

/** Seconds the camera takes from one step's view to the next. */
export const GLIDE_SECONDS = 0.8;

export interface StepPlan {
  glideSeconds: number;
  /** x held from the start (a fixed-x step, or the start of a range). */
  startX: number | null;
  /** The range played after the glide, or null. */
  play: { from: number; to: number; seconds: number } | null;
}

export interface StepFrame {
  /** Camera progress from the old pose (0) to the step's pose (1), eased. */
  glide: number;
  x: number | null;
  /** True while the range is playing. */
  playing: boolean;
  /** True once the camera has arrived and any range has reached its end. */
  done: boolean;
}

/** `glide` false: jump (the first step shown, a reload, Home/End far away is still a glide). */
export function planStep(step: LessonStep, glide = true): StepPlan {
  const x = step.subject.kind === 'scenario' ? step.x : undefined;
  return {
    glideSeconds: glide ? GLIDE_SECONDS : 0,
    startX: x === undefined ? null : isPlayRange(x) ? x.from : x,
    play: isPlayRange(x) ? { ...x } : null,
  };
}

/** Ease in and out (cubic): the camera starts and stops gently, fastest half way. */
export function ease(f: number): number {
  const t = Math.min(1, Math.max(0, f));
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** What the step shows `t` seconds after it was entered. */
export function stepFrameAt(plan: StepPlan, t: number): StepFrame {
  const glide = plan.glideSeconds > 0 ? ease(t / plan.glideSeconds) : 1;
  const arrived = t >= plan.glideSeconds;
  if (!plan.play) return { glide, x: plan.startX, playing: false, done: arrived };
  const { from, to, seconds } = plan.play;
  const f = Math.min(1, Math.max(0, (t - plan.glideSeconds) / seconds));
  const ended = t >= plan.glideSeconds + seconds;
  return { glide, x: ended ? to : from + (to - from) * f, playing: arrived && !ended, done: ended };
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function unit(a: Vec3): Vec3 {
  const n = Math.hypot(...a);
  return [a[0] / n, a[1] / n, a[2] / n];
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** Spherical interpolation between two directions (any length); opposite ones turn about a perpendicular. */
export function slerpDirection(a: Vec3, b: Vec3, f: number): Vec3 {
  const ua = unit(a);
  const ub = unit(b);
  const cos = Math.min(1, Math.max(-1, dot(ua, ub)));
  const angle = Math.acos(cos);
  if (angle < 1e-9) return ua;
  let axis = cross(ua, ub);
  if (Math.hypot(...axis) < 1e-9) {
    // Opposite: any axis perpendicular to a will do; take the one least aligned with a.
    const helper: Vec3 = Math.abs(ua[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
    axis = cross(ua, helper);
  }
  const k = unit(axis);
  const th = angle * f;
  const c = Math.cos(th);
  const s = Math.sin(th);
  const kxa = cross(k, ua);
  const kda = dot(k, ua);
  // Rodrigues' rotation of a about k by th.
  return unit([
    ua[0] * c + kxa[0] * s + k[0] * kda * (1 - c),
    ua[1] * c + kxa[1] * s + k[1] * kda * (1 - c),
    ua[2] * c + kxa[2] * s + k[2] * kda * (1 - c),
  ]);
}

export interface CameraAim {
  /** Unit vector from the target to the camera. */
  back: Vec3;
  /** Screen-up, perpendicular to back. */
  up: Vec3;
  /** Zoom relative to the framed fit. */
  zoom: number;
}

/** The camera part way from `from` to `to`: directions slerped, zoom geometric (even in log). */
export function cameraAt(from: CameraAim, to: CameraAim, f: number): CameraAim {
  const back = slerpDirection(from.back, to.back, f);
  const rawUp = slerpDirection(from.up, to.up, f);
  // Keep up perpendicular to back (Gram–Schmidt), else the camera would roll as it turns.
  const d = dot(rawUp, back);
  let up: Vec3 = [rawUp[0] - d * back[0], rawUp[1] - d * back[1], rawUp[2] - d * back[2]];
  up = Math.hypot(...up) < 1e-9 ? to.up : unit(up);
  return { back, up, zoom: from.zoom * (to.zoom / from.zoom) ** f };
}
