/**
 * The symmetry of one CIF block: the operators it lists (parsed once), else the group it
 * names — Hall symbol, then H-M symbol, then ITA number — looked up in moyo's tables.
 */
import { blockItem, type CifBlock, type CifLoop, cifNumber, cifText, findLoop } from './cif';
import { type Diagnostic, fail, ok, type Result } from './result';
import { centredFromPrimitive } from './symmetry/centred-setting';
import { identifyHallNumber } from './symmetry/identify';
import {
  type SpaceGroupInfo,
  spaceGroupFromHall,
  spaceGroupFromHm,
  spaceGroupFromNumber,
} from './symmetry/lookup';
import { hallEntry, NOT_LOADED } from './symmetry/moyo';
import { parseXyz } from './symmetry/xyz';
import type { LatticeParams, SpaceGroup, SymOp } from './types';

const OPS_TAG = '_space_group_symop_operation_xyz';
// Magnetic CIFs list the operators and the centring translations in two loops.
const MAGN_OPS_TAG = '_space_group_symop_magn_operation_xyz';
const MAGN_CENTRING_TAG = '_space_group_symop_magn_centering_xyz';
const MAGN_NAME_TAG = '_space_group_magn_name_bns';
const HALL_TAG = '_space_group_name_hall';
const HM_TAG = '_space_group_name_h-m_alt';
const HM_FULL_TAG = '_space_group_name_h-m_full';
const NUMBER_TAG = '_space_group_it_number';

export interface BlockSymmetry {
  ops: SymOp[];
  spaceGroup: SpaceGroup;
}

/** Every row of the loop's operator column, parsed; a bad one is an error at its line. */
function readOperatorLoop(loop: CifLoop, column: number): Result<SymOp[]> {
  const ops: SymOp[] = [];
  for (const row of loop.rows) {
    const v = row[column];
    const text = cifText(v);
    if (text === null) return fail(`symmetry operator missing (${OPS_TAG})`, v.line);
    const parsed = parseXyz(text);
    if (!parsed.ok) return fail(parsed.message, v.line);
    ops.push(parsed.op);
  }
  if (ops.length === 0) return fail('the symmetry operator loop is empty', loop.line);
  return ok(ops);
}

/** g then c: (Rc·Rg, Rc·tg + tc), wrapped. */
function compose(c: SymOp, g: SymOp): SymOp {
  const rot = new Array<number>(9).fill(0) as SymOp['rot'];
  const trans: SymOp['trans'] = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < 3; k++) rot[3 * i + j] += c.rot[3 * i + k] * g.rot[3 * k + j];
      trans[i] += c.rot[3 * i + j] * g.trans[j];
    }
    trans[i] += c.trans[i];
    trans[i] -= Math.floor(trans[i] + 1e-9);
  }
  return { rot, trans };
}

/** `_symmetry_equiv_pos_as_xyz x,y,z` written as a single item: one operator. */
function singleOperator(block: CifBlock): Result<SymOp[]> | undefined {
  const v = block.items.get(OPS_TAG);
  if (!v) return undefined;
  const text = cifText(v);
  if (text === null) return undefined;
  const parsed = parseXyz(text);
  return parsed.ok ? ok([parsed.op]) : fail(parsed.message, v.line);
}

function listedOperators(block: CifBlock): Result<SymOp[]> | undefined {
  const plain = findLoop(block, OPS_TAG);
  if (plain) return readOperatorLoop(plain.loop, plain.column);
  const single = singleOperator(block);
  if (single) return single;
  const magn = findLoop(block, MAGN_OPS_TAG);
  if (!magn) return undefined;
  const ops = readOperatorLoop(magn.loop, magn.column);
  const centring = findLoop(block, MAGN_CENTRING_TAG);
  if (!ops.ok || !centring) return ops;
  const shifts = readOperatorLoop(centring.loop, centring.column);
  if (!shifts.ok) return shifts;
  return ok(shifts.value.flatMap((c) => ops.value.map((g) => compose(c, g))));
}

