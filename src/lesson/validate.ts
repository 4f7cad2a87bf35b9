/**
 * Untrusted lesson JSON → a checked `Lesson`. An error names the file, the line (when read
 * from text), the step (1-based, as a lecturer counts them), the field within it and why:
 * `tunnels.lesson.json:14: step 3: camera.zoom: expected a number from 0.05 to 50, found 90`.
 * Unknown members are warnings, so an older app still opens a newer file.
 *
 * This file reads the lesson's own fields and locates errors; each step is checked by
 * step-check.ts, whose values are read by step-fields.ts.
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
  object,
  string,
  unknownKeys,
} from '../insertion/validate-fields';
import { parseMarkup } from './markup';
import { type LessonCatalogue, step } from './step-check';
import { LESSON_FORMAT, type Lesson, type LessonReference } from './types';

export type { LessonCatalogue };

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

function optionalString(o: Json, key: string, path: string): string | undefined {
  return Object.hasOwn(o, key) ? string(o, key, path) : undefined;
}

const MAX_STEPS = 200;
const TOP_KEYS = ['format', 'title', 'author', 'notes', 'references', 'steps'];

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
