/**
 * One lesson step checked: what it shows (a bundled structure or scenario, or a CIF beside
 * the lesson), its caption (length, markup, citations within the lesson's references) and
 * the optional view fields, read by step-fields.ts. Unknown members are collected as paths
 * for warnings; anything wrong throws a FieldError.
 */
import {
  describeJson,
  FieldError,
  type Json,
  join,
  object,
  oneOf,
  string,
  unknownKeys,
} from '../insertion/validate-fields';
import { MAX_COMPARE, MIN_COMPARE, parseCompareIds } from '../state/compare';
import { type Background, DRAW_STYLES, type Projection } from '../state/view-state';
import { citedReferences, parseMarkup } from './markup';
import { camera, compareTurn, overlays, supercell, xValue } from './step-fields';
import type { LessonStep, StepSubject } from './types';

export interface LessonCatalogue {
  structures: readonly string[];
  scenarios: readonly string[];
  /** Whether a CIF named by a step exists beside the lesson; absent = not checked. */
  cifExists?: (file: string) => boolean;
}

const MAX_CAPTION = 600; // characters: a caption is read from the back of a hall
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;
const CIF_FILE = /^[^/\\:][^\\:]*\.m?cif$/i;

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
  'turn',
];

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

export function step(
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
  if (Object.hasOwn(o, 'turn')) {
    if (!s.cmp)
      throw new FieldError(
        join(path, 'turn'),
        'only a comparison (cmp) has a turn; a single view turns with camera.view and camera.up',
      );
    s.turn = compareTurn(o.turn, join(path, 'turn'), unknown);
  }
  return s;
}