function fromTables(info: SpaceGroupInfo, source: SpaceGroup['source'], name?: string) {
  const spaceGroup: SpaceGroup = {
    symbol: name ?? info.symbol,
    number: info.number,
    hallNumber: info.hallNumber,
    source,
  };
  return { ops: info.ops, spaceGroup };
}

/**
 * An H-M symbol from the tables, else a centred setting they lack (`A -1`) built from its
 * primitive group: the ITA number is then the tabulated setting's if the operators match
 * one, the primitive group's for triclinic cells (a centred P-1 is still P-1), else unknown.
 */
function fromHm(hm: string, cell: LatticeParams): Result<BlockSymmetry> {
  const r = spaceGroupFromHm(hm, cell);
  if (r.ok) return ok(fromTables(r.value, 'hm', hm));
  const centred = centredFromPrimitive(hm);
  if (!centred.ok) return r;
  const { ops, base } = centred.value;
  const hall = identifyHallNumber(ops);
  const entry = hall === null ? undefined : hallEntry(hall);
  const number = entry?.ok ? entry.value.number : base.number <= 2 ? base.number : null;
  return ok({ ops, spaceGroup: { symbol: hm, number, hallNumber: hall, source: 'hm' } });
}

/**
 * Operators and space-group description of a block. A name that the tables do not know is a
 * warning when a later name (Hall → H-M → number) still works.
 */
export function interpretSymmetry(block: CifBlock, cell: LatticeParams): Result<BlockSymmetry> {
  const warnings: Diagnostic[] = [];
  const hallValue = blockItem(block, HALL_TAG);
  const hmValue = blockItem(block, HM_TAG) ?? blockItem(block, HM_FULL_TAG);
  const numberValue = blockItem(block, NUMBER_TAG);
  const hall = cifText(hallValue)?.trim() || undefined;
  const hm = cifText(hmValue)?.trim() || undefined;
  const number = cifNumber(numberValue)?.value;

  const listed = listedOperators(block);
  if (listed) {
    if (!listed.ok) return listed;
    const magnetic = cifText(blockItem(block, MAGN_NAME_TAG))?.trim() || undefined;
    const symbol = hm ?? hall ?? magnetic ?? '';
    const spaceGroup: SpaceGroup = {
      symbol,
      number: number !== undefined && Number.isInteger(number) ? number : null,
      hallNumber: null,
      source: 'operators',
    };
    return ok({ ops: listed.value, spaceGroup });
  }

  // Each named item in turn; an unknown name becomes a warning when a later one works.
  const attempts: { line?: number; look: () => Result<BlockSymmetry> }[] = [];
  const table = (r: Result<SpaceGroupInfo>, source: SpaceGroup['source'], name?: string) =>
    r.ok ? ok(fromTables(r.value, source, name)) : r;
  if (hall) {
    attempts.push({
      line: hallValue?.line,
      look: () => table(spaceGroupFromHall(hall), 'hall', hm),
    });
  }
  if (hm) attempts.push({ line: hmValue?.line, look: () => fromHm(hm, cell) });
  if (number !== undefined) {
    attempts.push({
      line: numberValue?.line,
      look: () => table(spaceGroupFromNumber(number, cell), 'number'),
    });
  }
  for (const { line, look } of attempts) {
    const r = look();
    if (r.ok) return ok(r.value, warnings);
    if (r.error.message === NOT_LOADED) {
      return fail(`${NOT_LOADED}: cannot expand the named space group`, line);
    }
    warnings.push({ message: r.error.message, line });
  }
  if (warnings.length > 0) {
    return fail(warnings[0].message, warnings[0].line, warnings.slice(1));
  }
  return fail(
    'no symmetry: the block has no operators (_space_group_symop_operation_xyz), Hall or H-M symbol or space-group number',
    block.line,
  );
}
