/**
 * The lattice chart's axis-end labels (+1.7 %, −20.3 %) and the room they need left of the
 * plot. Widths are estimated, not measured: the chart is laid out before it is shown (and in
 * a closed panel it has no text metrics), so it reserves what the widest font the page may
 * fall back to needs. DejaVu Sans advance widths, in em (Linux's system-ui; Segoe UI and
 * Roboto are narrower): digits 0.636, "." and space 0.318, "%" 0.950, "−" and "+" 0.838.
 */
const DIGIT_EM = 0.636;
const CHAR_EM: Record<string, number> = {
  '.': 0.318,
  ' ': 0.318,
  '%': 0.95,
  '−': 0.838,
  '+': 0.838,
};
/** Any other character: as wide as "%", so an estimate errs on the roomy side. */
const OTHER_EM = 0.95;

/** Axis ends as signed percentages, 1 decimal: +1.7, −20.3, 0.0. */
export function signedTick(v: number): string {
  const r = Math.round(v * 10) / 10;
  return r > 0 ? `+${r.toFixed(1)}` : r < 0 ? `−${Math.abs(r).toFixed(1)}` : '0.0';
}

/** Width of a label in em, at least what DejaVu Sans gives it. */
export function labelWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += ch >= '0' && ch <= '9' ? DIGIT_EM : (CHAR_EM[ch] ?? OTHER_EM);
  return em;
}

/** Left padding (px) that holds every label right-aligned `gap` px before the plot. */
export function leftPadFor(labels: string[], fontPx: number, gap: number, min: number): number {
  const widest = Math.max(0, ...labels.map((l) => labelWidthEm(l) * fontPx));
  return Math.max(min, Math.ceil(widest) + gap + 2);
}
