/**
 * A small JSON reader that remembers the line of every value, so a scenario error can say
 * `file:12: keyframes[1].x: …` and a syntax error names its line (JSON.parse only gives a
 * character offset, and not in every engine). Strict JSON (RFC 8259): no comments, no
 * trailing commas.
 */
import { fail, ok, type Result } from '../crystal/result';

export interface JsonWithLines {
  value: unknown;
  /** Field path (`keyframes[1].x`, `''` for the root) → 1-based line where its value starts. */
  lines: Map<string, number>;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Reader {
  pos = 0;
  line = 1;
  readonly lines = new Map<string, number>();

  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new JsonSyntaxError(message, this.line);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const ch = t[this.pos];
      if (ch === '\n') this.line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      this.pos++;
    }
  }

  describe(): string {
    return this.pos >= this.text.length ? 'end of file' : `'${this.text[this.pos]}'`;
  }

  value(path: string): unknown {
    this.skipSpace();
    this.lines.set(path, this.line);
    const ch = this.text[this.pos];
    if (ch === '{') return this.object(path);
    if (ch === '[') return this.array(path);
    if (ch === '"') return this.string();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m) {
      this.pos += m[0].length;
      return Number(m[0]);
    }
    return this.fail(`expected a value, found ${this.describe()}`);
  }

  object(path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++; // {
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail(`expected a "key", found ${this.describe()}`);
      const key = this.string();
      if (Object.hasOwn(out, key)) this.fail(`duplicate key "${key}"`);
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after "${key}"`);
      this.pos++;
      out[key] = this.value(path ? `${path}.${key}` : key);
      if (this.endOf('}', `"${key}"`)) return out;
    }
  }

  array(path: string): unknown[] {
    const out: unknown[] = [];
    this.pos++; // [
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(`${path}[${out.length}]`));
      if (this.endOf(']', `item ${out.length - 1}`)) return out;
    }
  }

  /** After a member: the closer ends the container (true), a comma continues it (false). */
  endOf(closer: string, after: string): boolean {
    this.skipSpace();
    const ch = this.text[this.pos];
    this.pos++;
    if (ch === closer) return true;
    if (ch === ',') return false;
    this.pos--;
    return this.fail(`expected ',' or '${closer}' after ${after}, found ${this.describe()}`);
  }

  string(): string {
    const t = this.text;
    let out = '';
    this.pos++; // opening quote
    while (this.pos < t.length) {
      const ch = t[this.pos++];
      if (ch === '"') return out;
      if (ch === '\n' || ch < ' ') this.fail('unterminated string (control character or newline)');
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      const e = t[this.pos++];
      if (e === 'u') {
        const hex = t.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(`bad \\u escape '\\u${hex}'`);
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.pos += 4;
      } else if (e in ESCAPES) out += ESCAPES[e];
      else this.fail(`bad escape '\\${e}' in string`);
    }
    return this.fail('unterminated string');
  }
}

/** Parses JSON text; a syntax error is a Result failure with its 1-based line. */
export function parseJsonWithLines(text: string): Result<JsonWithLines> {
  const r = new Reader(text);
  if (text.charCodeAt(0) === 0xfeff) r.pos = 1; // a byte-order mark some editors write
  try {
    const value = r.value('');
    r.skipSpace();
    if (r.pos < text.length) r.fail(`unexpected ${r.describe()} after the end of the JSON value`);
    return ok({ value, lines: r.lines });
  } catch (e) {
    if (e instanceof JsonSyntaxError) return fail(`JSON syntax: ${e.message}`, e.line);
    throw e;
  }
}
