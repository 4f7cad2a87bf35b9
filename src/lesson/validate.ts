/**
 * Untrusted lesson JSON → a checked `Lesson`. An error names the file, the line (when read
 * from text), the step (1-based, as a lecturer counts them), the field within it and why:
 * `tunnels.lesson.json:14: step 3: camera.zoom: expected a number from 0.05 to 50, found 90`.
 * Unknown members are warnings, so an older app still opens a newer file.
 */
import type { Diagnostic } from '../crystal/result';
import { parseJsonWithLines } from '../insertion/json-lines';
import {
  array,
  describeJson,
  doi,
  FieldError,
  type Json,
  join,
  member,
  object,
  oneOf,
  string,
  unknownKeys,
} from '../insertion/validate-fields';
import { MAX_COMPARE, MIN_COMPARE, parseCompareIds } from '../state/compare';
import {
  type Background,
  DRAW_STYLES,
  MAX_REPEAT,
  MAX_ZOOM,
  MIN_ZOOM,
  type Projection,
  type Supercell,
  type Uvw,
} from '../state/view-state';
import { citedReferences, parseMarkup } from './markup';
import {
  LESSON_FORMAT,
  type Lesson,
  type LessonReference,
  type LessonStep,
  type PlayRange,
  type StepCamera,
  type StepOverlays,
  type StepSubject,
} from './types';

export interface LessonCatalogue {
  structures: readonly string[];
  scenarios: readonly string[];
  /** Whether a CIF named by a step exists beside the lesson; absent = not checked. */
  cifExists?: (file: string) => boolean;
}

/** A lesson error: where (step, field) and why, besides the formatted diagnostic. */
export interface LessonError extends Diagnostic {
  /** 1-based step number, when the error is inside a step. */
  step?: number;
  /** Field path inside the step (or the lesson, when `step` is absent). */
  field: string;
  reason: string;
}

export type LessonResult =
  | { ok: true; value: Lesson; warnings: Diagnostic[] }
  | { ok: false; error: LessonError; warnings: Diagnostic[] };

const MAX_STEPS = 200;
const MAX_SECONDS = 120; // a step's playback; longer belongs in a video
const MAX_CAPTION = 600; // characters: a caption is read from the back of a hall
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;
const CIF_FILE = /^[^/\\:][^\\:]*\.m?cif$/i;

const TOP_KEYS = ['format', 'title', 'author', 'notes', 'references', 'steps'];
const STEP_KEYS = [
  'structure',
  'scenario',
  'cif',
  'caption',
  'style',
  'supercell',
  'camera',
  'projection',
  'background',
  'overlays',
  'x',
  'cmp',
];
const OVERLAY_KEYS = ['tunnelLabels', 'alkaliPolyhedra'];

function optionalString(o: Json, key: string, path: string): string | undefined {
  return Object.hasOwn(o, key) ? string(o, key, path) : undefined;
}

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

