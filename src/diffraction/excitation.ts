/**
 * Thin-foil weighting of SAED spots: a foil of thickness t has, in reciprocal space, each
 * lattice point drawn out along the foil normal into a "relrod", and the Ewald sphere cuts a
 * spot's relrod at its excitation error s (the distance from the lattice point to the sphere
 * along the beam). Kinematically the intensity of a spot is |F|² times the shape factor
 *
 *   sinc²:      |∫₀ᵗ exp(2πi s z) dz|² / t² = [sin(π t s) / (π t s)]²,
 *
 * the textbook kinematical result for a parallel-sided foil (Hirsch, Howie, Nicholson,
 * Pashley & Whelan, Electron Microscopy of Thin Crystals, Butterworths, 1965; Williams &
 * Carter, Transmission Electron Microscopy, 2nd ed., Springer, 2009, ch. 17 — books, cited
 * without a DOI), normalised to 1 at s = 0. Its zeros at s = n/t are smoothed out in a real
 * foil (bending, varying thickness, beam convergence), so a Lorentzian of the same FWHM
 * (0.886/t) and no zeros is offered too: 1 / (1 + (s / γ)²), γ = 0.443/t. Modelled: flat
 * untilted foil, beam exactly down the zone, no dynamical scattering.
 */
import type { Vec3 } from '../crystal/types';

export type FoilShape = 'sinc2' | 'lorentzian';
export const FOIL_SHAPES: FoilShape[] = ['sinc2', 'lorentzian'];

export interface Foil {
  thickness: number; // Å
  shape: FoilShape;
}

/** x at which sinc²(x) = ½ (solved numerically; the central peak's half width in π t s). */
export const SINC2_HALF = 1.391557;

/**
 * Excitation error (Å⁻¹) of the reciprocal lattice point g for an incident wave vector of
 * length 1/λ along the unit vector `beam` (the direction the electrons travel):
 * s = (k² − |k + g|²) / (2k), positive when the point lies inside the Ewald sphere. For a
 * zero-order Laue zone spot with the beam down the zone (g ⊥ beam) this is −λ g² / 2.
 */
export function excitationError(g: Vec3, lambda: number, beam: Vec3): number {
  const k = 1 / lambda;
  const kg: Vec3 = [k * beam[0] + g[0], k * beam[1] + g[1], k * beam[2] + g[2]];
  return (k * k - (kg[0] * kg[0] + kg[1] * kg[1] + kg[2] * kg[2])) / (2 * k);
}

/** The shape factor of a foil at excitation error s, 1 at s = 0. */
export function shapeFactor(s: number, foil: Foil): number {
  const x = Math.PI * foil.thickness * s;
  if (foil.shape === 'lorentzian') {
    const u = x / SINC2_HALF;
    return 1 / (1 + u * u);
  }
  if (Math.abs(x) < 1e-8) return 1;
  const v = Math.sin(x) / x;
  return v * v;
}
