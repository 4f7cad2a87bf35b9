/**
 * The scenario's formula template at x: `K{x}Mn8O16` → `K1.33Mn8O16`, `Mn8O16` at x = 0 and
 * `KMn8O16` at x = 1, written the way composition.ts writes formulas (counts of 1 omitted).
 */

const DECIMALS = 3;

/** x to at most three decimals, without trailing zeros or float noise. */
export function formatX(x: number): string {
  return String(Number(x.toFixed(DECIMALS)));
}

/** A count written after its element: none for 1, the element dropped for 0. */
function counted(el: string, n: number): string {
  const v = Number(n.toFixed(DECIMALS));
  return v === 0 ? '' : v === 1 ? el : `${el}${formatX(v)}`;
}

/**
 * `{x}` is the guest content; `Mn{Mn}` is a host element's count per cell from `composition`
 * (for a host whose occupancy changes along the path: `Li{x}Mn{Mn}O16` → `Li2.72Mn6.64O16`).
 */
export function formulaAt(
  template: string,
  x: number,
  composition: Record<string, number> = {},
): string {
  template = template.replace(
    /([A-Z][a-z]?)\{([A-Z][a-z]?)\}/g,
    (whole, el: string, key: string) => (el === key ? counted(el, composition[el] ?? 0) : whole),
  );
  const n = Number(x.toFixed(DECIMALS));
  const withElement = /([A-Z][a-z]?)\{x\}/;
  if (withElement.test(template)) {
    return template.replace(withElement, (_, el: string) =>
      n === 0 ? '' : n === 1 ? el : `${el}${formatX(x)}`,
    );
  }
  return template.replace('{x}', formatX(x));
}
