/**
 * Centred settings that moyo's 530 tables do not list (`A -1`, `C -1`, `F -1`, unusual
 * monoclinic cells such as `I 2/b` when written in a way the tables lack): the operations of
 * the primitive symbol (`P -1`, `P 2/b`) combined with the centring translations. Centring
 * translations commute with every operation of such a group, so the products form it.
 */
import { fail, ok, type Result } from '../result';
import type { SymOp, Vec3 } from '../types';
import { opKey } from './identify';
import { type SpaceGroupInfo, spaceGroupFromHm } from './lookup';

const CENTRINGS: Record<string, Vec3[]> = {
  A: [[0, 0.5, 0.5]],
  B: [[0.5, 0, 0.5]],
  C: [[0.5, 0.5, 0]],
  I: [[0.5, 0.5, 0.5]],
  F: [
    [0, 0.5, 0.5],
    [0.5, 0, 0.5],
    [0.5, 0.5, 0],
  ],
};

function shifted(op: SymOp, t: Vec3): SymOp {
  const trans = op.trans.map((v, i) => {
    const w = v + t[i];
    return w - Math.floor(w);
  }) as Vec3;
  return { rot: op.rot, trans };
}

/** Operators of a centred symbol built from its primitive counterpart, or an error. */
export function centredFromPrimitive(
  symbol: string,
): Result<{ ops: SymOp[]; base: SpaceGroupInfo }> {
  const cleaned = symbol.replace(/['"]/g, '').trim();
  const letter = cleaned[0]?.toUpperCase();
  const shifts = letter ? CENTRINGS[letter] : undefined;
  if (!shifts) return fail(`"${symbol}" has no A, B, C, I or F centring`);
  const base = spaceGroupFromHm(`P${cleaned.slice(1)}`);
  if (!base.ok) return base;
  const ops: SymOp[] = [];
  const seen = new Set<string>();
  for (const t of [[0, 0, 0] as Vec3, ...shifts]) {
    for (const op of base.value.ops) {
      const s = shifted(op, t);
      const key = opKey(s);
      if (seen.has(key)) continue;
      seen.add(key);
      ops.push(s);
    }
  }
  return ok({ ops, base: base.value });
}
