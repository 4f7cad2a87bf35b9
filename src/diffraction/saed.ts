/**
 * Kinematic selected-area electron diffraction of one zone axis: the reflections of the
 * zero-order Laue zone of [uvw] within |g| ≤ gMax, intensity |F|² with electron form factors,
 * positions on the screen plane (Å⁻¹) oriented like the 3D view. Forbidden reflections are
 * absent because their F is zero, not because a rule removes them. Dynamical scattering
 * (which can light up kinematically forbidden spots in thick crystals) is not modelled.
 */
import type { Vec3 } from '../crystal/types';
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
}

export interface SaedSpot {
  hkl: Hkl;
  /** Position on the screen, Å⁻¹ (x right, y up). */
  g: [number, number];
  d: number; // Å
  /** Normalised to the strongest spot = 100. */
  intensity: number;
}

export interface SaedPattern {
  zone: Vec3;
  lambda: number; // Å
  gMax: number;
  spots: SaedSpot[];
}

export function saedPattern(sc: Scatterers, zoneIn: Vec3, options: SaedOptions = {}): SaedPattern {
  const zone = primitiveDirection(zoneIn);
  const gMax = options.gMax ?? DEFAULT_GMAX;
  const lambda = electronWavelength(options.kV ?? DEFAULT_KV);
  const frame = screenFrame(sc.lattice, zone, options.up);
  const calc = structureFactorCalculator(sc, { radiation: 'electron' });
  const raw = reflectionsWithin(sc.lattice, gMax, zone).map((hkl) => {
    const g = gVector(sc.lattice, ...hkl);
    return {
      hkl,
      g: onScreen(frame, g),
      d: 1 / Math.hypot(...g),
      i: intensityOf(structureFactor(calc, hkl)),
    };
  });
  const top = raw.reduce((m, s) => Math.max(m, s.i), 0);
  const spots = raw
    .filter((s) => s.i > ABSENT * top)
    .map((s) => ({ hkl: s.hkl, g: s.g, d: s.d, intensity: (100 * s.i) / top }))
    .sort((p, q) => q.intensity - p.intensity || p.d - q.d);
  return { zone, lambda, gMax, spots };
}
