import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { pseudoVoigt } from '../../src/diffraction/profile';
import { scatterersFromCrystal } from '../../src/diffraction/scatterers';
import { powderPattern, type XrdPeak } from '../../src/diffraction/xrd';
import { bundled } from './diffraction-fixtures';

beforeAll(() => initMoyoNode());

interface RefPeak {
  twoTheta: number;
  intensity: number;
  d: number;
}
const REF = JSON.parse(
  readFileSync(new URL('./fixtures/xrd-pymatgen.json', import.meta.url), 'utf8'),
) as { wavelength: number; range: [number, number]; patterns: Record<string, RefPeak[]> };

const WINDOW = 0.005; // ° 2θ: near-coincident reflections are summed on both sides

function sumNear<T extends { twoTheta: number; intensity: number }>(list: T[], at: number) {
  return list
    .filter((p) => Math.abs(p.twoTheta - at) < WINDOW)
    .reduce((s, p) => s + p.intensity, 0);
}

describe('powder XRD against pymatgen’s XRDCalculator (fixtures from tests/unit/fixtures/xrd-pymatgen.py)', () => {
  for (const [name, ref] of Object.entries(REF.patterns)) {
    it(`${name}: every peak ≥ 0.5 at the same 2θ (±0.001°) and d, intensity within 1.5 of 100`, () => {
      const pattern = powderPattern(scatterersFromCrystal(bundled(name), { adp: 'none' }), {
        wavelength: REF.wavelength,
        range: REF.range,
      });
      const strong = ref.filter((p) => p.intensity >= 0.5);
      expect(strong.length).toBeGreaterThan(5);
      for (const q of strong) {
        const mine = pattern.peaks.filter((p) => Math.abs(p.twoTheta - q.twoTheta) < 0.001);
        expect(mine.length, `${name} peak at ${q.twoTheta}°`).toBeGreaterThan(0);
        expect(mine[0].d).toBeCloseTo(q.d, 3);
        expect(
          Math.abs(sumNear(pattern.peaks, q.twoTheta) - sumNear(ref, q.twoTheta)),
        ).toBeLessThan(1.5);
      }
      // And nothing strong that pymatgen does not have.
      for (const p of pattern.peaks.filter((x) => x.intensity >= 1)) {
        expect(ref.some((q) => Math.abs(q.twoTheta - p.twoTheta) < 0.001)).toBe(true);
      }
    });
  }
});

describe('powder pattern shape', () => {
  const peaks = () => powderPattern(scatterersFromCrystal(bundled('alpha-MnO2'))).peaks;
  const at = (list: XrdPeak[], h: number, k: number, l: number) =>
    list.find((p) => p.hkl.some((x) => x[0] === h && x[1] === k && x[2] === l));

  it('scales to 100, merges equivalent reflections and lists one hkl per family', () => {
    const list = peaks();
    expect(Math.max(...list.map((p) => p.intensity))).toBeCloseTo(100, 9);
    expect(list.every((p) => p.intensity >= 0.1)).toBe(true);
    const p110 = at(list, 1, 1, 0);
    expect(p110?.multiplicity).toBe(4); // 110, 1-10, -110, -1-10
    expect(p110?.hkl).toEqual([[1, 1, 0]]);
    // In 4/m, 310 and 130 are two families of one d: 8 reflections, two representatives.
    const p310 = at(list, 3, 1, 0);
    expect(p310?.multiplicity).toBe(8);
    expect(p310?.hkl).toHaveLength(2);
  });

  it('Bragg’s law: 2θ(200) = 2·asin(λ/2d) for Cu Kα1 and for Mo Kα1', () => {
    const sc = scatterersFromCrystal(bundled('alpha-MnO2'));
    for (const lambda of [1.5406, 0.7093]) {
      const p = at(powderPattern(sc, { wavelength: lambda }).peaks, 2, 0, 0);
      expect(p?.twoTheta).toBeCloseTo((360 / Math.PI) * Math.asin(lambda / (2 * 4.8885)), 6);
    }
  });

  it('the pseudo-Voigt profile peaks at each strong reflection with its height', () => {
    const pattern = powderPattern(scatterersFromCrystal(bundled('beta-MnO2')));
    const prof = pseudoVoigt(pattern, { fwhm: 0.1, step: 0.01 });
    const top = pattern.peaks.reduce((m, p) => (p.intensity > m.intensity ? p : m));
    const i = Math.round((top.twoTheta - pattern.range[0]) / 0.01);
    expect(prof.intensity[i]).toBeGreaterThan(95);
    expect(prof.intensity[i + 30]).toBeLessThan(5); // 0.3° off the peak
  });
});
