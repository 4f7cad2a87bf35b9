/** Radiation wavelengths and the relativistic electron wavelength. */

/**
 * Kα lines (Å). Cu Kα1 1.5406 Å is the usual powder default; the others are the values
 * pymatgen's XRDCalculator uses (analysis/diffraction/xrd.py), so that patterns compare one to
 * one; Kα is the intensity-weighted mean of Kα1 and Kα2.
 */
export const XRAY_LINES = {
  CuKa1: 1.5406,
  CuKa: 1.54184,
  MoKa1: 0.7093,
  MoKa: 0.71073,
  CoKa1: 1.78896,
  CoKa: 1.79026,
} as const;

export type XrayLine = keyof typeof XRAY_LINES;

export const DEFAULT_XRAY_WAVELENGTH = XRAY_LINES.CuKa1; // Å

const H = 6.62607015e-34; // J·s (exact, SI 2019)
const M0 = 9.1093837015e-31; // kg, electron rest mass (CODATA 2018)
const E = 1.602176634e-19; // C (exact)
const C = 299792458; // m/s (exact)

/**
 * λ = h / √(2·m0·e·V·(1 + e·V / (2·m0·c²))), in Å, for an accelerating voltage in kV
 * (200 kV → 0.02508 Å).
 */
export function electronWavelength(kV: number): number {
  const V = kV * 1e3;
  const p = Math.sqrt(2 * M0 * E * V * (1 + (E * V) / (2 * M0 * C * C)));
  return (H / p) * 1e10;
}
