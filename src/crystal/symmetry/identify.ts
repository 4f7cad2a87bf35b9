/**
 * Which moyo setting (Hall number) has exactly the operator set a file lists? Needed for
 * Wyckoff letters, which only exist per setting. Candidates named by the file are tried
 * first, then all 530 settings.
 */
import type { SymOp } from '../types';
import { HALL_NUMBER_COUNT, hallOperations, isMoyoReady } from './moyo';

const TRANSLATION_GRID = 24; // every crystallographic translation is a multiple of 1/24

/** Order-independent key of one operator: rotation and translation on the 1/24 grid. */
export function opKey(op: SymOp): string {
  const t = op.trans.map((v) => {
    const k = Math.round(v * TRANSLATION_GRID) % TRANSLATION_GRID;
    return k < 0 ? k + TRANSLATION_GRID : k;
  });
  return `${op.rot.join(',')}|${t.join(',')}`;
}

const keyCache = new Map<number, Set<string>>();

function hallKeys(hallNumber: number): Set<string> | undefined {
  const cached = keyCache.get(hallNumber);
  if (cached) return cached;
  const ops = hallOperations(hallNumber);
  if (!ops.ok) return undefined;
  const keys = new Set(ops.value.map(opKey));
  keyCache.set(hallNumber, keys);
  return keys;
}

function sameKeys(mine: Set<string>, hallNumber: number): boolean {
  const keys = hallKeys(hallNumber);
  if (!keys || mine.size !== keys.size) return false;
  for (const k of mine) if (!keys.has(k)) return false;
  return true;
}

/**
 * The Hall number whose operators equal `ops`, or null (e.g. an unusual origin). The file's
 * operators are keyed once: a set that matches no setting is compared with all 530, and
 * keying 192 operators per setting made a 3 KB file take 150 ms.
 */
export function identifyHallNumber(ops: SymOp[], preferred: number[] = []): number | null {
  if (!isMoyoReady()) return null;
  const mine = new Set(ops.map(opKey));
  for (const h of preferred) if (sameKeys(mine, h)) return h;
  for (let h = 1; h <= HALL_NUMBER_COUNT; h++) if (sameKeys(mine, h)) return h;
  return null;
}
