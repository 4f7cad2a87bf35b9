/**
 * Field-by-field reading of a scenario object (shapes and types), then the checks that relate
 * fields to each other (scenario-checks.ts). Throws FieldError at the first problem.
 */
import { checkScenario } from './scenario-checks';
import type {
  Caption,
  EntryFace,
  FillOrder,
  LatticePoint,
  ModelledValue,
  Scenario,
  ScenarioKeyframe,
  ScenarioReference,
} from './types';
import {
  array,
  doi,
  FieldError,
  type Json,
  join,
  member,
  number,
  object,
  oneOf,
  string,
  unknownKeys,
} from './validate-fields';

const TOP_KEYS = [
  'id',
  'title',
  'guest',
  'guestSites',
  'fullX',
  'formula',
  'keyframes',
  'latticeTable',
  'fill',
  'entry',
  'captions',
  'references',
  'modelled',
  '$schema',
  'notes',
];
const ELEMENT = /^[A-Z][a-z]?$/;

/** Reads each item of an array field with `read`, collecting unknown members. */
function items<T>(
  o: Json,
  key: string,
  unknown: string[],
  known: string[],
  read: (item: Json, path: string) => T,
): T[] {
  return array(o, key, '').map((v, i) => {
    const path = join(key, i);
    const item = object(v, path);
    unknown.push(...unknownKeys(item, path, known));
    return read(item, path);
  });
}

function readGuest(o: Json): Scenario['guest'] {
  const g = object(member(o, 'guest', ''), 'guest');
  const element = string(g, 'element', 'guest');
  if (!ELEMENT.test(element)) {
    throw new FieldError('guest.element', `"${element}" is not an element symbol (e.g. "K")`);
  }
  return { element, charge: number(g, 'charge', 'guest') };
}

function readGuestSites(o: Json): string[] {
  const list = array(o, 'guestSites', '');
  if (list.length === 0) throw new FieldError('guestSites', 'must name at least one site label');
  return list.map((v, i) => {
    if (typeof v !== 'string' || v.trim() === '') {
      throw new FieldError(`guestSites[${i}]`, 'expected a site label (non-empty string)');
    }
    return v;
  });
}

/** A source nobody has read a DOI for says so in its citation, and is matched by it. */
const DOI_UNREAD = /DOI to be confirmed/i;

function readKeyframe(k: Json, path: string): ScenarioKeyframe {
  const frame: ScenarioKeyframe = { x: number(k, 'x', path), cif: string(k, 'cif', path) };
  if (Object.hasOwn(k, 'doi') || !Object.hasOwn(k, 'cite')) frame.doi = doi(k, 'doi', path);
  else frame.cite = string(k, 'cite', path);
  return frame;
}

function readReference(r: Json, path: string): ScenarioReference {
  const cite = string(r, 'cite', path);
  if (Object.hasOwn(r, 'doi') || !DOI_UNREAD.test(cite)) return { doi: doi(r, 'doi', path), cite };
  return { cite };
}

function readModelled(m: Json, path: string): ModelledValue {
  const tag = string(m, 'tag', path);
  if (tag !== 'modelled' && tag !== 'unverified')
    throw new FieldError(join(path, 'tag'), `"${tag}" must be "modelled" or "unverified"`);
  return { what: string(m, 'what', path), tag, note: string(m, 'note', path) };
}

function readLatticePoint(p: Json, path: string): LatticePoint {
  const point: LatticePoint = {
    x: number(p, 'x', path),
    a: number(p, 'a', path),
    b: number(p, 'b', path),
    c: number(p, 'c', path),
    alpha: number(p, 'alpha', path),
    beta: number(p, 'beta', path),
    gamma: number(p, 'gamma', path),
    doi: doi(p, 'doi', path),
  };
  for (const k of ['a', 'b', 'c'] as const) {
    if (point[k] <= 0) throw new FieldError(join(path, k), `${point[k]} Å must be > 0`);
  }
  for (const k of ['alpha', 'beta', 'gamma'] as const) {
    if (point[k] <= 0 || point[k] >= 180) {
      throw new FieldError(join(path, k), `${point[k]}° must lie between 0° and 180°`);
    }
  }
  return point;
}

