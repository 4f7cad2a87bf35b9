import { beforeAll, describe, expect, it } from 'vitest';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { formFactor } from '../../src/diffraction/form-factors';
import { angleBetween, dSpacing, reflectionsWithin } from '../../src/diffraction/reciprocal';
import { scatterersFromCrystal } from '../../src/diffraction/scatterers';
import {
  type Calculator,
  structureFactor,
  structureFactorCalculator,
} from '../../src/diffraction/structure-factor';
import { bundled, crystalOf, NACL_CIF } from './diffraction-fixtures';

beforeAll(() => initMoyoNode());

const xray = (name: string): Calculator =>
  structureFactorCalculator(scatterersFromCrystal(bundled(name), { adp: 'none' }), {
    radiation: 'xray',
  });
const fx = (el: string, d: number) => formFactor('xray', el, 1 / (2 * d));

describe('NaCl (Fm-3m, a = 5.64 Å) by hand', () => {
  it('d(111) = a/√3, d(200) = a/2, d(220) = a/√8; (111)∠(200) = 54.74°', () => {
    const c = crystalOf(NACL_CIF);
    expect(dSpacing(c.lattice, 1, 1, 1)).toBeCloseTo(5.64 / Math.sqrt(3), 6);
    expect(dSpacing(c.lattice, 2, 0, 0)).toBeCloseTo(2.82, 6);
    expect(dSpacing(c.lattice, 2, 2, 0)).toBeCloseTo(5.64 / Math.sqrt(8), 6);
    expect(angleBetween(c.lattice, [1, 1, 1], [2, 0, 0])).toBeCloseTo(54.7356, 3);
  });

  it('F(111) = 4(f_Na − f_Cl), F(200) = 4(f_Na + f_Cl), F(100) = F(110) = 0 (F-centring)', () => {
    const c = crystalOf(NACL_CIF);
    const calc = structureFactorCalculator(scatterersFromCrystal(c, { adp: 'none' }), {
      radiation: 'xray',
    });
    const d111 = 5.64 / Math.sqrt(3);
    const F111 = structureFactor(calc, [1, 1, 1]);
    expect(F111.re).toBeCloseTo(4 * (fx('Na', d111) - fx('Cl', d111)), 6);
    expect(F111.im).toBeCloseTo(0, 9);
    expect(structureFactor(calc, [2, 0, 0]).re).toBeCloseTo(
      4 * (fx('Na', 2.82) + fx('Cl', 2.82)),
      6,
    );
    for (const hkl of [
      [1, 0, 0],
      [1, 1, 0],
      [2, 1, 0],
    ] as const) {
      const F = structureFactor(calc, [...hkl]);
      expect(Math.hypot(F.re, F.im)).toBeLessThan(1e-9);
    }
  });

  it('the Debye–Waller factor multiplies F by exp(−B s²)', () => {
    const c = crystalOf(NACL_CIF);
    const sc = scatterersFromCrystal(c); // no U in the file: the stated default B = 0.5 Å²
    const calc = structureFactorCalculator(sc, { radiation: 'xray' });
    const s2 = 1 / (4 * 2.82 * 2.82);
    expect(structureFactor(calc, [2, 0, 0]).re).toBeCloseTo(
      4 * (fx('Na', 2.82) + fx('Cl', 2.82)) * Math.exp(-0.5 * s2),
      6,
    );
  });
});

describe('β-MnO2 (rutile type, P4₂/mnm) by hand', () => {
  const u = 0.30515;
  it('d(110) = a/√2, d(101), d(001) = c', () => {
    const c = bundled('beta-MnO2');
    const { a, c: cc } = c.lattice;
    expect(dSpacing(c.lattice, 1, 1, 0)).toBeCloseTo(a / Math.SQRT2, 6);
    expect(dSpacing(c.lattice, 1, 0, 1)).toBeCloseTo(1 / Math.sqrt(1 / a ** 2 + 1 / cc ** 2), 6);
    expect(dSpacing(c.lattice, 0, 0, 1)).toBeCloseTo(cc, 6);
  });

  it('F(110) = 2f_Mn + (2 + 2cos 4πu) f_O', () => {
    const calc = xray('beta-MnO2');
    const d = bundled('beta-MnO2').lattice.a / Math.SQRT2;
    const F = structureFactor(calc, [1, 1, 0]);
    expect(F.re).toBeCloseTo(2 * fx('Mn', d) + (2 + 2 * Math.cos(4 * Math.PI * u)) * fx('O', d), 6);
    expect(F.im).toBeCloseTo(0, 9);
  });

  it('4₂ screw: F(001) = 0 but F(002) = 2f_Mn + 4f_O; n glide: F(100) = 0', () => {
    const calc = xray('beta-MnO2');
    const c = bundled('beta-MnO2').lattice.c;
    const F001 = structureFactor(calc, [0, 0, 1]);
    expect(Math.hypot(F001.re, F001.im)).toBeLessThan(1e-9);
    expect(structureFactor(calc, [0, 0, 2]).re).toBeCloseTo(
      2 * fx('Mn', c / 2) + 4 * fx('O', c / 2),
      6,
    );
    const F100 = structureFactor(calc, [1, 0, 0]);
    expect(Math.hypot(F100.re, F100.im)).toBeLessThan(1e-9);
  });
});

describe('α-MnO2 (hollandite, I4/m) by hand', () => {
  it('d(110) = a/√2, d(200) = a/2, d(310) = a/√10', () => {
    const { lattice } = bundled('alpha-MnO2');
    expect(dSpacing(lattice, 1, 1, 0)).toBeCloseTo(9.777 / Math.SQRT2, 6);
    expect(dSpacing(lattice, 2, 0, 0)).toBeCloseTo(4.8885, 6);
    expect(dSpacing(lattice, 3, 1, 0)).toBeCloseTo(9.777 / Math.sqrt(10), 6);
  });

  it('F(002) = 8f_Mn + 16f_O: every atom at z = 0 or ½ scatters in phase', () => {
    const calc = xray('alpha-MnO2');
    const d = 2.8548 / 2;
    expect(structureFactor(calc, [0, 0, 2]).re).toBeCloseTo(8 * fx('Mn', d) + 16 * fx('O', d), 5);
  });

  it('I-centring: every reflection with h + k + l odd has F = 0, and only those', () => {
    const calc = xray('alpha-MnO2');
    let odd = 0;
    for (const hkl of reflectionsWithin(bundled('alpha-MnO2').lattice, 0.6)) {
      const F = structureFactor(calc, hkl);
      const amplitude = Math.hypot(F.re, F.im);
      if ((hkl[0] + hkl[1] + hkl[2]) % 2 !== 0) {
        odd++;
        expect(amplitude).toBeLessThan(1e-9);
      }
    }
    expect(odd).toBeGreaterThan(50);
    const F110 = structureFactor(calc, [1, 1, 0]);
    expect(Math.hypot(F110.re, F110.im)).toBeGreaterThan(5);
  });
});
