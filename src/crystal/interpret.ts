/**
 * One CIF block → one Crystal: the cell, the symmetry operators and the asymmetric-unit sites.
 * Pure: the CIF syntax comes in as a CifBlock, meaning goes out as a Crystal or a located error.
 */
import { cellLengthOutOfRange, flatCell } from './cell-limits';
import { blockItem, type CifBlock, cifNumber, cifText } from './cif';
import { interpretSites } from './interpret-sites';
import { interpretSymmetry } from './interpret-symmetry';
import { latticeFromParams } from './lattice';
import { type Diagnostic, fail, ok, type Result } from './result';
import { mergeSymmetryCopies, overfullWarnings } from './site-copies';
import type { Crystal, LatticeParams } from './types';

const CELL_TAGS = [
  ['a', '_cell_length_a'],
  ['b', '_cell_length_b'],
  ['c', '_cell_length_c'],
  ['alpha', '_cell_angle_alpha'],
  ['beta', '_cell_angle_beta'],
  ['gamma', '_cell_angle_gamma'],
] as const;

const TITLE_TAGS = ['_chemical_formula_sum', '_chemical_name_mineral', '_chemical_name_systematic'];

/** All six parameters are required: a missing one names its tag and the block's line. */
export function readCellParams(block: CifBlock): Result<LatticeParams> {
  const p = { a: 0, b: 0, c: 0, alpha: 0, beta: 0, gamma: 0 };
  for (const [key, tag] of CELL_TAGS) {
    const v = blockItem(block, tag);
    const n = cifNumber(v);
    if (!n) {
      const why = !v
        ? 'is missing'
        : v.kind === 'text'
          ? `is not a number (${v.text.trim().slice(0, 40)})`
          : `is ${v.kind === 'unknown' ? 'unknown (?)' : 'inapplicable (.)'}`;
      return fail(`${tag} ${why} in data_${block.name}`, v?.line ?? block.line);
    }
    p[key] = n.value;
  }
  return ok(p);
}

function title(block: CifBlock): string | undefined {
  for (const tag of TITLE_TAGS) {
    const t = cifText(blockItem(block, tag))?.trim();
    if (t) return t;
  }
  return undefined;
}

function tagLine(block: CifBlock, param: keyof LatticeParams): number {
  const tag = CELL_TAGS.find(([key]) => key === param)?.[1] ?? '_cell_length_a';
  return blockItem(block, tag)?.line ?? block.line;
}

export function interpretBlock(block: CifBlock): Result<Crystal> {
  const params = readCellParams(block);
  if (!params.ok) return params;
  const tooLong = cellLengthOutOfRange(params.value);
  if (tooLong) return fail(tooLong.message, tagLine(block, tooLong.param));
  const lattice = latticeFromParams(params.value);
  if (!lattice.ok) return fail(lattice.error.message, tagLine(block, 'a'));
  const flat = flatCell(lattice.value);
  if (flat) return fail(flat.message, tagLine(block, flat.param));
  const warnings: Diagnostic[] = [];
  const symmetry = interpretSymmetry(block, params.value);
  warnings.push(...symmetry.warnings);
  if (!symmetry.ok) return fail(symmetry.error.message, symmetry.error.line, warnings);
  const sites = interpretSites(block, lattice.value);
  warnings.push(...sites.warnings);
  if (!sites.ok) return fail(sites.error.message, sites.error.line, warnings);
  const { ops, spaceGroup } = symmetry.value;
  const folded = mergeSymmetryCopies(sites.value, ops, lattice.value);
  warnings.push(...folded.warnings, ...overfullWarnings(folded.sites));
  const crystal: Crystal = {
    name: block.name,
    lattice: lattice.value,
    spaceGroup,
    ops,
    sites: folded.sites,
  };
  const t = title(block);
  if (t) crystal.title = t;
  return ok(crystal, warnings);
}
