/**
 * Space group from what a CIF names it by — Hall symbol, Hermann–Mauguin symbol (short or full,
 * any spacing, `_` or not, with a `:1`/`:2`/`:H`/`:R` or setting suffix) or ITA number — to a
 * moyo Hall number (1–530) with its operators.
 *
 * Rhombohedral groups (R3, R-3, R32, R3m, R3c, R-3m, R-3c) come in hexagonal and rhombohedral
 * axes. When the name carries no `:H`/`:R` suffix the cell decides: a = b = c with
 * α = β = γ ≠ 90° means rhombohedral axes, anything else hexagonal (the ITA default).
 * Groups with two origin choices (e.g. Fd-3m) named without `:1`/`:2` are origin choice 1,
 * as International Tables list them first and CIF writers mean when they add nothing; choice
 * 2 needs `:2`, ICSD's `Z` or the Hall symbol. By number alone the group gets moyo's standard
 * setting (origin choice 2). Centred settings that the tables lack (`A -1`, `I 2/b`,
 * `B 1 1 2/m`) are built from the primitive group's operations and the centring.
 */
import { fail, ok, type Result } from '../result';
import type { LatticeParams, SymOp } from '../types';
import {
  hallNumbersByHallSymbol,
  hallNumbersByHm,
  normaliseHall,
  settingSymbol,
  splitSetting,
} from './hm-index';
import { HALL_NUMBER_COUNT, hallEntry, hallOperations, standardHallNumber } from './moyo';

export interface SpaceGroupInfo {
  hallNumber: number;
  /** ITA number 1–230. */
  number: number;
  /** H-M symbol of this setting (e.g. `P 2_1/n`, `R -3 c :H`, `F d -3 m :1`). */
  symbol: string;
  hallSymbol: string;
  /** All conventional-cell operations, centring included. */
  ops: SymOp[];
}

const LENGTH_REL_TOL = 1e-3; // relative
const ANGLE_TOL = 0.05; // degrees

/** a = b = c and α = β = γ ≠ 90°: a cell in rhombohedral axes. */
export function isRhombohedralCell(p: LatticeParams): boolean {
  const same = (u: number, v: number) => Math.abs(u - v) <= LENGTH_REL_TOL * Math.max(u, v);
  return (
    same(p.a, p.b) &&
    same(p.a, p.c) &&
    Math.abs(p.alpha - p.beta) <= ANGLE_TOL &&
    Math.abs(p.alpha - p.gamma) <= ANGLE_TOL &&
    Math.abs(p.alpha - 90) > ANGLE_TOL
  );
}

/** Full description of one Hall number. */
export function spaceGroupFromHallNumber(hallNumber: number): Result<SpaceGroupInfo> {
  const entry = hallEntry(hallNumber);
  if (!entry.ok) return entry;
  const ops = hallOperations(hallNumber);
  if (!ops.ok) return ops;
  const e = entry.value;
  return ok({
    hallNumber,
    number: e.number,
    symbol: settingSymbol(e.hm_full, e.hm_short, e.number, e.setting),
    hallSymbol: e.hall_symbol,
    ops: ops.value,
  });
}

export function spaceGroupFromHall(symbol: string): Result<SpaceGroupInfo> {
  if (!isReadyForLookup()) return fail('space-group tables not loaded');
  const h = hallNumbersByHallSymbol().get(normaliseHall(symbol));
  if (h === undefined) return fail(`unknown Hall symbol "${symbol}"`);
  return spaceGroupFromHallNumber(h);
}

/** ITA number → its standard setting (rhombohedral axes when the cell says so). */
export function spaceGroupFromNumber(number: number, cell?: LatticeParams): Result<SpaceGroupInfo> {
  const std = standardHallNumber(number);
  if (!std.ok) return std;
  const entry = hallEntry(std.value);
  if (!entry.ok) return entry;
  // The rhombohedral-axes setting follows the hexagonal one directly in the Hall table.
  if (entry.value.setting === 'H' && cell && isRhombohedralCell(cell)) {
    return spaceGroupFromHallNumber(std.value + 1);
  }
  return spaceGroupFromHallNumber(std.value);
}

export function spaceGroupFromHm(symbol: string, cell?: LatticeParams): Result<SpaceGroupInfo> {
  if (!isReadyForLookup()) return fail('space-group tables not loaded');
  const { name, setting } = splitSetting(symbol);
  const candidates = hallNumbersByHm().get(name);
  if (!candidates || candidates.length === 0) {
    return fail(`unknown Hermann–Mauguin symbol "${symbol}"`);
  }
  const chosen = chooseSetting(candidates, setting, cell);
  if (!chosen.ok) return fail(`${chosen.error.message} for "${symbol}"`);
  return spaceGroupFromHallNumber(chosen.value);
}

/** Candidate Hall numbers for an H-M symbol (empty when unknown): used by Wyckoff matching. */
export function hallCandidatesForHm(symbol: string): number[] {
  if (!isReadyForLookup()) return [];
  return hallNumbersByHm().get(splitSetting(symbol).name) ?? [];
}

function chooseSetting(candidates: number[], setting: string, cell?: LatticeParams) {
  const entries = candidates
    .map((h) => hallEntry(h))
    .filter((r) => r.ok)
    .map((r) => r.value);
  if (setting !== '') {
    const s = setting.toLowerCase();
    const hit =
      entries.find((e) => e.setting.toLowerCase() === s) ??
      entries.find((e) => /^[12]$/.test(s) && e.setting.startsWith(s));
    return hit ? ok(hit.hall_number) : fail<number>(`no setting "${setting}"`);
  }
  if (entries.some((e) => e.setting === 'R')) {
    const want = cell && isRhombohedralCell(cell) ? 'R' : 'H';
    const hit = entries.find((e) => e.setting === want);
    if (hit) return ok(hit.hall_number);
  }
  // Two origin choices (settings `1…` and `2…`): the name alone means origin choice 1.
  const originOne = entries.find((e) => e.setting.startsWith('1'));
  if (originOne && entries.some((e) => e.setting.startsWith('2'))) {
    return ok(originOne.hall_number);
  }
  const std = standardHallNumber(entries[0].number);
  if (std.ok && candidates.includes(std.value)) return ok(std.value);
  return ok(candidates[0]);
}

function isReadyForLookup(): boolean {
  return hallEntry(1).ok && HALL_NUMBER_COUNT > 0;
}

/**
 * A name of unknown kind (`I 4/m`, `-I 4`, `-P_2yn`): H-M first, then Hall. H-M wins because
 * some strings are both (`P 2` is P121 as H-M but P112 as a Hall symbol).
 */
export function spaceGroupFromSymbol(symbol: string, cell?: LatticeParams): Result<SpaceGroupInfo> {
  const hm = spaceGroupFromHm(symbol, cell);
  if (hm.ok) return hm;
  const hall = spaceGroupFromHall(symbol);
  return hall.ok ? hall : hm;
}
