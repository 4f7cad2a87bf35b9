/**
 * The scenario's formula template at x: `K{x}Mn8O16` → `K1.33Mn8O16`, `Mn8O16` at x = 0 and
 * `KMn8O16` at x = 1, written the way composition.ts writes formulas (counts of 1 omitted).
 */

const DECIMALS = 3;

/** x to at most three decimals, without trailing zeros or float noise. */
export function formatX(x: number): string {
  return String(Number(x.toFixed(DECIMALS)));
}

export function formulaAt(template: string, x: number): string {
  const n = Number(x.toFixed(DECIMALS));
  const withElement = /([A-Z][a-z]?)\{x\}/;
  if (withElement.test(template)) {
    return template.replace(withElement, (_, el: string) =>
      n === 0 ? '' : n === 1 ? el : `${el}${formatX(x)}`,
    );
  }
  return template.replace('{x}', formatX(x));
}
