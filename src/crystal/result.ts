/**
 * Results instead of throws: every reader and interpreter in the core returns one of these,
 * so a bad file becomes a message with a line number rather than an exception.
 */

/** A problem found in an input, located where possible (1-based line numbers). */
export interface Diagnostic {
  message: string;
  line?: number;
  /** File name, when the caller knows it (set by the loader, not the parsers). */
  file?: string;
}

export type Result<T> =
  | { ok: true; value: T; warnings: Diagnostic[] }
  | { ok: false; error: Diagnostic; warnings: Diagnostic[] };

export function ok<T>(value: T, warnings: Diagnostic[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function fail<T>(message: string, line?: number, warnings: Diagnostic[] = []): Result<T> {
  return { ok: false, error: line === undefined ? { message } : { message, line }, warnings };
}

/** "file:line: message" — the form the CLI prints and the UI shows. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line].filter((p) => p !== undefined && p !== '').join(':');
  return where ? `${where}: ${d.message}` : d.message;
}
