/**
 * One supercell repeat as typed in the Supercell field or written in a link's `sc`: a whole
 * number from 1 to MAX_REPEAT, or the reason it is not one (shown beside the field and in the
 * notice, so "0", "-2", "1.5" and an empty field each say what is wrong).
 */
import { MAX_REPEAT } from './view-state';

export const REPEAT_RULE = `each repeat must be a whole number, at least 1 and at most ${MAX_REPEAT}`;

export type RepeatEntry = { ok: true; value: number } | { ok: false; problem: string };

export function readRepeat(text: string): RepeatEntry {
  const t = text.trim();
  if (t === '') return { ok: false, problem: 'empty' };
  const v = Number(t);
  if (!Number.isFinite(v)) return { ok: false, problem: `${JSON.stringify(t)} is not a number` };
  if (!Number.isInteger(v)) return { ok: false, problem: `${t} is not a whole number` };
  if (v < 1) return { ok: false, problem: `${t} is less than 1` };
  if (v > MAX_REPEAT) return { ok: false, problem: `${t} is above the limit of ${MAX_REPEAT}` };
  return { ok: true, value: v };
}

/** "b: 0 is less than 1; each repeat must be …" — the axis, what is wrong and the rule. */
export function repeatProblem(axis: string, problem: string): string {
  return `${axis}: ${problem}; ${REPEAT_RULE}`;
}