function supercell(v: unknown, path: string): Supercell {
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

function camera(v: unknown, path: string): StepCamera {
  const o = object(v, path);
  const view = direction(member(o, 'view', path), join(path, 'view'), 'a direction');
  const upRaw = Object.hasOwn(o, 'up') ? o.up : null;
  const up = upRaw === null ? null : direction(upRaw, join(path, 'up'), 'a direction');
  let zoom = 1;
  if (Object.hasOwn(o, 'zoom')) {
    zoom = finite(o.zoom, join(path, 'zoom'));
    if (zoom < MIN_ZOOM || zoom > MAX_ZOOM)
      throw new FieldError(
        join(path, 'zoom'),
        `expected a number from ${MIN_ZOOM} to ${MAX_ZOOM}, found ${zoom}`,
      );
  }
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

function overlays(v: unknown, path: string, unknown: string[]): StepOverlays {
  const o = object(v, path);
  unknown.push(...unknownKeys(o, path, OVERLAY_KEYS));
  const out: StepOverlays = {};
  if (Object.hasOwn(o, 'tunnelLabels')) out.tunnelLabels = bool(o, 'tunnelLabels', path);
  if (Object.hasOwn(o, 'alkaliPolyhedra')) out.alkaliPolyhedra = bool(o, 'alkaliPolyhedra', path);
  return out;
}

function xValue(v: unknown, path: string): number | PlayRange {
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

/** `cmp`: 2–4 bundled structure ids, each once, shown side by side. */
function compareIds(v: unknown, path: string, cat: LessonCatalogue): string[] {
  if (!Array.isArray(v) || v.some((id) => typeof id !== 'string'))
    throw new FieldError(
      path,
      `expected a list of ${MIN_COMPARE} to ${MAX_COMPARE} bundled structure ids, found ${describeJson(v)}`,
    );
  const ids = parseCompareIds(v.join(','), cat.structures);
  if (typeof ids === 'string' || ids.length !== v.length)
    throw new FieldError(
      path,
      typeof ids === 'string' ? ids.replace(/; showing.*$/, '') : 'empty id',
    );
  return ids;
}

function subject(o: Json, path: string, cat: LessonCatalogue): StepSubject {
  const given = (['structure', 'scenario', 'cif'] as const).filter((k) => Object.hasOwn(o, k));
  if (given.length === 0 && Object.hasOwn(o, 'cmp')) {
    const ids = compareIds(o.cmp, join(path, 'cmp'), cat);
    return { kind: 'structure', id: ids[0] };
  }
  if (given.length === 0)
    throw new FieldError(
      join(path, 'structure'),
      'missing (a step needs one of structure, scenario, cif or cmp)',
    );
  if (given.length > 1)
    throw new FieldError(
      join(path, given[1]),
      `give only one of structure, scenario or cif (found ${given.join(' and ')})`,
    );
  const key = given[0];
  const value = string(o, key, path);
  if (key === 'cif') {
    if (!CIF_FILE.test(value))
      throw new FieldError(
        join(path, key),
        `"${value}" is not a .cif file name relative to the lesson`,
      );
    if (cat.cifExists && !cat.cifExists(value))
      throw new FieldError(join(path, key), `no file "${value}" beside the lesson`);
    return { kind: 'cif', file: value };
  }
  const known = key === 'structure' ? cat.structures : cat.scenarios;
  if (!ID.test(value) || !known.includes(value))
    throw new FieldError(
      join(path, key),
      `no bundled ${key} has the id "${value}" (known: ${known.join(', ')})`,
    );
  return { kind: key, id: value };
}

function caption(o: Json, path: string, references: number): string {
  const text = string(o, 'caption', path, false);
  const where = join(path, 'caption');
  if (text.length > MAX_CAPTION)
    throw new FieldError(where, `${text.length} characters, at most ${MAX_CAPTION}`);
  const parsed = parseMarkup(text);
  if (!parsed.ok) throw new FieldError(where, parsed.reason);
  for (const n of citedReferences(parsed.segments))
    if (n < 1 || n > references)
      throw new FieldError(
        where,
        `cites [${n}] but the lesson has ${references} reference${references === 1 ? '' : 's'}`,
      );
  return text;
}

function step(
  v: unknown,
  path: string,
  cat: LessonCatalogue,
  refs: number,
  unknown: string[],
): LessonStep {
  const o = object(v, path);
  unknown.push(...unknownKeys(o, path, STEP_KEYS));
  const s: LessonStep = { subject: subject(o, path, cat), caption: caption(o, path, refs) };
  if (Object.hasOwn(o, 'style')) s.style = oneOf(o, 'style', path, [...DRAW_STYLES]);
  if (Object.hasOwn(o, 'supercell')) s.supercell = supercell(o.supercell, join(path, 'supercell'));
  if (Object.hasOwn(o, 'camera')) s.camera = camera(o.camera, join(path, 'camera'));
  if (Object.hasOwn(o, 'projection'))
    s.projection = oneOf<Projection>(o, 'projection', path, ['orthographic', 'perspective']);
  if (Object.hasOwn(o, 'background'))
    s.background = oneOf<Background>(o, 'background', path, ['white', 'black']);
  if (Object.hasOwn(o, 'overlays'))
    s.overlays = overlays(o.overlays, join(path, 'overlays'), unknown);
  if (Object.hasOwn(o, 'x')) {
    if (s.subject.kind !== 'scenario')
      throw new FieldError(join(path, 'x'), 'only a scenario step has an x');
    s.x = xValue(o.x, join(path, 'x'));
  }
  if (Object.hasOwn(o, 'cmp')) {
    if (s.subject.kind !== 'structure')
      throw new FieldError(join(path, 'cmp'), 'only a structure step can show a comparison');
    s.cmp = compareIds(o.cmp, join(path, 'cmp'), cat);
  }
  return s;
}

function reference(v: unknown, path: string): LessonReference {
  const o = object(v, path);
  const ref: LessonReference = { cite: string(o, 'cite', path) };
  if (Object.hasOwn(o, 'doi')) ref.doi = doi(o, 'doi', path);
  return ref;
}

function readLesson(json: unknown, cat: LessonCatalogue, unknown: string[]): Lesson {
  const o = object(json, '');
  unknown.push(...unknownKeys(o, '', TOP_KEYS));
  if (Object.hasOwn(o, 'format') && o.format !== LESSON_FORMAT)
    throw new FieldError('format', `expected "${LESSON_FORMAT}", found ${describeJson(o.format)}`);
  const title = string(o, 'title', '');
  if (title.length > 120) throw new FieldError('title', `${title.length} characters, at most 120`);
  const titleMarkup = parseMarkup(title);
  if (!titleMarkup.ok) throw new FieldError('title', titleMarkup.reason);
  const author = optionalString(o, 'author', '');
  const notes = Object.hasOwn(o, 'notes') ? string(o, 'notes', '', false) : undefined;
  const references = Object.hasOwn(o, 'references')
    ? array(o, 'references', '').map((r, i) => reference(r, join('references', i)))
    : [];
  const rawSteps = array(o, 'steps', '');
  if (rawSteps.length === 0) throw new FieldError('steps', 'a lesson needs at least one step');
  if (rawSteps.length > MAX_STEPS)
    throw new FieldError('steps', `${rawSteps.length} steps, at most ${MAX_STEPS}`);
  const steps = rawSteps.map((s, i) => step(s, join('steps', i), cat, references.length, unknown));
  return {
    format: LESSON_FORMAT,
    title,
    ...(author !== undefined && { author }),
    ...(notes !== undefined && { notes }),
    references,
    steps,
  };
}

/** `steps[2].camera.zoom` → step 3, field `camera.zoom`; top-level paths have no step. */
export function splitPath(path: string): { step?: number; field: string } {
  const m = /^steps\[(\d+)\]\.?(.*)$/.exec(path);
  if (!m) return { field: path || '(lesson)' };
  return { step: Number(m[1]) + 1, field: m[2] || '(step)' };
}

function lineOf(path: string, lines?: Map<string, number>): number | undefined {
  if (!lines) return undefined;
  for (let p = path; ; ) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === '') return undefined;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut < 0 ? '' : p.slice(0, cut);
  }
}

function located(
  file: string,
  path: string,
  reason: string,
  lines?: Map<string, number>,
): LessonError {
  const { step: n, field } = splitPath(path);
  const message = n === undefined ? `${field}: ${reason}` : `step ${n}: ${field}: ${reason}`;
  const line = lineOf(path, lines);
  return {
    file,
    message,
    field,
    reason,
    ...(n !== undefined && { step: n }),
    ...(line !== undefined && { line }),
  };
}

function check(
  json: unknown,
  file: string,
  cat: LessonCatalogue,
  lines?: Map<string, number>,
): LessonResult {
  const unknown: string[] = [];
  try {
    const lesson = readLesson(json, cat, unknown);
    const warnings = unknown.map((p) => located(file, p, 'unknown field, ignored', lines));
    return { ok: true, value: lesson, warnings };
  } catch (e) {
    if (!(e instanceof FieldError)) throw e;
    return { ok: false, error: located(file, e.path, e.reason, lines), warnings: [] };
  }
}

/** Checks parsed JSON (a link's payload, a stored draft) against the lesson format. */
export function validateLesson(json: unknown, file: string, cat: LessonCatalogue): LessonResult {
  return check(json, file, cat);
}

/** Parses lesson JSON text (a syntax error names its line), then validates it. */
export function parseLessonText(text: string, file: string, cat: LessonCatalogue): LessonResult {
  const parsed = parseJsonWithLines(text);
  if (!parsed.ok) {
    const { message, line } = parsed.error;
    const error: LessonError = {
      file,
      message,
      field: '(file)',
      reason: message,
      ...(line !== undefined && { line }),
    };
    return { ok: false, error, warnings: [] };
  }
  return check(parsed.value.value, file, cat, parsed.value.lines);
}
