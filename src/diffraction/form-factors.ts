/**
 * Atomic scattering factors from the tabulated fits in data/: X-ray (Cromer–Mann, electrons)
 * and electron (Peng et al. 1996, Å). s = sin θ / λ = 1 / (2d) in Å⁻¹ throughout.
 * Tables are parsed once, on first use.
 */
import { PENG_TABLE } from './data/electron-peng';
import { CROMER_MANN_TABLE } from './data/xray-cromer-mann';

export type Radiation = 'xray' | 'electron';

/** Gaussian fit: f(s) = Σ a·exp(−b·s²) + c. */
export interface GaussianFit {
  a: number[];
  b: number[];
  c: number;
}

function parseTable(text: string, terms: number, constant: boolean): Map<string, GaussianFit> {
  const out = new Map<string, GaussianFit>();
  for (const line of text.split('\n')) {
    const cells = line.trim().split(/\s+/);
    if (cells.length < 2) continue;
    const v = cells.slice(1).map(Number);
    out.set(cells[0], {
      a: v.slice(0, terms),
      b: v.slice(terms, 2 * terms),
      c: constant ? v[2 * terms] : 0,
    });
  }
  return out;
}

let xray: Map<string, GaussianFit> | null = null;
let electron: Map<string, GaussianFit> | null = null;

function table(kind: Radiation): Map<string, GaussianFit> {
  if (kind === 'xray') {
    xray ??= parseTable(CROMER_MANN_TABLE, 4, true);
    return xray;
  }
  electron ??= parseTable(PENG_TABLE, 5, false);
  return electron;
}

/** `Mn`, 4 → `Mn4+`; `O`, −2 → `O2-` (the tables' ion labels). */
export function ionLabel(element: string, oxidation: number): string {
  const n = Math.abs(oxidation);
  return `${element}${n === 1 ? '1' : n}${oxidation > 0 ? '+' : '-'}`;
}

/**
 * The fit for an element (neutral atom) or, when `oxidation` is given and the X-ray table
 * lists that ion, for the ion. Electron fits are for neutral atoms only. Undefined when the
 * table has no entry (the caller reports which element).
 */
export function formFactorFit(
  kind: Radiation,
  element: string,
  oxidation?: number,
): GaussianFit | undefined {
  const t = table(kind);
  if (kind === 'xray' && oxidation) {
    const ion = t.get(ionLabel(element, oxidation));
    if (ion) return ion;
  }
  return t.get(element);
}

export function evaluateFit(fit: GaussianFit, s: number): number {
  const s2 = s * s;
  let f = fit.c;
  for (let i = 0; i < fit.a.length; i++) f += fit.a[i] * Math.exp(-fit.b[i] * s2);
  return f;
}

/** f(s) for an element (electrons for X-rays, Å for electrons); NaN when not tabulated. */
export function formFactor(kind: Radiation, element: string, s: number, oxidation?: number) {
  const fit = formFactorFit(kind, element, oxidation);
  return fit ? evaluateFit(fit, s) : Number.NaN;
}
