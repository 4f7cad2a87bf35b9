/** Tracked powder peaks against x: Bragg's law on the scenario's lattice at each x. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { braggTwoTheta, peakTracks, trackXs } from '../../src/diffraction/peak-track';
import { scatterersFromCrystal } from '../../src/diffraction/scatterers';
import { XRAY_LINES } from '../../src/diffraction/wavelengths';
import { powderPattern } from '../../src/diffraction/xrd';
import { latticeAt } from '../../src/insertion/lattice-path';
import { loadScenario } from '../../src/insertion/load';
import { buildInsertionPath } from '../../src/insertion/path';
import { bundled } from './diffraction-fixtures';

beforeAll(() => initMoyoNode());

const DIR = path.resolve(__dirname, '../../structures');

function scenario(id: string) {
  const file = `structures/${id}.scenario.json`;
  const text = readFileSync(path.join(DIR, `${id}.scenario.json`), 'utf8');
  const r = loadScenario(text, file, (p) => readFileSync(path.resolve(DIR, '..', p), 'utf8'));
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  const built = buildInsertionPath(r.value.scenario, r.value.crystals, [1, 1, 1]);
  if (!built.ok) throw new Error(built.error.message);
  return { path: built.value, crystals: r.value.crystals };
}

describe('peak tracks', () => {
  it('2θ(200) of α-MnO2 (a = 9.777 Å) with Cu Kα1 is 18.132° (the pattern’s own peak)', () => {
    const crystal = bundled('alpha-MnO2');
    const t = braggTwoTheta(crystal.lattice, [2, 0, 0], XRAY_LINES.CuKa1);
    // 2·asin(1.5406 / 9.777) by hand = 18.1322°
    expect(t).toBeCloseTo(18.1322, 3);
    const peak = powderPattern(scatterersFromCrystal(crystal)).peaks.find((p) =>
      p.hkl.some((h) => h.join() === '2,0,0'),
    );
    expect(t).toBeCloseTo(peak?.twoTheta ?? 0, 9);
    expect(braggTwoTheta(crystal.lattice, [40, 0, 0], XRAY_LINES.CuKa1)).toBeNaN();
  });

  it('samples evenly and at every measured x, sorted, without repeats', () => {
    const xs = trackXs(0, 1.42, [0, 0.5, 1.42, 2], 4);
    expect(xs).toEqual([0, 0.355, 0.5, 0.71, 1.065, 1.42]);
  });

  it('K⁺ → α-MnO2: at each keyframe the track is the keyframe CIF’s peak; (200), (310) fall', () => {
    const { path: p, crystals } = scenario('k-alpha-mno2');
    const xs = trackXs(
      p.xs[0],
      p.xs[p.xs.length - 1],
      p.latticeNodes.map((n) => n.x),
    );
    const tracks = peakTracks(
      (x) => latticeAt(p.latticeNodes, x).lattice,
      [
        [2, 0, 0],
        [3, 1, 0],
      ],
      XRAY_LINES.CuKa1,
      xs,
    );
    p.xs.forEach((x, k) => {
      const cif = powderPattern(scatterersFromCrystal(crystals[k])).peaks;
      for (const track of tracks) {
        const point = track.points.find((q) => q.x === x);
        const peak = cif.find((q) => q.hkl.some((h) => h.join() === track.hkl.join()));
        expect(point?.twoTheta).toBeCloseTo(peak?.twoTheta ?? 0, 9);
        expect(point?.d).toBeCloseTo(peak?.d ?? 0, 9);
      }
    });
    for (const track of tracks) {
      const t = track.points.map((q) => q.twoTheta);
      for (let i = 1; i < t.length; i++) expect(t[i]).toBeLessThan(t[i - 1]);
    }
  });

  it('Na⁺ out of P2: as c collapses towards O2, (002) moves to higher 2θ', () => {
    const { path: p } = scenario('na-p2-o2');
    const lo = Math.min(...p.xs);
    const hi = Math.max(...p.xs);
    const [track] = peakTracks(
      (x) => latticeAt(p.latticeNodes, x).lattice,
      [[0, 0, 2]],
      XRAY_LINES.CuKa1,
      [lo, hi],
    );
    const c = (x: number) => latticeAt(p.latticeNodes, x).lattice.c;
    const [atLo, atHi] = track.points.map((q) => q.twoTheta);
    // The smaller c gives the larger 2θ, whichever end of x it is at.
    expect(Math.sign(atLo - atHi)).toBe(Math.sign(c(hi) - c(lo)));
    expect(Math.abs(atLo - atHi)).toBeGreaterThan(0.5);
  });
});