function readGroups(f: Json): string[][] {
  const groups = array(f, 'groups', 'fill');
  if (groups.length === 0) throw new FieldError('fill.groups', 'must hold at least one group');
  return groups.map((g, i) => {
    const path = `fill.groups[${i}]`;
    if (!Array.isArray(g) || g.length === 0) {
      throw new FieldError(path, 'expected a non-empty array of site labels');
    }
    return g.map((label, j) => {
      if (typeof label !== 'string') {
        throw new FieldError(`${path}[${j}]`, 'expected a site label (string)');
      }
      return label;
    });
  });
}

function readFill(o: Json, unknown: string[]): FillOrder {
  const f = object(member(o, 'fill', ''), 'fill');
  const kind = oneOf(f, 'kind', 'fill', ['sequence', 'front', 'random']);
  if (kind === 'sequence') {
    unknown.push(...unknownKeys(f, 'fill', ['kind', 'groups']));
    return { kind, groups: readGroups(f) };
  }
  if (kind === 'front') {
    unknown.push(...unknownKeys(f, 'fill', ['kind', 'axis', 'from']));
    const axis = oneOf(f, 'axis', 'fill', ['a', 'b', 'c']);
    return { kind, axis, from: oneOf(f, 'from', 'fill', ['low', 'high']) };
  }
  unknown.push(...unknownKeys(f, 'fill', ['kind', 'seed']));
  const seed = number(f, 'seed', 'fill');
  if (!Number.isInteger(seed)) throw new FieldError('fill.seed', `${seed} is not an integer`);
  return { kind, seed };
}

function readEntry(o: Json): EntryFace | undefined {
  if (!Object.hasOwn(o, 'entry')) return undefined;
  const e = object(o.entry, 'entry');
  return {
    axis: oneOf(e, 'axis', 'entry', ['a', 'b', 'c']),
    from: oneOf(e, 'from', 'entry', ['low', 'high']),
  };
}

function readFormula(o: Json): string {
  const formula = string(o, 'formula', '');
  if (formula.split('{x}').length !== 2) {
    throw new FieldError('formula', `"${formula}" must contain {x} exactly once`);
  }
  return formula;
}

/** Reads and checks a whole scenario; unknown member paths are appended to `unknown`. */
export function readScenarioFields(json: unknown, unknown: string[]): Scenario {
  const o = object(json, '');
  unknown.push(...unknownKeys(o, '', TOP_KEYS));
  const scenario: Scenario = {
    id: string(o, 'id', ''),
    title: string(o, 'title', ''),
    guest: readGuest(o),
    guestSites: readGuestSites(o),
    fullX: number(o, 'fullX', ''),
    formula: readFormula(o),
    keyframes: items(o, 'keyframes', unknown, ['x', 'cif', 'doi', 'cite', 'notes'], readKeyframe),
    fill: readFill(o, unknown),
    captions: items(
      o,
      'captions',
      unknown,
      ['x', 'text'],
      (c, path): Caption => ({
        x: number(c, 'x', path),
        text: string(c, 'text', path),
      }),
    ),
    references: items(o, 'references', unknown, ['doi', 'cite'], readReference),
  };
  if (Object.hasOwn(o, 'modelled'))
    scenario.modelled = items(o, 'modelled', unknown, ['what', 'tag', 'note'], readModelled);
  if (Object.hasOwn(o, 'latticeTable')) {
    const known = ['x', 'a', 'b', 'c', 'alpha', 'beta', 'gamma', 'doi', 'notes'];
    scenario.latticeTable = items(o, 'latticeTable', unknown, known, readLatticePoint);
  }
  const entry = readEntry(o);
  if (entry) scenario.entry = entry;
  checkScenario(scenario);
  return scenario;
}
