/**
 * Readers for the values inside a lesson step: booleans, numbers, a [u, v, w] direction, a
 * supercell, the camera, the overlays and a step's x (a value or a play range). Each returns
 * the checked value or throws a FieldError naming the field's path and why.
 */
import {
  describeJson,
  FieldError,
  type Json,
  join,
  member,
  object,
  unknownKeys,
} from '../insertion/validate-fields';
import { MAX_PITCH_DEGREES } from '../state/compare';
import { MAX_REPEAT, MAX_ZOOM, MIN_ZOOM, type Supercell, type Uvw } from '../state/view-state';
import type { CompareTurnField, PlayRange, StepCamera, StepOverlays } from './types';

const MAX_SECONDS = 120; // a step's playback; longer belongs in a video
const OVERLAY_KEYS = ['tunnelLabels', 'alkaliPolyhedra'];
const TURN_KEYS = ['yaw', 'pitch', 'zoom'];

function bool(o: Json, key: string, path: string): boolean {
  const v = member(o, key, path);
  if (typeof v !== 'boolean')
    throw new FieldError(join(path, key), `expected true or false, found ${describeJson(v)}`);
  return v;
}

function finite(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new FieldError(path, `expected a number, found ${describeJson(v)}`);
  return v;
}

function direction(v: unknown, path: string, what: string): Uvw {
  if (!Array.isArray(v) || v.length !== 3)
    throw new FieldError(
      path,
      `expected ${what} as three numbers [u, v, w], found ${describeJson(v)}`,
    );
  const uvw = v.map((k, i) => finite(k, join(path, i))) as Uvw;
  if (Math.hypot(...uvw) < 1e-6) throw new FieldError(path, 'must not be [0, 0, 0]');
  if (uvw.some((k) => Math.abs(k) > 99))
    throw new FieldError(path, 'each index must be within ±99');
  return uvw;
}

export function supercell(v: unknown, path: string): Supercell {
  if (!Array.isArray(v) || v.length !== 3)
    throw new FieldError(
      path,
      `expected three whole numbers such as [2, 2, 3], found ${describeJson(v)}`,
    );
  return v.map((k, i) => {
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > MAX_REPEAT)
      throw new FieldError(
        join(path, i),
        `expected a whole number from 1 to ${MAX_REPEAT}, found ${describeJson(k)}`,
      );
    return k;
  }) as Supercell;
}

/** `zoom` relative to the framed fit, within the view's limits; absent = 1. */
function optionalZoom(o: Json, path: string): number {
  if (!Object.hasOwn(o, 'zoom')) return 1;
  const zoom = finite(o.zoom, join(path, 'zoom'));
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM)
    throw new FieldError(
      join(path, 'zoom'),
      `expected a number from ${MIN_ZOOM} to ${MAX_ZOOM}, found ${zoom}`,
    );
  return zoom;
}

export function camera(v: unknown, path: string): StepCamera {
  const o = object(v, path);
  const view = direction(member(o, 'view', path), join(path, 'view'), 'a direction');
  const upRaw = Object.hasOwn(o, 'up') ? o.up : null;
  const up = upRaw === null ? null : direction(upRaw, join(path, 'up'), 'a direction');
  const zoom = optionalZoom(o, path);
  if (up) {
    const cross = [
      view[1] * up[2] - view[2] * up[1],
      view[2] * up[0] - view[0] * up[2],
      view[0] * up[1] - view[1] * up[0],
    ];
    if (Math.hypot(...cross) < 1e-9 * Math.hypot(...view) * Math.hypot(...up))
      throw new FieldError(join(path, 'up'), 'must not be parallel to view');
  }
  return { view, up, zoom };
}

/** A `cmp` step's `turn`: {yaw, pitch} in degrees (as `turn=` in a link) and an optional zoom. */
export function compareTurn(v: unknown, path: string, unknown: string[]): CompareTurnField {
  const o = object(v, path);
  unknown.push(...unknownKeys(o, path, TURN_KEYS));
  const within = (key: string, limit: number, what: string) => {
    const k = finite(member(o, key, path), join(path, key));
    if (Math.abs(k) > limit)
      throw new FieldError(
        join(path, key),
        `expected ${what} from −${limit} to ${limit}, found ${k}`,
      );
    return k;
  };
  const yaw = within('yaw', 180, 'a turn in degrees');
  const pitch = within('pitch', MAX_PITCH_DEGREES, 'a tilt in degrees');
  const zoom = optionalZoom(o, path);
  return { yaw, pitch, zoom };
}

export function overlays(v: unknown, path: string, unknown: string[]): StepOverlays {
  const o = object(v, path);
  unknown.push(...unknownKeys(o, path, OVERLAY_KEYS));
  const out: StepOverlays = {};
  if (Object.hasOwn(o, 'tunnelLabels')) out.tunnelLabels = bool(o, 'tunnelLabels', path);
  if (Object.hasOwn(o, 'alkaliPolyhedra')) out.alkaliPolyhedra = bool(o, 'alkaliPolyhedra', path);
  return out;
}

export function xValue(v: unknown, path: string): number | PlayRange {
  if (typeof v === 'number') return finite(v, path);
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new FieldError(
      path,
      `expected a number or {from, to, seconds}, found ${describeJson(v)}`,
    );
  const o = v as Json;
  const from = finite(member(o, 'from', path), join(path, 'from'));
  const to = finite(member(o, 'to', path), join(path, 'to'));
  const seconds = finite(member(o, 'seconds', path), join(path, 'seconds'));
  if (seconds <= 0 || seconds > MAX_SECONDS)
    throw new FieldError(
      join(path, 'seconds'),
      `expected more than 0 and at most ${MAX_SECONDS}, found ${seconds}`,
    );
  if (from === to) throw new FieldError(path, 'from and to are equal: give a single x instead');
  return { from, to, seconds };
}
