import { beforeAll, describe, expect, it } from 'vitest';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Vec3 } from '../../src/crystal/types';
import {
  excitationError,
  type Foil,
  SINC2_HALF,
  shapeFactor,
} from '../../src/diffraction/excitation';
import { saedPattern } from '../../src/diffraction/saed';
import { scatterersFromCrystal } from '../../src/diffraction/scatterers';
import { electronWavelength } from '../../src/diffraction/wavelengths';
import { bundled } from './diffraction-fixtures';

beforeAll(() => initMoyoNode());

const LAMBDA_200KV = electronWavelength(200);
const sinc2 = (t: number): Foil => ({ thickness: t, shape: 'sinc2' });

describe('excitation error', () => {
  it('α-MnO2 (200) at 200 kV, beam down [001]: s = −λg²/2 = −5.247·10⁻⁴ Å⁻¹ (by hand)', () => {
    // a = 9.777 Å: g(200) = 2/a = 0.20456 Å⁻¹; λ = 0.025079 Å.
    const g: Vec3 = [2 / 9.777, 0, 0];
    const s = excitationError(g, LAMBDA_200KV, [0, 0, -1]);
    expect(s).toBeCloseTo(-5.2473e-4, 7);
  });

  it('moving g by s along the beam puts it on the Ewald sphere (to first order in s)', () => {
    const k = 1 / LAMBDA_200KV;
    const beam: Vec3 = [0.6, 0, 0.8];
    for (const g of [
      [0.5, 0, -0.375],
      [0, 1.2, 0],
      [0.3, 0.4, 0.1],
    ] as Vec3[]) {
      const s = excitationError(g, LAMBDA_200KV, beam);
      const p = [0, 1, 2].map((i) => k * beam[i] + g[i] + s * beam[i]);
      // The rest is of order λ·|g|·|s| (the sphere's curvature over the step).
      const rest = 2 * LAMBDA_200KV * Math.hypot(...g) * Math.abs(s);
      expect(Math.abs(Math.hypot(...p) - k)).toBeLessThan(rest);
      expect(Math.abs(s)).toBeGreaterThan(10 * rest);
    }
  });

  it('a point inside the sphere has s > 0, outside s < 0', () => {
    // Towards the sphere's centre (against the beam) is inside.
    expect(excitationError([0.01, 0, -0.05], LAMBDA_200KV, [0, 0, 1])).toBeGreaterThan(0);
    expect(excitationError([0.5, 0, 0], LAMBDA_200KV, [0, 0, 1])).toBeLessThan(0);
  });
});

describe('foil shape factor', () => {
  it('sinc² is the squared sum of the waves from N layers through the foil, normalised', () => {
    const d = 2.8548; // Å, the layer spacing along the beam (α-MnO2 c)
    const n = 175; // layers: t = 499.6 Å
    const t = n * d;
    for (const s of [0.0005, 0.002, 0.0125, 0.021]) {
      let re = 0;
      let im = 0;
      for (let j = 0; j < n; j++) {
        re += Math.cos(2 * Math.PI * s * j * d);
        im += Math.sin(2 * Math.PI * s * j * d);
      }
      const layers = (re * re + im * im) / (n * n);
      expect(shapeFactor(s, sinc2(t))).toBeCloseTo(layers, 3);
    }
  });

  it('is 1 at s = 0, ½ at s = 0.443/t for both shapes, zero at s = 1/t only for sinc²', () => {
    const t = 500;
    const lor: Foil = { thickness: t, shape: 'lorentzian' };
    expect(shapeFactor(0, sinc2(t))).toBe(1);
    expect(shapeFactor(0, lor)).toBe(1);
    const half = SINC2_HALF / (Math.PI * t);
    expect(half * t).toBeCloseTo(0.443, 3);
    expect(shapeFactor(half, sinc2(t))).toBeCloseTo(0.5, 6);
    expect(shapeFactor(-half, lor)).toBeCloseTo(0.5, 9);
    expect(shapeFactor(1 / t, sinc2(t))).toBeLessThan(1e-12);
    expect(shapeFactor(1 / t, lor)).toBeGreaterThan(0.1);
  });
});

describe('SAED with a thin foil', () => {
  const alpha = () => scatterersFromCrystal(bundled('alpha-MnO2'));

  it('weights every spot by the shape factor at its own s = −λg²/2, and keeps 4-fold symmetry', () => {
    const flat = saedPattern(alpha(), [0, 0, 1]);
    const foil = sinc2(200); // 20 nm
    const thin = saedPattern(alpha(), [0, 0, 1], { foil });
    expect(thin.foil).toEqual(foil);
    expect(thin.spots.length).toBe(flat.spots.length);
    let ratio: number | null = null;
    for (const s of thin.spots) {
      const g = Math.hypot(...s.g);
      expect(s.s).toBeCloseTo((-LAMBDA_200KV * g * g) / 2, 10);
      const f = flat.spots.find((q) => q.hkl.join() === s.hkl.join());
      if (!f || f.intensity < 1) continue;
      const r = s.intensity / (f.intensity * shapeFactor(s.s, foil));
      ratio ??= r;
      expect(r).toBeCloseTo(ratio, 6);
      const partner = thin.spots.find(
        (q) => Math.abs(q.g[0] + s.g[1]) < 1e-9 && Math.abs(q.g[1] - s.g[0]) < 1e-9,
      );
      expect(partner?.intensity).toBeCloseTo(s.intensity, 6);
    }
  });

  it('a thicker foil fades the outer spots: (10 0 0) against (200) drops from 20 to 100 nm', () => {
    const rel = (t: number) => {
      const p = saedPattern(alpha(), [0, 0, 1], { foil: { thickness: t, shape: 'lorentzian' } });
      const at = (key: string) => p.spots.find((s) => s.hkl.join() === key)?.intensity ?? 0;
      return at('10,0,0') / at('2,0,0');
    };
    const flat = saedPattern(alpha(), [0, 0, 1]);
    const at = (key: string) => flat.spots.find((s) => s.hkl.join() === key)?.intensity ?? 0;
    const none = at('10,0,0') / at('2,0,0');
    expect(none).toBeGreaterThan(0);
    expect(rel(200)).toBeLessThan(none);
    expect(rel(1000)).toBeLessThan(rel(200) / 2);
  });
});
