/**
 * CIF text → CifDocument: which tag owns which value, which values form a loop, which block
 * they belong to. No crystallographic meaning (that is the interpreter's job).
 *
 * Bad input gives `fail(message, line)`: never an exception, never a partial document. Things
 * that real files get wrong but that leave the meaning clear are read with a warning instead;
 * each such decision is commented where it is made.
 */

import { formatCount, MAX_CELL_ATOMS } from '../limits';
import type { Diagnostic, Result } from '../result';
import { fail, ok } from '../result';
import type { CifBlock, CifDocument, CifLoop, CifValue } from './document';
import { createScanner, nextToken, type Scanner, type Token } from './scanner';
import { canonicalTag } from './tags';

interface Parser {
  scanner: Scanner;
  /** One token of lookahead: a loop ends, and a spaced value stops, at the next non-value. */
  ahead: Token | null;
  blocks: CifBlock[];
  block: CifBlock | null;
  warnings: Diagnostic[];
  /** Told the fraction of the text read every PROGRESS_TOKENS tokens (a large file's reader). */
  onProgress?: (fraction: number) => void;
  tokens: number;
}

/** Often enough for a smooth bar, rare enough to cost nothing (~every 100 kB of atom rows). */
const PROGRESS_TOKENS = 16384;

/** A parse step either succeeds (undefined) or carries the error that stops the parse. */
type StepError = { message: string; line: number };

function next(p: Parser): Token {
  const t = p.ahead ?? nextToken(p.scanner);
  p.ahead = null;
  if (p.onProgress && ++p.tokens % PROGRESS_TOKENS === 0)
    p.onProgress(p.scanner.pos / p.scanner.text.length);
  return t;
}

function peek(p: Parser): Token {
  p.ahead ??= nextToken(p.scanner);
  return p.ahead;
}

function warn(p: Parser, message: string, line: number): void {
  p.warnings.push({ message, line });
}

/** How a token reads in "expected X before Y" messages. */
function describe(t: Token): string {
  switch (t.kind) {
    case 'end':
      return 'the end of the file';
    case 'tag':
      return `the next tag ${t.name} at line ${t.line}`;
    case 'data':
      return `the data_ heading at line ${t.line}`;
    case 'loop':
      return `loop_ at line ${t.line}`;
    case 'value':
      return `a value at line ${t.line}`;
    default:
      return `${t.kind}_ at line ${t.line}`;
  }
}

export function parseCif(
  text: string,
  onProgress?: (fraction: number) => void,
): Result<CifDocument> {
  const p: Parser = {
    scanner: createScanner(text),
    ahead: null,
    blocks: [],
    block: null,
    warnings: [],
    onProgress,
    tokens: 0,
  };
  for (;;) {
    const t = next(p);
    let error: StepError | undefined;
    switch (t.kind) {
      case 'end':
        if (p.blocks.length === 0) warn(p, 'no data_ block found: the file holds no data', t.line);
        return ok({ blocks: p.blocks }, p.warnings);
      case 'error':
        error = t;
        break;
      case 'data':
        startBlock(p, t.name, t.line);
        break;
      case 'global':
        // STAR's global_ block holds defaults for the blocks after it; CIF 1.1 reserves the
        // word and no crystallographic file relies on it, so its contents are skipped.
        warn(
          p,
          `global_ block at line ${t.line} skipped: Tunnelscope reads only data_ blocks`,
          t.line,
        );
        error = skipUntilBlock(p);
        break;
      case 'save':
        error = skipSaveFrame(p, t);
        break;
      case 'stop':
        warn(
          p,
          `stop_ at line ${t.line} ignored: it is reserved in CIF 1.1 and ends no loop here`,
          t.line,
        );
        break;
      case 'loop':
        error = needBlock(p, 'loop_', t.line) ?? readLoop(p, t.line);
        break;
      case 'tag':
        error = needBlock(p, `tag ${t.name}`, t.line) ?? readItem(p, t);
        break;
      case 'value':
        error =
          needBlock(p, 'a value', t.line) ??
          valueWithoutTag(t.value, t.line, p.scanner.text.slice(t.start, t.end));
        break;
    }
    if (error) return fail(error.message, error.line, p.warnings);
  }
}

