/**
 * The CIF character scanner: walks the text once, left to right, and hands out one token at a
 * time (in the manner of Mol*'s text parser: small free functions, one per kind of token).
 *
 * It knows CIF syntax only: where a value starts and ends, what is a tag, a keyword or a
 * comment. What the tokens mean (which tag owns which value) is the parser's job.
 * Every branch advances `pos` by at least one character, so no input can make it loop.
 */
import type { CifValue } from './document';

export type Token =
  | { kind: 'data'; name: string; line: number }
  /** `save_name` opens a frame; `save_` (empty name) closes one. */
  | { kind: 'save'; name: string; line: number }
  | { kind: 'global'; line: number }
  | { kind: 'loop'; line: number }
  | { kind: 'stop'; line: number }
  /** The tag as written; the parser canonicalises it. */
  | { kind: 'tag'; name: string; line: number }
  /** `bare`: written without quotes or delimiters; start/end: its span in the text. */
  | { kind: 'value'; value: CifValue; bare: boolean; start: number; end: number; line: number }
  | { kind: 'end'; line: number }
  | { kind: 'error'; message: string; line: number };

export interface Scanner {
  readonly text: string;
  pos: number;
  /** 1-based line of `pos`. */
  line: number;
  /** CIF 2.0 (magic first line `#\#CIF_2.0`): triple quotes and `[...]` / `{...}` values. */
  readonly cif2: boolean;
}

const LF = 10;
const CR = 13;
const HASH = 35;
const SEMI = 59;
const QUOTE = 39;
const DQUOTE = 34;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

export function createScanner(input: string): Scanner {
  // A byte-order mark is an encoding artefact, not part of the first token.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return { text, pos: 0, line: 1, cif2: /^#\\#CIF_2\.0/.test(text) };
}

function isNewline(c: number): boolean {
  return c === LF || c === CR;
}

/** Space, tab, line ends and other control characters all separate tokens. */
function isSpace(c: number): boolean {
  return c <= 32;
}

/** Steps over one line end at `i` (`\r\n` counts once) and returns the index after it. */
function eatNewline(s: Scanner, i: number): number {
  s.line++;
  return s.text.charCodeAt(i) === CR && s.text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
}

function atLineStart(s: Scanner, i: number): boolean {
  return i === 0 || isNewline(s.text.charCodeAt(i - 1));
}

/** Whitespace and `#` comments (a `#` here is always at a token start, so it is a comment). */
function skipSpaceAndComments(s: Scanner): void {
  const { text } = s;
  while (s.pos < text.length) {
    const c = text.charCodeAt(s.pos);
    if (isNewline(c)) s.pos = eatNewline(s, s.pos);
    else if (isSpace(c)) s.pos++;
    else if (c === HASH) {
      while (s.pos < text.length && !isNewline(text.charCodeAt(s.pos))) s.pos++;
    } else return;
  }
}

function textValue(text: string, line: number, quoted: boolean): CifValue {
  return { kind: 'text', text, line, quoted };
}

/** Line ends inside multi-line values become `\n` whatever the file used. */
function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * A CIF 1.1 quoted string: it closes only at a matching quote followed by whitespace or the
 * end of the text, so `'O'Hara'` reads as `O'Hara`. CIF 2.0 closes at the first matching
 * quote; using the 1.1 rule there too accepts every valid 2.0 string and a few more.
 */
function eatQuoted(s: Scanner, quote: number): Token {
  const { text } = s;
  const start = s.pos;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) break;
    if (c === quote && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)))) {
      s.pos = i + 1;
      const value = textValue(text.slice(start + 1, i), s.line, true);
      return { kind: 'value', value, bare: false, start, end: s.pos, line: s.line };
    }
  }
  const q = String.fromCharCode(quote);
  return {
    kind: 'error',
    line: s.line,
    message: `unterminated quoted string at line ${s.line}: expected a closing ${q} followed by a space or the end of the line`,
  };
}

/**
 * A text field: from a `;` at the start of a line to the next line that starts with `;`.
 * The line end before the closing `;` belongs to the delimiter; an opening line with nothing
 * after the `;` is dropped too, so the usual layout gives just the lines in between.
 */
function eatTextField(s: Scanner): Token {
  const { text } = s;
  const start = s.pos;
  const openLine = s.line;
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isNewline(c)) {
      i++;
      continue;
    }
    const contentEnd = i;
    i = eatNewline(s, i);
    if (text.charCodeAt(i) === SEMI) {
      s.pos = i + 1;
      let content = normaliseNewlines(text.slice(start + 1, contentEnd));
      const firstBreak = content.indexOf('\n');
      const firstLine = firstBreak < 0 ? content : content.slice(0, firstBreak);
      if (firstLine.trim() === '') content = firstBreak < 0 ? '' : content.slice(firstBreak + 1);
      const value = textValue(content, openLine, true);
      return { kind: 'value', value, bare: false, start, end: s.pos, line: openLine };
    }
  }
  s.pos = text.length;
  return {
    kind: 'error',
    line: openLine,
    message: `text field opened with ';' at line ${openLine} is never closed: expected a line starting with ';' before the end of the file`,
  };
}

