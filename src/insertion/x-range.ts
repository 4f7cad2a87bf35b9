/** Whether a guest content x (from a link) lies in a scenario's range, and if not, why. */

/** x as a notice writes it: at most 4 decimals, no trailing zeros. */
export function formatXValue(x: number): string {
  return String(Number(x.toFixed(4)));
}

/** Links write x rounded to 4 decimals: an x the app wrote is never more than 5e-5 outside. */
const TOLERANCE = 1e-4;

/** null when xMin ≤ x ≤ xMax (within TOLERANCE: the caller clamps), else the reason. */
export function xOutOfRange(x: number, xMin: number, xMax: number): string | null {
  if (x >= xMin - TOLERANCE && x <= xMax + TOLERANCE) return null;
  return `outside this scenario's range, x = ${formatXValue(xMin)} to ${formatXValue(xMax)}`;
}