function needBlock(p: Parser, what: string, line: number): StepError | undefined {
  if (p.block) return undefined;
  return {
    line,
    message: `${what} at line ${line} comes before the first data_ heading: expected data_<name> first`,
  };
}

function valueWithoutTag(value: CifValue, line: number, source: string): StepError {
  const shown = source.length > 40 ? `${source.slice(0, 40)}…` : source;
  const hint =
    value.kind === 'text' && !value.quoted ? ' (or quotes around a value containing spaces)' : '';
  return {
    line,
    message: `value ${shown} at line ${line} has no tag before it: expected a tag (_name) or loop_${hint}`,
  };
}

/** Duplicate block names are kept (files concatenated from a database do this) but flagged. */
function startBlock(p: Parser, name: string, line: number): void {
  if (name === '') warn(p, `data_ heading at line ${line} has no block name`, line);
  const same = p.blocks.find((b) => b.name.toLowerCase() === name.toLowerCase());
  if (same) {
    warn(
      p,
      `data block name '${name}' at line ${line} repeats the block at line ${same.line}; both are kept`,
      line,
    );
  }
  p.block = { name, line, items: new Map(), loops: [] };
  p.blocks.push(p.block);
}

/** Skip a global_ block: everything up to the next data_ heading or the end of the file. */
function skipUntilBlock(p: Parser): StepError | undefined {
  for (;;) {
    const t = peek(p);
    if (t.kind === 'error') return t;
    if (t.kind === 'end' || t.kind === 'data') return undefined;
    next(p);
  }
}

/**
 * Save frames belong to dictionaries, not to structure files, so their contents are skipped
 * (still scanned, so a broken quote inside one is reported). A frame with no closing `save_`
 * ends at the next data_ heading.
 */
function skipSaveFrame(p: Parser, open: Token & { kind: 'save' }): StepError | undefined {
  if (open.name === '') {
    warn(p, `save_ at line ${open.line} closes no save frame; ignored`, open.line);
    return undefined;
  }
  warn(p, `save frame save_${open.name} at line ${open.line} skipped`, open.line);
  for (;;) {
    const t = peek(p);
    if (t.kind === 'error') return t;
    if (t.kind === 'end' || t.kind === 'data' || t.kind === 'global') {
      warn(p, `save frame save_${open.name} at line ${open.line} has no closing save_`, open.line);
      return undefined;
    }
    next(p);
    if (t.kind === 'save' && t.name === '') return undefined;
  }
}

/**
 * A single-valued item: a tag and its value.
 *
 * Leniency: some programs write an unquoted value with spaces, e.g.
 * `_pd_phase_name  Na0.8CoO2_P63mmc supercell`. Strict CIF reads the second word as a value
 * with no tag, an error. Outside a loop the intent is plain, so when the value is unquoted
 * and more values (never a tag) follow on the same line, the rest of the line (up to a
 * comment) becomes the value, with a warning.
 */