/** CIF 2.0 `'''…'''` / `"""…"""`: may span lines, closes at the first triple quote. */
function eatTripleQuoted(s: Scanner, quote: number): Token {
  const { text } = s;
  const start = s.pos;
  const openLine = s.line;
  const delimiter = String.fromCharCode(quote).repeat(3);
  const close = text.indexOf(delimiter, start + 3);
  const stop = close < 0 ? text.length : close;
  for (let i = start + 3; i < stop; i++) {
    if (isNewline(text.charCodeAt(i))) i = eatNewline(s, i) - 1;
  }
  if (close < 0) {
    s.pos = text.length;
    return {
      kind: 'error',
      line: openLine,
      message: `triple-quoted string opened at line ${openLine} is never closed: expected ${delimiter}`,
    };
  }
  s.pos = close + 3;
  const value = textValue(normaliseNewlines(text.slice(start + 3, close)), openLine, true);
  return { kind: 'value', value, bare: false, start, end: s.pos, line: openLine };
}

/**
 * A CIF 2.0 list `[...]` or table `{...}`. Nothing in Tunnelscope reads these, so the value
 * is kept as its source text (brackets included) rather than parsed; the scanner only finds
 * where it ends, skipping brackets inside quoted strings and comments.
 */
function eatBracketed(s: Scanner): Token {
  const { text } = s;
  const start = s.pos;
  const openLine = s.line;
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) depth++;
    else if (c === RBRACKET || c === RBRACE) {
      depth--;
      if (depth === 0) {
        s.pos = i + 1;
        const value = textValue(normaliseNewlines(text.slice(start, s.pos)), openLine, false);
        return { kind: 'value', value, bare: false, start, end: s.pos, line: openLine };
      }
    } else if (isNewline(c)) {
      i = eatNewline(s, i);
      continue;
    } else if (c === QUOTE || c === DQUOTE) {
      // Inside a list CIF 2.0 rules apply: a string closes at its first matching quote.
      const triple = text.startsWith(String.fromCharCode(c).repeat(3), i);
      const delimiter = String.fromCharCode(c).repeat(triple ? 3 : 1);
      const close = text.indexOf(delimiter, i + delimiter.length);
      const stop = close < 0 ? text.length : close;
      for (let j = i + 1; j < stop; j++) {
        if (isNewline(text.charCodeAt(j))) j = eatNewline(s, j) - 1;
      }
      i = close < 0 ? text.length : close + delimiter.length;
      continue;
    } else if (c === HASH && isSpace(text.charCodeAt(i - 1))) {
      while (i < text.length && !isNewline(text.charCodeAt(i))) i++;
      continue;
    }
    i++;
  }
  s.pos = text.length;
  const open = text[start];
  return {
    kind: 'error',
    line: openLine,
    message: `list or table opened with '${open}' at line ${openLine} is never closed: expected a matching '${open === '[' ? ']' : '}'}'`,
  };
}

/** A run of non-space characters: a tag, a reserved word, or an unquoted value. */
function eatWord(s: Scanner): Token {
  const { text } = s;
  const start = s.pos;
  while (s.pos < text.length && !isSpace(text.charCodeAt(s.pos))) s.pos++;
  const word = text.slice(start, s.pos);
  const line = s.line;
  if (word.charCodeAt(0) === 95 /* _ */) return { kind: 'tag', name: word, line };
  // Reserved words are case-insensitive (CIF 1.1 §2.2.7.1).
  const lower = word.toLowerCase();
  if (lower.startsWith('data_')) return { kind: 'data', name: word.slice(5), line };
  if (lower.startsWith('save_')) return { kind: 'save', name: word.slice(5), line };
  if (lower === 'loop_') return { kind: 'loop', line };
  if (lower === 'global_') return { kind: 'global', line };
  if (lower === 'stop_') return { kind: 'stop', line };
  let value: CifValue;
  if (word === '?') value = { kind: 'unknown', line };
  else if (word === '.') value = { kind: 'inapplicable', line };
  else value = textValue(word, line, false);
  return { kind: 'value', value, bare: true, start, end: s.pos, line };
}

export function nextToken(s: Scanner): Token {
  skipSpaceAndComments(s);
  const { text } = s;
  if (s.pos >= text.length) return { kind: 'end', line: s.line };
  const c = text.charCodeAt(s.pos);
  if (c === SEMI && atLineStart(s, s.pos)) return eatTextField(s);
  if (c === QUOTE || c === DQUOTE) {
    const triple = s.cif2 && text.startsWith(String.fromCharCode(c).repeat(3), s.pos);
    return triple ? eatTripleQuoted(s, c) : eatQuoted(s, c);
  }
  if (s.cif2 && (c === LBRACKET || c === LBRACE)) return eatBracketed(s);
  return eatWord(s);
}
