/**
 * The linked cameras of the compare view, as pure maths. Every pane starts at its own frame
 * (down its own tunnel axis, cameraFrame), and one shared turn — an orbit about each frame's
 * screen-up, then a tilt about its screen-right — carries all of them, so a drag in one pane
 * turns every structure the same way on screen. One shared scale (pixels per Å) fits the
 * largest structure in its pane, so equal lengths are equal on screen in every pane.
 */
import type { Mat3, Vec3 } from '../crystal/types';
import { type ComparePose, MAX_PITCH } from '../state/compare';
import { MAX_ZOOM, MIN_ZOOM } from '../state/view-state';
import type { CameraKeyAction } from './camera-keys';

export interface PaneFrame {
  /** Unit vector from the target towards the camera. */
  back: Vec3;
  /** Unit vector up on screen. */
  up: Vec3;
}

/**
 * The shared turn: `yaw` about screen-up, then `pitch` about screen-right (radians), and the
 * zoom relative to the shared fit; the link's pose (state/compare.ts, `turn=` and `zoom=`).
 */
export type CompareTurn = ComparePose;

export const NO_TURN: CompareTurn = { yaw: 0, pitch: 0, zoom: 1 };

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/** Rodrigues: v turned by `angle` about the unit axis `k`. */
function rotate(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const kv = cross(k, v);
  const kd = dot(k, v) * (1 - c);
  return [0, 1, 2].map((i) => v[i] * c + kv[i] * s + k[i] * kd) as Vec3;
}

/** Screen-right of a frame (up × back, as in a right-handed camera). */
export function frameRight(f: PaneFrame): Vec3 {
  return cross(f.up, f.back);
}

/** Where a pane's camera is after the shared turn: its back and up vectors. */
export function turnedFrame(base: PaneFrame, turn: Pick<CompareTurn, 'yaw' | 'pitch'>): PaneFrame {
  const right = frameRight(base);
  // Tilt about the frame's own screen-right, then orbit about its screen-up (the pole).
  const back1 = rotate(base.back, right, turn.pitch);
  const up1 = rotate(base.up, right, turn.pitch);
  return { back: rotate(back1, base.up, turn.yaw), up: rotate(up1, base.up, turn.yaw) };
}

/**
 * The turn as the base frame's own coordinates of the turned camera (right, up, back
 * components of the new back and up): the same numbers in every pane exactly when the
 * cameras are linked, whatever the structure's setting.
 */
export function turnInFrame(base: PaneFrame, turned: PaneFrame): number[] {
  const right = frameRight(base);
  const local = (v: Vec3) => [dot(v, right), dot(v, base.up), dot(v, base.back)];
  return [...local(turned.back), ...local(turned.up)];
}

/**
 * A drag of dx, dy pixels in a pane `height` pixels tall: a full pane height turns by 2π
 * about screen-up, as the single view's orbit controls do; the tilt stops short of the pole.
 */
export function dragTurn(turn: CompareTurn, dx: number, dy: number, height: number): CompareTurn {
  const k = (2 * Math.PI) / Math.max(1, height);
  return turnBy(turn, -dx * k, -dy * k);
}

/** A wheel step: zoom in for deltaY < 0, within the single view's zoom limits. */
export function wheelZoom(turn: CompareTurn, deltaY: number): CompareTurn {
  return zoomBy(turn, Math.exp(-deltaY * 0.001));
}

/**
 * A camera key on a focused pane (camera-keys.ts, the single view's mapping): an arrow turns
 * the way a drag that way does, + and − zoom the way the wheel does. Reset is the caller's
 * (Reset view).
 */
export function keyTurn(
  turn: CompareTurn,
  action: Exclude<CameraKeyAction, { kind: 'reset' }>,
): CompareTurn {
  return action.kind === 'zoom'
    ? zoomBy(turn, action.factor)
    : turnBy(turn, action.azimuth, action.polar);
}

/** The turn moved by yaw and pitch (radians); the tilt stops short of the pole. */
function turnBy(turn: CompareTurn, yaw: number, pitch: number): CompareTurn {
  const tilt = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, turn.pitch + pitch));
  return { ...turn, yaw: turn.yaw + yaw, pitch: tilt };
}

/** The zoom times `factor`, within the single view's zoom limits. */
function zoomBy(turn: CompareTurn, factor: number): CompareTurn {
  return { ...turn, zoom: Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, turn.zoom * factor)) };
}

/**
 * Half the width and half the height (Å) of the centred supercell box as a pane first shows
 * it: the largest reach of its corners along the frame's screen-right and screen-up. Down a
 * tunnel the box's depth does not take room on screen, so this fits tighter than a sphere.
 */
export function frameExtent(
  lattice: Mat3,
  supercell: Vec3,
  frame: PaneFrame,
): { halfWidth: number; halfHeight: number } {
  const right = frameRight(frame);
  let halfWidth = 0;
  let halfHeight = 0;
  for (let corner = 0; corner < 8; corner++) {
    const f: Vec3 = [
      ((corner & 1 ? 1 : 0) - 0.5) * supercell[0],
      ((corner & 2 ? 1 : 0) - 0.5) * supercell[1],
      ((corner & 4 ? 1 : 0) - 0.5) * supercell[2],
    ];
    const p = [0, 1, 2].map(
      (k) => f[0] * lattice[k] + f[1] * lattice[3 + k] + f[2] * lattice[6 + k],
    ) as Vec3;
    halfWidth = Math.max(halfWidth, Math.abs(dot(p, right)));
    halfHeight = Math.max(halfHeight, Math.abs(dot(p, frame.up)));
  }
  return { halfWidth, halfHeight };
}

/**
 * Pixels per Å shared by all panes: the largest scale at which every structure's extent
 * (half width and half height in Å, margin included) fits its own pane (width and height in
 * pixels), times the shared zoom.
 */
export function sharedScale(
  panes: readonly { width: number; height: number; halfWidth: number; halfHeight: number }[],
  zoom: number,
): number {
  let fit = Number.POSITIVE_INFINITY;
  for (const p of panes)
    fit = Math.min(fit, p.width / (2 * p.halfWidth), p.height / (2 * p.halfHeight));
  return Number.isFinite(fit) && fit > 0 ? fit * zoom : zoom;
}
