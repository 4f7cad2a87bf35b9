import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formFactor, formFactorFit } from '../../src/diffraction/form-factors';
import { electronWavelength } from '../../src/diffraction/wavelengths';

const PYMATGEN = JSON.parse(
  readFileSync(new URL('./fixtures/xrd-pymatgen.json', import.meta.url), 'utf8'),
);

describe('X-ray form factors (International Tables Vol. C, Table 6.1.1.4)', () => {
  it('reads the printed coefficients of Mn, Mn4+ and O2-', () => {
    expect(formFactorFit('xray', 'Mn')).toEqual({
      a: [11.2819, 7.3573, 3.0193, 2.2441],
      b: [5.3409, 0.3432, 17.8674, 83.7543],
      c: 1.0896,
    });
    expect(formFactorFit('xray', 'Mn', 4)?.a[0]).toBe(9.96253);
    expect(formFactorFit('xray', 'O', -2)?.c).toBe(0.24206);
    // An ion the table lacks falls back to the neutral atom.
    expect(formFactorFit('xray', 'Mn', 7)).toEqual(formFactorFit('xray', 'Mn'));
  });

  it('gives f(0) = number of electrons for atoms and ions', () => {
    for (const [el, z] of [
      ['O', 8],
      ['Na', 11],
      ['K', 19],
      ['Mn', 25],
      ['Fe', 26],
      ['Ni', 28],
    ] as const) {
      expect(formFactor('xray', el, 0)).toBeCloseTo(z, 1);
    }
    expect(formFactor('xray', 'Mn', 0, 4)).toBeCloseTo(21, 2);
    expect(formFactor('xray', 'O', 0, -2)).toBeCloseTo(10, 2);
    expect(formFactor('xray', 'K', 0, 1)).toBeCloseTo(18, 1);
  });

  it('matches the tabulated f0(O) at sin θ/λ = 0.5 Å⁻¹ (2.338, Table 6.1.1.1)', () => {
    expect(formFactor('xray', 'O', 0.5)).toBeCloseTo(2.338, 2);
  });

  it('agrees with pymatgen’s independent fit within 3 % for s ≤ 0.5 Å⁻¹', () => {
    const { s: sValues, f } = PYMATGEN.formFactors as { s: number[]; f: Record<string, number[]> };
    expect(Object.keys(f).length).toBeGreaterThanOrEqual(8);
    for (const [el, theirs] of Object.entries(f)) {
      sValues.forEach((s, i) => {
        expect(Math.abs(formFactor('xray', el, s) - theirs[i]) / theirs[i]).toBeLessThan(0.03);
      });
    }
  });
});

describe('electron form factors (Peng, Ren, Dudarev & Whelan 1996)', () => {
  it('reads the printed coefficients of O', () => {
    expect(formFactorFit('electron', 'O')).toEqual({
      a: [0.0974, 0.2921, 0.691, 0.699, 0.2039],
      b: [0.2067, 1.3815, 4.6943, 12.7105, 32.4726],
      c: 0,
    });
  });

  it('obeys the Mott–Bethe formula fe = 0.023934·(Z − fx)/s² against the X-ray table (±2 %)', () => {
    for (const [el, z] of [
      ['O', 8],
      ['Na', 11],
      ['K', 19],
      ['Mn', 25],
      ['Fe', 26],
    ] as const) {
      for (const s of [0.3, 0.5, 0.8, 1.2]) {
        const mott = (0.023934 * (z - formFactor('xray', el, s))) / (s * s);
        expect(Math.abs(formFactor('electron', el, s) - mott) / mott).toBeLessThan(0.02);
      }
    }
  });

  it('fe(0) of O is 1.98 Å', () => {
    expect(formFactor('electron', 'O', 0)).toBeCloseTo(1.983, 3);
  });

  it('has no entry for an element beyond the table', () => {
    expect(Number.isNaN(formFactor('electron', 'Lr', 0.5))).toBe(true);
  });
});

describe('electron wavelength', () => {
  it('is 0.02508 Å at 200 kV and 0.01969 Å at 300 kV (relativistic)', () => {
    expect(electronWavelength(200)).toBeCloseTo(0.025079, 5);
    expect(electronWavelength(300)).toBeCloseTo(0.019687, 5);
  });
});
