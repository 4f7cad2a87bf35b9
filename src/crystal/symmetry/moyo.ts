/**
 * The only bridge to `@spglib/moyo-wasm` (space-group tables and Wyckoff positions).
 *
 * The core never decides how the WebAssembly is loaded: Node calls `initMoyoSync` with the
 * bytes of `moyo_wasm_bg.wasm` (see moyo-node.ts), the browser awaits `initMoyo(url)` lazily.
 * Until then every query returns the error `space-group tables not loaded` instead of
 * throwing, so the interpreter can still read files that list their operators.
 */
import init, {
  hall_symbol_entry,
  initSync,
  type MoyoHallSymbolEntry,
  type MoyoWyckoffPosition,
  operations_from_number,
  space_group_type,
  wyckoff_positions,
} from '@spglib/moyo-wasm';
import { fail, ok, type Result } from '../result';
import type { Mat3, SymOp, Vec3 } from '../types';

export type { MoyoHallSymbolEntry, MoyoWyckoffPosition };

export const HALL_NUMBER_COUNT = 530;
export const NOT_LOADED = 'space-group tables not loaded';

let ready = false;

/**
 * True once the wasm has been instantiated by anyone (also by a caller that used the
 * package's own `init`): probed by a cheap query, remembered once it succeeds.
 */
export function isMoyoReady(): boolean {
  if (ready) return true;
  try {
    hall_symbol_entry(1);
    ready = true;
  } catch {
    ready = false;
  }
  return ready;
}

/** Browser: instantiate from a URL, a Response or bytes. */
export async function initMoyo(source: Parameters<typeof init>[0]): Promise<void> {
  if (isMoyoReady()) return;
  await init(source);
  ready = true;
}

/** Node and tests: instantiate from the bytes of `moyo_wasm_bg.wasm`. */
export function initMoyoSync(bytes: BufferSource): void {
  if (isMoyoReady()) return;
  initSync({ module: bytes });
  ready = true;
}

function guarded<T>(what: string, query: () => T): Result<T> {
  if (!isMoyoReady()) return fail(NOT_LOADED);
  try {
    return ok(query());
  } catch (e) {
    return fail(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const entryCache = new Map<number, MoyoHallSymbolEntry>();
const opsCache = new Map<number, SymOp[]>();
const wyckoffCache = new Map<number, MoyoWyckoffPosition[]>();

/** Hall-symbol entry (setting, Hall symbol, H-M symbols, ITA number) for 1–530. */
export function hallEntry(hallNumber: number): Result<MoyoHallSymbolEntry> {
  const cached = entryCache.get(hallNumber);
  if (cached) return ok(cached);
  if (!Number.isInteger(hallNumber) || hallNumber < 1 || hallNumber > HALL_NUMBER_COUNT) {
    return fail(`Hall number ${hallNumber} is outside 1–${HALL_NUMBER_COUNT}`);
  }
  const r = guarded(`Hall number ${hallNumber}`, () => hall_symbol_entry(hallNumber));
  if (r.ok) entryCache.set(hallNumber, r.value);
  return r;
}

/** The Hall number of the ITA standard setting of a space-group type (1–230). */
export function standardHallNumber(number: number): Result<number> {
  if (!Number.isInteger(number) || number < 1 || number > 230) {
    return fail(`space-group number ${number} is outside 1–230`);
  }
  return guarded(`space group ${number}`, () => space_group_type(number).hall_number);
}

/**
 * All operations of the conventional cell of one setting, centring translations included
 * (moyo's `primitive = false`): 16 for I4/m, 192 for Fd-3m, 36 for R-3c in hexagonal axes.
 */
export function hallOperations(hallNumber: number): Result<SymOp[]> {
  const cached = opsCache.get(hallNumber);
  if (cached) return ok(cached);
  const entry = hallEntry(hallNumber);
  if (!entry.ok) return entry;
  const r = guarded(`operations of Hall number ${hallNumber}`, () =>
    operations_from_number(entry.value.number, { type: 'HallNumber', value: hallNumber }, false),
  );
  if (!r.ok) return r;
  const ops = r.value.map((o) => ({
    rot: transpose(o.rotation),
    trans: o.translation.map((t) => t - Math.floor(t)) as Vec3,
  }));
  opsCache.set(hallNumber, ops);
  return ok(ops);
}

/**
 * moyo-wasm flattens nalgebra's column-major storage (`op.rotation.as_slice()` in
 * moyo-wasm/src/common.rs), so its 9 numbers are the transpose of our row-major Mat3. Cubic
 * and tetragonal groups hide this (they contain each matrix's transpose); hexagonal ones do not.
 */
function transpose(m: readonly number[]): Mat3 {
  return [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];
}

/** Wyckoff templates of one setting, general position first. */
export function hallWyckoffPositions(hallNumber: number): Result<MoyoWyckoffPosition[]> {
  const cached = wyckoffCache.get(hallNumber);
  if (cached) return ok(cached);
  const r = guarded(`Wyckoff positions of Hall number ${hallNumber}`, () =>
    wyckoff_positions(hallNumber),
  );
  if (r.ok) wyckoffCache.set(hallNumber, r.value);
  return r;
}
