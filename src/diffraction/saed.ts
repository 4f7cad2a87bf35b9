/**
 * Kinematic selected-area electron diffraction of one zone axis: the reflections of the
 * zero-order Laue zone of [uvw] within |g| ≤ gMax, intensity |F|² with electron form factors,
 * positions on the screen plane (Å⁻¹) oriented like the 3D view. Forbidden reflections are
 * absent because their F is zero, not because a rule removes them. Dynamical scattering
 * (which can light up kinematically forbidden spots in thick crystals) is not modelled.
 * With a foil thickness, each |F|² is weighted by the foil's shape factor at the spot's
 * excitation error (excitation.ts), the beam exactly down the zone.
 */
import type { Vec3 } from '../crystal/types';
import { excitationError, type Foil, shapeFactor } from './excitation';
import { gVector, type Hkl, reflectionsWithin } from './reciprocal';
import type { Scatterers } from './scatterers';
import { intensityOf, structureFactor, structureFactorCalculator } from './structure-factor';
import { electronWavelength } from './wavelengths';
import { onScreen, primitiveDirection, screenFrame } from './zone';

export const DEFAULT_KV = 200;
export const DEFAULT_GMAX = 1.5; // Å⁻¹
/** |F|² below this fraction of the strongest spot is an absence (rounding, not scattering). */
const ABSENT = 1e-10;

export interface SaedOptions {
  kV?: number;
  gMax?: number; // Å⁻¹
  /** Cartesian screen-up (the camera's), else the 3D view's default for the zone. */
  up?: Vec3;
  /** Thin-foil weighting; without it every ZOLZ spot is fully excited (a flat Ewald sphere). */
  foil?: Foil;
}

export interface SaedSpot {
  hkl: Hkl;
  /** Position on the screen, Å⁻¹ (x right, y up). */
  g: [number, number];
  d: number; // Å
  /** Normalised to the strongest spot = 100. */
  intensity: number;
  /** Excitation error s (Å⁻¹), beam down the zone: −λg²/2 for these zero-order spots. */
  s: number;
}

export interface SaedPattern {
  zone: Vec3;
  lambda: number; // Å
  gMax: number;
  foil?: Foil;
  spots: SaedSpot[];
}

export function saedPattern(sc: Scatterers, zoneIn: Vec3, options: SaedOptions = {}): SaedPattern {
  const zone = primitiveDirection(zoneIn);
  const gMax = options.gMax ?? DEFAULT_GMAX;
  const lambda = electronWavelength(options.kV ?? DEFAULT_KV);
  const frame = screenFrame(sc.lattice, zone, options.up);
  const calc = structureFactorCalculator(sc, { radiation: 'electron' });
  // The electrons travel into the screen, against `back` (which points to the viewer).
  const beam: Vec3 = [-frame.back[0], -frame.back[1], -frame.back[2]];
  const foil = options.foil;
  const raw = reflectionsWithin(sc.lattice, gMax, zone).map((hkl) => {
    const g = gVector(sc.lattice, ...hkl);
    const s = excitationError(g, lambda, beam);
    const f2 = intensityOf(structureFactor(calc, hkl));
    return {
      hkl,
      g: onScreen(frame, g),
      d: 1 / Math.hypot(...g),
      f2,
      i: f2 * (foil ? shapeFactor(s, foil) : 1),
      s,
    };
  });
  // An absence is F = 0; a spot the foil barely excites is listed, with its small intensity.
  const topF2 = raw.reduce((m, s) => Math.max(m, s.f2), 0);
  const top = raw.reduce((m, s) => Math.max(m, s.i), 0);
  const spots = raw
    .filter((s) => s.f2 > ABSENT * topF2)
    .map((s) => ({ hkl: s.hkl, g: s.g, d: s.d, intensity: (100 * s.i) / top, s: s.s }))
    .sort((p, q) => q.intensity - p.intensity || p.d - q.d);
  return { zone, lambda, gMax, foil, spots };
}
