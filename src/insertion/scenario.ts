/**
 * Scenario files: untrusted JSON → a checked `Scenario`. Every error names the file, the field
 * path (`keyframes[1].x`) and why; parseScenarioText also gives the line of the field (or of
 * the syntax error). Unknown members are warnings, so an older app reads a newer file.
 */
import type { Diagnostic, Result } from '../crystal/result';
import { parseJsonWithLines } from './json-lines';
import { readScenarioFields } from './scenario-fields';
import type { Scenario } from './types';
import { FieldError } from './validate-fields';

interface Located {
  path: string;
  message: string;
}

function diagnostic(file: string, e: Located, lines?: Map<string, number>): Diagnostic {
  const message = e.path ? `${e.path}: ${e.message}` : e.message;
  const line = lines === undefined ? undefined : lineOf(e.path, lines);
  return line === undefined ? { file, message } : { file, line, message };
}

/** Line of a field, or of its nearest parent that exists (a missing field has no line). */
function lineOf(path: string, lines: Map<string, number>): number | undefined {
  for (let p = path; ; ) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === '') return undefined;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut < 0 ? '' : p.slice(0, cut);
  }
}

function check(json: unknown, file: string, lines?: Map<string, number>): Result<Scenario> {
  const unknown: string[] = [];
  try {
    const scenario = readScenarioFields(json, unknown);
    const warnings = unknown.map((path) =>
      diagnostic(file, { path, message: 'unknown field, ignored' }, lines),
    );
    return { ok: true, value: scenario, warnings };
  } catch (e) {
    if (!(e instanceof FieldError)) throw e;
    return {
      ok: false,
      error: diagnostic(file, { path: e.path, message: e.reason }, lines),
      warnings: [],
    };
  }
}

/** Checks parsed JSON against the scenario format (types.ts) and its cross-references. */
export function validateScenario(json: unknown, file: string): Result<Scenario> {
  return check(json, file);
}

/** Parses scenario JSON text (syntax errors with their line), then validates it. */
export function parseScenarioText(text: string, file: string): Result<Scenario> {
  const parsed = parseJsonWithLines(text);
  if (!parsed.ok) return { ok: false, error: { ...parsed.error, file }, warnings: [] };
  return check(parsed.value.value, file, parsed.value.lines);
}