function readItem(p: Parser, tagToken: Token & { kind: 'tag' }): StepError | undefined {
  const block = p.block!;
  const t = next(p);
  if (t.kind === 'error') return t;
  if (t.kind !== 'value') {
    return {
      line: tagToken.line,
      message: `tag ${tagToken.name} at line ${tagToken.line} has no value: expected a value before ${describe(t)}`,
    };
  }
  let value = t.value;
  if (t.bare) {
    let end = t.end;
    for (let more = peek(p); more.kind === 'value' && more.line === t.line; more = peek(p)) {
      end = more.end;
      next(p);
    }
    if (end !== t.end) {
      const text = p.scanner.text.slice(t.start, end);
      value = { kind: 'text', text, line: t.line, quoted: false };
      warn(
        p,
        `value of ${tagToken.name} at line ${t.line} contains spaces but is not quoted; read as '${text}'`,
        t.line,
      );
    }
  }
  const tag = canonicalTag(tagToken.name);
  const earlier = block.items.get(tag);
  if (!earlier) {
    block.items.set(tag, value);
  } else if (!sameValue(earlier, value)) {
    // Usually an old and a new name for one item (both canonicalise alike). Same value: fine.
    // Different values: the first one wins, and the user hears about the conflict.
    warn(
      p,
      `tag ${tagToken.name} at line ${tagToken.line} repeats ${tag} from line ${earlier.line} with a different value; keeping the first`,
      tagToken.line,
    );
  }
  return undefined;
}

function sameValue(a: CifValue, b: CifValue): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'text' || (b.kind === 'text' && a.text.trim() === b.text.trim());
}

/**
 * `loop_`, its tags, then values until the next non-value. The value count must be a whole
 * number of rows: a missing or extra value shifts every later column, so this is an error.
 * A loop with tags but no values is kept empty with a warning (a few programs write them).
 */
function readLoop(p: Parser, loopLine: number): StepError | undefined {
  const written: string[] = [];
  for (let t = peek(p); t.kind === 'tag'; t = peek(p)) {
    written.push(t.name);
    next(p);
  }
  if (written.length === 0) {
    const t = peek(p);
    if (t.kind === 'error') return t;
    return {
      line: loopLine,
      message: `loop_ at line ${loopLine} has no tags: expected _tag names after loop_, found ${describe(t)}`,
    };
  }
  const values: CifValue[] = [];
  // An atom-site loop longer than a drawable cell is refused as soon as its length is known.
  const atoms = written.some((w) => canonicalTag(w) === '_atom_site_fract_x');
  const maxValues = atoms ? (MAX_CELL_ATOMS + 1) * written.length : Number.POSITIVE_INFINITY;
  for (let t = peek(p); t.kind === 'value'; t = peek(p)) {
    values.push(t.value);
    next(p);
    if (values.length >= maxValues) {
      return {
        line: t.value.line,
        message: `the atom-site loop from line ${loopLine} holds more than ${formatCount(MAX_CELL_ATOMS)} atoms (the limit per cell)`,
      };
    }
  }
  const after = peek(p);
  if (after.kind === 'error') return after;
  if (after.kind === 'stop') {
    warn(
      p,
      `stop_ at line ${after.line} ends the loop from line ${loopLine} (stop_ is reserved in CIF 1.1)`,
      after.line,
    );
    next(p);
  }

  const n = written.length;
  if (values.length % n !== 0) {
    const m = values.length;
    return {
      line: loopLine,
      message:
        `loop at line ${loopLine} has ${n} tags but ${m} values (${m} is not a multiple of ${n}); ` +
        `its values run from line ${values[0].line} to line ${values[m - 1].line}: look for a missing value or an unquoted value with a space`,
    };
  }
  if (values.length === 0) {
    warn(p, `loop at line ${loopLine} has ${n} tags but no values; kept with no rows`, loopLine);
  }

  const tags = written.map(canonicalTag);
  tags.forEach((tag, i) => {
    const first = tags.indexOf(tag);
    if (first !== i) {
      // e.g. both _space_group_symop_operation_xyz and _symmetry_equiv_pos_as_xyz: the columns
      // are kept (rows keep their shape) and lookups find the first.
      warn(
        p,
        `loop at line ${loopLine} declares ${tag} twice (as ${written[first]} and ${written[i]}); the first column is used`,
        loopLine,
      );
    }
  });
  const rows: CifValue[][] = [];
  for (let r = 0; r < values.length; r += n) rows.push(values.slice(r, r + n));
  const loop: CifLoop = { tags, rows, line: loopLine };
  p.block!.loops.push(loop);
  return undefined;
}
