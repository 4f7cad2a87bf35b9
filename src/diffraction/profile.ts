/**
 * The powder plot's line: each peak drawn as a pseudo-Voigt, η·Lorentzian + (1 − η)·Gaussian
 * of the same FWHM, both of unit height, on an even 2θ grid.
 */
import type { XrdPattern } from './xrd';

export interface ProfileOptions {
  fwhm?: number; // degrees 2θ
  eta?: number; // Lorentzian fraction 0…1
  step?: number; // degrees 2θ
}

export const DEFAULT_FWHM = 0.1; // ° 2θ: a laboratory diffractometer's instrumental width
export const DEFAULT_ETA = 0.5;
const DEFAULT_STEP = 0.02; // ° 2θ
const WINDOW = 40; // FWHMs each side: the Lorentzian tail there is < 0.02 % of the peak

export interface Profile {
  twoTheta: Float64Array;
  intensity: Float64Array;
}

export function pseudoVoigt(pattern: XrdPattern, options: ProfileOptions = {}): Profile {
  const fwhm = options.fwhm ?? DEFAULT_FWHM;
  const eta = options.eta ?? DEFAULT_ETA;
  const step = options.step ?? DEFAULT_STEP;
  const [lo, hi] = pattern.range;
  const n = Math.max(2, Math.round((hi - lo) / step) + 1);
  const twoTheta = new Float64Array(n);
  const intensity = new Float64Array(n);
  for (let i = 0; i < n; i++) twoTheta[i] = lo + i * step;
  const hw = fwhm / 2;
  const gk = (4 * Math.LN2) / (fwhm * fwhm);
  for (const p of pattern.peaks) {
    const from = Math.max(0, Math.floor((p.twoTheta - WINDOW * fwhm - lo) / step));
    const to = Math.min(n - 1, Math.ceil((p.twoTheta + WINDOW * fwhm - lo) / step));
    for (let i = from; i <= to; i++) {
      const dx = twoTheta[i] - p.twoTheta;
      const lorentz = (hw * hw) / (dx * dx + hw * hw);
      const gauss = Math.exp(-gk * dx * dx);
      intensity[i] += p.intensity * (eta * lorentz + (1 - eta) * gauss);
    }
  }
  return { twoTheta, intensity };
}
