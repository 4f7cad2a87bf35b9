/** Small statistics and formatting helpers for `npm run bench`. */

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear-interpolated quantile (q in [0, 1]); NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Rounds to `decimals` places for printing and JSON (NaN stays NaN → null in JSON). */
export function round(v: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(v * scale) / scale;
}

export function fmt(v: number | null | undefined, decimals = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return v.toLocaleString('en', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A plain text table: columns padded, numbers right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * A measured time less a fixed overhead: the median of `times` minus the fastest `baseline`
 * run (the overhead every change pays — React commit, waiting for a frame — is best estimated
 * by its fastest run; a median of a few noisy runs can exceed a small case's own median and
 * gave negative build times). null when the difference is still below zero: too small to
 * tell from the overhead, not a negative time.
 */
export function overBaseline(times: readonly number[], baseline: readonly number[]): number | null {
  if (times.length === 0 || baseline.length === 0) return null;
  const v = median(times) - Math.min(...baseline);
  return v >= 0 ? v : null;
}
