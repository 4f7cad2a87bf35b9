/**
 * The order warnings are shown in the view's notice, which lists only the first few: what
 * changes what is drawn (atoms skipped, blocks skipped, sites merged or overfull) comes
 * before notes that change nothing on screen (an absent occupancy column).
 */
import type { Diagnostic } from '../crystal/result';

const DRAWN = /skipped|dropped|merged|added|sum to|not an element/;

export function warningsByImpact(warnings: Diagnostic[]): Diagnostic[] {
  const first = warnings.filter((w) => DRAWN.test(w.message));
  return [...first, ...warnings.filter((w) => !DRAWN.test(w.message))];
}
