/**
 * Where chosen powder peaks sit as x changes: Bragg's law, 2θ = 2·asin(λ / 2d(hkl)), on the
 * lattice at each x. Positions depend on the cell only, so a track costs a few d-spacings per
 * sample, not a structure factor; it is sampled on an even grid plus every measured x (the
 * keyframes and table points), where the piecewise-linear lattice has its corners.
 */
import type { Lattice } from '../crystal/types';
import { dSpacing, type Hkl } from './reciprocal';

export interface TrackPoint {
  x: number;
  twoTheta: number; // degrees (NaN beyond the wavelength's reach, λ > 2d)
  d: number; // Å
}

export interface PeakTrack {
  hkl: Hkl;
  points: TrackPoint[];
}

export function braggTwoTheta(lattice: Lattice, hkl: Hkl, wavelength: number): number {
  const sin = wavelength / (2 * dSpacing(lattice, ...hkl));
  return sin <= 1 ? (360 / Math.PI) * Math.asin(sin) : Number.NaN;
}

/** `samples` even steps from x0 to x1, with the measured xs inside the range put in exactly. */
export function trackXs(x0: number, x1: number, measured: number[], samples = 60): number[] {
  const lo = Math.min(x0, x1);
  const hi = Math.max(x0, x1);
  const exact = measured.filter((x) => x >= lo && x <= hi);
  const even = Array.from({ length: samples + 1 }, (_, k) =>
    k === samples ? hi : lo + ((hi - lo) * k) / samples,
  );
  // An even sample within rounding of a measured x is that x.
  const near = (x: number) => exact.some((m) => Math.abs(m - x) <= 1e-9 * (1 + Math.abs(m)));
  const xs = [...exact, ...even.filter((x) => !near(x))];
  return [...new Set(xs)].sort((p, q) => p - q);
}

export function peakTracks(
  latticeAt: (x: number) => Lattice,
  hkls: Hkl[],
  wavelength: number,
  xs: number[],
): PeakTrack[] {
  const lattices = xs.map(latticeAt);
  return hkls.map((hkl) => ({
    hkl,
    points: xs.map((x, i) => ({
      x,
      twoTheta: braggTwoTheta(lattices[i], hkl, wavelength),
      d: dSpacing(lattices[i], ...hkl),
    })),
  }));
}
