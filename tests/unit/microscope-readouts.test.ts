/** The panel's pinned read-outs and settings, on real patterns: values follow x and options. */
import { beforeAll, describe, expect, it } from 'vitest';
import { latticeFromParams } from '../../src/crystal/lattice';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { saedPattern } from '../../src/diffraction/saed';
import { scatterersFromCrystal } from '../../src/diffraction/scatterers';
import { computeMicroscope, type MicroscopeRequest } from '../../src/diffraction/views';
import { XRAY_LINES } from '../../src/diffraction/wavelengths';
import { powderPattern } from '../../src/diffraction/xrd';
import { peakReadout, spotReadout } from '../../src/ui/microscope/readouts';
import { bundled } from './diffraction-fixtures';

beforeAll(() => initMoyoNode());

const alpha = () => bundled('alpha-MnO2');
const kHollandite = () => bundled('K-hollandite');

describe('pinned read-outs', () => {
  it('a powder peak: (hkl), 2θ, d, I and Δ2θ from the reference cell', () => {
    const full = kHollandite();
    const small = latticeFromParams({ ...full.lattice, a: 9.7, b: 9.7 });
    if (!small.ok) throw new Error(small.error.message);
    const p = powderPattern(scatterersFromCrystal(full));
    const r = peakReadout(p, '2,0,0', small.value);
    const peak = p.peaks.find((q) => q.hkl.some((h) => h.join() === '2,0,0'));
    expect(r.twoTheta).toBe(peak?.twoTheta);
    expect(r.d).toBeCloseTo(full.lattice.a / 2, 9);
    // A larger a than the reference's 9.7 Å: below 2·asin(1.5406 / 9.7) = 18.2776°.
    expect(r.shift).toBeCloseTo((peak?.twoTheta ?? 0) - 18.2776, 3);
    expect(r.shift).toBeLessThan(0);
    expect(r.text).toMatch(/^\(200\) 2θ \d+\.\d{3}° · d 4\.\d{4} Å · I \d+\.\d · Δ2θ −0\.\d{3}°$/);
    // On its own cell, no shift.
    expect(peakReadout(p, '2,0,0', full.lattice).text).toMatch(/Δ2θ ±0\.000°$/);
  });

  it('a peak too weak at this x is said to be so', () => {
    const p = powderPattern(scatterersFromCrystal(alpha()));
    expect(peakReadout(p, '2,0,0', alpha().lattice).twoTheta).toBeCloseTo(18.1322, 3);
    const none = peakReadout(p, '1,0,0', alpha().lattice);
    expect(none.twoTheta).toBeUndefined();
    expect(none.text).toBe('(100) below 0.1 % of the strongest here');
  });

  it('an SAED spot: d, |g| in nm⁻¹ and I; absent, or out of the zone, said so', () => {
    const p = saedPattern(scatterersFromCrystal(alpha()), [0, 0, 1]);
    const r = spotReadout(p, '2,0,0');
    expect(r.d).toBeCloseTo(9.777 / 2, 3);
    expect(r.g).toBeCloseTo(20 / 9.777, 3);
    expect(r.text).toMatch(/^\(200\) d 4\.8885 Å · \|g\| 2\.046 nm⁻¹ · I \d+\.\d$/);
    expect(spotReadout(p, '1,0,0').text).toBe('(100) absent here (F = 0) or beyond the pattern');
    expect(spotReadout(p, '1,0,1').text).toBe('(101) is not in the [0 0 1] zone');
    expect(spotReadout(p, '-1,1,0').text).toMatch(/^\(1̅10\) d /);
  });
});

describe('the panel’s settings reach the views', () => {
  const request = (settings: MicroscopeRequest['settings']): MicroscopeRequest => ({
    id: 1,
    scatterers: scatterersFromCrystal(kHollandite()),
    zone: [0, 0, 1],
    views: ['stem', 'saed', 'xrd'],
    mode: 'haadf',
    pixels: 64,
    settings,
  });

  it('exponent, noise, foil, wavelength and ionic form factors each change their view', () => {
    const base = computeMicroscope(request({}));
    const set = computeMicroscope(
      request({
        exponent: 2,
        noise: 0.2,
        foil: { thickness: 500, shape: 'sinc2' },
        wavelength: XRAY_LINES.MoKa1,
        ions: true,
        fwhm: 0.5,
      }),
    );
    expect(base.error).toBeUndefined();
    expect(set.error).toBeUndefined();
    // Z² against Z^1.7: the O columns fall further behind the Mn columns.
    const oColumn = (r: typeof base) =>
      r.stem?.projection.columns.find((c) => Object.keys(c.elements).join() === 'O')?.intensity ??
      0;
    expect(set.stem?.projection.exponent).toBe(2);
    expect(oColumn(set)).toBeLessThan(oColumn(base));
    // Noise: the same size of image, other pixels, still within 0…1.
    const a = base.stem?.image.data ?? new Float32Array();
    const b = set.stem?.image.data ?? new Float32Array();
    expect(b.length).toBe(a.length);
    let differ = 0;
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 1e-3) differ++;
    expect(differ).toBeGreaterThan(a.length / 2);
    expect(Math.max(...b)).toBeLessThanOrEqual(1);
    expect(set.saed?.foil).toEqual({ thickness: 500, shape: 'sinc2' });
    // Mo Kα1: (200) at 2·asin(0.7093 / 9.777) = 8.32°.
    const p200 = set.xrd?.pattern.peaks.find((q) => q.hkl.some((h) => h.join() === '2,0,0'));
    expect(set.xrd?.pattern.wavelength).toBe(XRAY_LINES.MoKa1);
    expect(p200?.twoTheta).toBeCloseTo((360 / Math.PI) * Math.asin(0.7093 / 9.777), 3);
    // A 0.5° profile: the strongest peak's line is five times as wide at half height.
    const halfWidth = (r: typeof base) => {
      const pr = r.xrd?.profile;
      if (!pr) return 0;
      const top = pr.intensity.indexOf(Math.max(...pr.intensity));
      let n = 0;
      for (let i = 0; i < pr.intensity.length; i++) {
        if (Math.abs(i - top) < 100 && pr.intensity[i] >= pr.intensity[top] / 2) n++;
      }
      return n * (pr.twoTheta[1] - pr.twoTheta[0]);
    };
    expect(halfWidth(base)).toBeCloseTo(0.1, 1);
    expect(halfWidth(set)).toBeCloseTo(0.5, 1);
    const ionsOnly = computeMicroscope(request({ ions: true }));
    const i = (r: typeof base) => r.xrd?.pattern.peaks.map((q) => q.intensity.toFixed(2)).join();
    expect(i(ionsOnly)).not.toBe(i(base));
  });

  it('noise is reproducible: the same request gives the same image', () => {
    const one = computeMicroscope(request({ noise: 0.1 }));
    const two = computeMicroscope(request({ noise: 0.1 }));
    expect(Array.from(one.stem?.image.data ?? [])).toEqual(Array.from(two.stem?.image.data ?? []));
  });
});
