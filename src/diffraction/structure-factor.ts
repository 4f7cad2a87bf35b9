/**
 * F(hkl) = Σⱼ occⱼ · fⱼ(s) · exp(−Bⱼ s²) · exp(2πi h·rⱼ) over the conventional cell, s = 1/(2d).
 * Systematic absences are not looked up anywhere: they come out of this sum as zeros.
 */
import { evaluateFit, formFactorFit, type GaussianFit, type Radiation } from './form-factors';
import { gLength, type Hkl } from './reciprocal';
import type { Scatterers } from './scatterers';

export interface StructureFactorOptions {
  radiation: Radiation;
  /** X-rays: ionic form factors where the table lists the ion (default: neutral atoms). */
  ions?: boolean;
}

export interface Complex {
  re: number;
  im: number;
}

/**
 * Per scatterer, the index of its form-factor fit in `fits` (one fit per distinct species), so
 * each reflection evaluates each fit once. Throws with the element named when a table lacks it.
 */
export interface Calculator {
  fits: GaussianFit[];
  fitOf: Uint16Array;
  scatterers: Scatterers;
}

export function structureFactorCalculator(sc: Scatterers, o: StructureFactorOptions): Calculator {
  const keys = new Map<string, number>();
  const fits: GaussianFit[] = [];
  const fitOf = new Uint16Array(sc.count);
  for (let i = 0; i < sc.count; i++) {
    const ox = o.ions && o.radiation === 'xray' ? sc.oxidation[i] : undefined;
    const key = `${sc.element[i]}${ox ?? ''}`;
    let k = keys.get(key);
    if (k === undefined) {
      const fit = formFactorFit(o.radiation, sc.element[i], ox);
      if (!fit) throw new Error(`no ${o.radiation} form factor tabulated for ${sc.element[i]}`);
      k = fits.length;
      fits.push(fit);
      keys.set(key, k);
    }
    fitOf[i] = k;
  }
  return { fits, fitOf, scatterers: sc };
}

const f = new Float64Array(256);

export function structureFactor(calc: Calculator, hkl: Hkl): Complex {
  const sc = calc.scatterers;
  const s = gLength(sc.lattice, ...hkl) / 2;
  const s2 = s * s;
  for (let k = 0; k < calc.fits.length; k++) f[k] = evaluateFit(calc.fits[k], s);
  let re = 0;
  let im = 0;
  const [h, k, l] = hkl;
  for (let i = 0; i < sc.count; i++) {
    const phase =
      2 * Math.PI * (h * sc.frac[3 * i] + k * sc.frac[3 * i + 1] + l * sc.frac[3 * i + 2]);
    const amp = sc.occupancy[i] * f[calc.fitOf[i]] * Math.exp(-sc.b[i] * s2);
    re += amp * Math.cos(phase);
    im += amp * Math.sin(phase);
  }
  return { re, im };
}

export function intensityOf(F: Complex): number {
  return F.re * F.re + F.im * F.im;
}
