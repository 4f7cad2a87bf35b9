/**
 * Powder X-ray pattern: every reflection within the 2θ range, |F|² times the Lorentz–
 * polarisation factor (1 + cos² 2θ) / (sin² θ · cos θ) (unpolarised beam, no monochromator),
 * reflections of equal d merged into one peak (their count is its multiplicity), intensities
 * scaled so the strongest peak is 100; peaks below MIN_INTENSITY are left out.
 */
import { families } from './families';
import { gLength, type Hkl, reflectionsWithin } from './reciprocal';
import type { Scatterers } from './scatterers';
import { intensityOf, structureFactor, structureFactorCalculator } from './structure-factor';
import { DEFAULT_XRAY_WAVELENGTH } from './wavelengths';

export const MIN_INTENSITY = 0.1; // of 100
/** Reflections whose 2θ differ by less than this are one peak (degrees). */
const MERGE_TWO_THETA = 1e-5;
/** |F|² below this fraction of the strongest is an absence (rounding, not scattering). */
const ABSENT = 1e-10;

export interface XrdOptions {
  wavelength?: number; // Å
  /** 2θ range, degrees. */
  range?: [number, number];
  ions?: boolean;
}

export interface XrdPeak {
  twoTheta: number; // degrees
  d: number; // Å
  intensity: number; // 0–100
  /** One (hkl) per family of equivalent reflections in the peak. */
  hkl: Hkl[];
  /** Number of reflections merged into the peak. */
  multiplicity: number;
}

export interface XrdPattern {
  wavelength: number;
  range: [number, number];
  peaks: XrdPeak[];
}

export const DEFAULT_XRD_RANGE: [number, number] = [5, 90];

interface Reflection {
  hkl: Hkl;
  twoTheta: number;
  d: number;
  intensity: number;
}

function lorentzPolarisation(twoTheta: number): number {
  const t = (twoTheta * Math.PI) / 360;
  const c2 = Math.cos(2 * t);
  return (1 + c2 * c2) / (Math.sin(t) ** 2 * Math.cos(t));
}

export function powderPattern(sc: Scatterers, options: XrdOptions = {}): XrdPattern {
  const wavelength = options.wavelength ?? DEFAULT_XRAY_WAVELENGTH;
  const range = options.range ?? DEFAULT_XRD_RANGE;
  const calc = structureFactorCalculator(sc, { radiation: 'xray', ions: options.ions });
  const gMax = (2 * Math.sin((Math.min(range[1], 179.9) * Math.PI) / 360)) / wavelength;
  const list: Reflection[] = [];
  for (const hkl of reflectionsWithin(sc.lattice, gMax)) {
    const g = gLength(sc.lattice, ...hkl);
    const twoTheta = (360 / Math.PI) * Math.asin((wavelength * g) / 2);
    if (twoTheta < range[0] || twoTheta > range[1]) continue;
    const i = intensityOf(structureFactor(calc, hkl)) * lorentzPolarisation(twoTheta);
    list.push({ hkl, twoTheta, d: 1 / g, intensity: i });
  }
  list.sort((p, q) => p.twoTheta - q.twoTheta);
  const strongest = list.reduce((m, r) => Math.max(m, r.intensity), 0);
  const merged: { r: Reflection; hkls: Hkl[]; sum: number }[] = [];
  for (const r of list) {
    if (r.intensity < ABSENT * strongest) continue;
    const last = merged[merged.length - 1];
    if (last && r.twoTheta - last.r.twoTheta < MERGE_TWO_THETA) {
      last.hkls.push(r.hkl);
      last.sum += r.intensity;
    } else merged.push({ r, hkls: [r.hkl], sum: r.intensity });
  }
  const top = merged.reduce((m, p) => Math.max(m, p.sum), 0);
  const peaks: XrdPeak[] = [];
  for (const p of merged) {
    const intensity = (100 * p.sum) / top;
    if (intensity < MIN_INTENSITY) continue;
    peaks.push({
      twoTheta: p.r.twoTheta,
      d: p.r.d,
      intensity,
      hkl: families(p.hkls, sc.rotations),
      multiplicity: p.hkls.length,
    });
  }
  return { wavelength, range, peaks };
}
