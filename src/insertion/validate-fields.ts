/**
 * Typed readers for untrusted JSON fields. Each names the field path it was given, so an error
 * reads `keyframes[1].x: expected a number, found "1.3"`. They throw FieldError, which
 * validateScenario turns into a Result: the throwing keeps the field-by-field code linear.
 */

export class FieldError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path || '(root)'}: ${reason}`);
  }
}

export type Json = Record<string, unknown>;

/** `"1.3"`, `[…] (3 items)`, `an object`: what was found instead of what was expected. */
export function describeJson(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array (${v.length} items)`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function object(v: unknown, path: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new FieldError(path, `expected an object, found ${describeJson(v)}`);
  }
  return v as Json;
}

/** A required member: missing is its own message, distinct from a wrong type. */
export function member(o: Json, key: string, path: string): unknown {
  if (!Object.hasOwn(o, key)) throw new FieldError(join(path, key), 'missing');
  return o[key];
}

export function string(o: Json, key: string, path: string, nonEmpty = true): string {
  const v = member(o, key, path);
  if (typeof v !== 'string') {
    throw new FieldError(join(path, key), `expected a string, found ${describeJson(v)}`);
  }
  if (nonEmpty && v.trim() === '') throw new FieldError(join(path, key), 'must not be empty');
  return v;
}

export function number(o: Json, key: string, path: string): number {
  const v = member(o, key, path);
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new FieldError(join(path, key), `expected a number, found ${describeJson(v)}`);
  }
  return v;
}

export function array(o: Json, key: string, path: string): unknown[] {
  const v = member(o, key, path);
  if (!Array.isArray(v)) {
    throw new FieldError(join(path, key), `expected an array, found ${describeJson(v)}`);
  }
  return v;
}

export function oneOf<T extends string>(o: Json, key: string, path: string, allowed: T[]): T {
  const v = member(o, key, path);
  if (typeof v !== 'string' || !allowed.includes(v as T)) {
    const list = allowed.map((a) => `"${a}"`).join(', ');
    throw new FieldError(join(path, key), `expected one of ${list}, found ${describeJson(v)}`);
  }
  return v as T;
}

/** Members this version does not know: a warning each (typos, or fields from a newer format). */
export function unknownKeys(o: Json, path: string, known: string[]): string[] {
  return Object.keys(o)
    .filter((k) => !known.includes(k))
    .map((k) => join(path, k));
}

/** `10.1021/cm0490130`: registrant code of 4–9 digits, a slash, a non-empty suffix. */
const DOI = /^10\.\d{4,9}\/\S+$/;

export function doi(o: Json, key: string, path: string): string {
  const v = string(o, key, path);
  if (!DOI.test(v)) {
    const hint = /^(https?:\/\/|doi:)/i.test(v) ? ' (drop the resolver prefix)' : '';
    throw new FieldError(join(path, key), `"${v}" is not a DOI of the form 10.xxxx/…${hint}`);
  }
  return v;
}
