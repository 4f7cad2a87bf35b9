/**
 * CIF text → Crystals: parse, interpret every block that holds a structure, and run the
 * symmetry step (multiplicities, Wyckoff letters). Blocks without a cell or without atom
 * sites (e.g. a publication block) are skipped with a warning naming the block.
 */
import { blockItem, type CifBlock, cifNumber, loopColumn, parseCif } from './cif';
import { countCellAtoms, expandCell } from './expand';
import { interpretBlock } from './interpret';
import { findAtomSiteLoop } from './interpret-sites';
import { formatCount, MAX_CELL_ATOMS, MAX_CIF_CHARS } from './limits';
import { type Diagnostic, formatDiagnostic, type Result } from './result';
import type { Crystal } from './types';
import { assignWyckoff } from './wyckoff';

/**
 * A cell and at least one atom with a numeric x: Pauling File blocks carry an atom-site loop
 * whose only row is `? ? ? …`, which is no structure rather than a broken one.
 */
function hasStructure(block: CifBlock): boolean {
  if (blockItem(block, '_cell_length_a') === undefined) return false;
  const loop = findAtomSiteLoop(block);
  const x = loop ? loopColumn(loop, '_atom_site_fract_x') : -1;
  return x >= 0 && loop!.rows.some((row) => cifNumber(row[x]) !== null);
}

function located(d: Diagnostic, file: string | undefined): Diagnostic {
  return file === undefined ? d : { ...d, file };
}

/**
 * Multiplicities and Wyckoff letters, filled in place; returns the warnings, or the error of
 * a cell that holds more atoms than the view can draw.
 */
export function annotateSymmetry(crystal: Crystal): Result<Diagnostic[]> {
  if (countCellAtoms(crystal, MAX_CELL_ATOMS) > MAX_CELL_ATOMS) {
    const message = `the cell holds more than ${formatCount(MAX_CELL_ATOMS)} atoms after symmetry (the limit per cell)`;
    return { ok: false, error: { message }, warnings: [] };
  }
  const cell = expandCell(crystal);
  if (cell.count > MAX_CELL_ATOMS) {
    const message = `the cell holds ${formatCount(cell.count)} atoms after symmetry; the limit is ${formatCount(MAX_CELL_ATOMS)}`;
    return { ok: false, error: { message }, warnings: [] };
  }
  return { ok: true, value: assignWyckoff(crystal, cell), warnings: [] };
}

/** One block: interpreted, expanded and annotated, or the error that stops it. */
function readBlock(block: CifBlock): Result<Crystal> {
  const r = interpretBlock(block);
  if (!r.ok) return r;
  const symmetry = annotateSymmetry(r.value);
  if (!symmetry.ok) {
    return { ok: false, error: { ...symmetry.error, line: block.line }, warnings: r.warnings };
  }
  // Block-wide symmetry warnings point at the block's heading.
  const own = symmetry.value.map((w) => ({ line: block.line, ...w }));
  return { ok: true, value: r.value, warnings: [...r.warnings, ...own] };
}

export interface CifStructures {
  crystals: Crystal[];
  /** Warnings about each crystal's own block (also in the Result's `warnings`). */
  blockWarnings: Diagnostic[][];
}

/** Where a read is: parsing the text (fraction by characters), then each block's sites. */
export type ReadStage = 'parse' | 'sites';

/** Told how far a read has come (`fraction` 0–1 within the stage). */
export type ReadProgress = (stage: ReadStage, fraction: number) => void;

export function readCif(
  text: string,
  file?: string,
  onProgress?: ReadProgress,
): Result<CifStructures> {
  if (text.trim() === '') {
    return {
      ok: false,
      error: located({ message: 'the file is empty', line: 1 }, file),
      warnings: [],
    };
  }
  if (text.length > MAX_CIF_CHARS) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    const message = `the file is ${mb(text.length)} MB; the limit is ${mb(MAX_CIF_CHARS)} MB`;
    return { ok: false, error: located({ message, line: 1 }, file), warnings: [] };
  }
  const parsed = parseCif(text, onProgress && ((f) => onProgress('parse', f)));
  const warnings: Diagnostic[] = [...parsed.warnings];
  const at = (list: Diagnostic[]) => list.map((d) => located(d, file));
  if (!parsed.ok) return { ok: false, error: located(parsed.error, file), warnings: at(warnings) };

  const crystals: Crystal[] = [];
  const blockWarnings: Diagnostic[][] = [];
  let firstError: { error: Diagnostic; note: Diagnostic } | undefined;
  const { blocks } = parsed.value;
  for (const [i, block] of blocks.entries()) {
    onProgress?.('sites', i / blocks.length);
    if (!hasStructure(block)) {
      warnings.push({
        message: `data_${block.name} holds no structure (no cell or no atom sites): skipped`,
        line: block.line,
      });
      continue;
    }
    const r = readBlock(block);
    if (!r.ok) {
      // One unreadable block does not sink the others: it is reported and skipped.
      const note = {
        message: `data_${block.name} cannot be read (${formatDiagnostic(r.error)}): skipped`,
        line: r.error.line ?? block.line,
      };
      firstError ??= { error: located(r.error, file), note };
      warnings.push(...r.warnings, note);
      continue;
    }
    const own = at(r.warnings);
    warnings.push(...r.warnings);
    crystals.push(r.value);
    blockWarnings.push(own);
  }
  if (crystals.length === 0 && firstError) {
    // No block could be read: the first failing block's own error is the file's error.
    const rest = warnings.filter((w) => w !== firstError?.note);
    return { ok: false, error: firstError.error, warnings: at(rest) };
  }
  if (crystals.length === 0) {
    // Point at the first block (or line 1) so the message still reads FILE:LINE.
    const line = parsed.value.blocks[0]?.line ?? 1;
    const error = { message: 'no data block holds a structure (a cell and atom sites)', line };
    return { ok: false, error: located(error, file), warnings: at(warnings) };
  }
  return { ok: true, value: { crystals, blockWarnings }, warnings: at(warnings) };
}
