/** The three views on an insertion frame: peaks shift and K columns appear as x grows. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { scatterersFromFrame } from '../../src/diffraction/frame-scatterers';
import { projectColumns } from '../../src/diffraction/projection';
import { scatterersFromCrystal } from '../../src/diffraction/scatterers';
import { powderPattern, type XrdPeak } from '../../src/diffraction/xrd';
import { frameAt } from '../../src/insertion/frame';
import { loadScenario } from '../../src/insertion/load';
import { buildInsertionPath } from '../../src/insertion/path';

beforeAll(() => initMoyoNode());

const DIR = path.resolve(__dirname, '../../structures');

function kScenario() {
  const text = readFileSync(path.join(DIR, 'k-alpha-mno2.scenario.json'), 'utf8');
  const r = loadScenario(text, 'structures/k-alpha-mno2.scenario.json', (p) =>
    readFileSync(path.resolve(DIR, '..', p), 'utf8'),
  );
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  const built = buildInsertionPath(r.value.scenario, r.value.crystals, [1, 1, 1]);
  if (!built.ok) throw new Error(built.error.message);
  return { path: built.value, crystals: r.value.crystals };
}

const peak = (list: XrdPeak[], h: number, k: number, l: number) =>
  list.find((p) => p.hkl.some((x) => x.join() === `${h},${k},${l}`));

describe('diffraction of the K⁺ → α-MnO2 scenario', () => {
  it('at each keyframe x the frame’s pattern is the keyframe CIF’s pattern', () => {
    const { path: p, crystals } = kScenario();
    p.xs.forEach((x, k) => {
      const fromFrame = powderPattern(scatterersFromFrame(p, frameAt(p, x), crystals[0]));
      const fromCif = powderPattern(scatterersFromCrystal(crystals[k]));
      for (const q of fromCif.peaks.filter((q) => q.intensity > 1)) {
        const m = fromFrame.peaks.find((f) => Math.abs(f.twoTheta - q.twoTheta) < 1e-6);
        expect(m, `x ${x}: peak at ${q.twoTheta}`).toBeDefined();
        expect(m?.intensity).toBeCloseTo(q.intensity, 1);
      }
    });
  });

  it('(200) and (310) move to lower 2θ as x grows', () => {
    const { path: p, crystals } = kScenario();
    const at = (x: number) =>
      powderPattern(scatterersFromFrame(p, frameAt(p, x), crystals[0])).peaks;
    const [a, b, c] = [at(0), at(0.7), at(1.42)];
    for (const [h, k, l] of [
      [2, 0, 0],
      [3, 1, 0],
    ] as const) {
      const t = [a, b, c].map((list) => peak(list, h, k, l)?.twoTheta ?? Number.NaN);
      expect(t[1]).toBeLessThan(t[0]);
      expect(t[2]).toBeLessThan(t[1]);
    }
  });

  it('K columns at the 2×2 tunnel centres brighten with x; none at x = 0', () => {
    const { path: p, crystals } = kScenario();
    const kWeight = (x: number) => {
      const proj = projectColumns(scatterersFromFrame(p, frameAt(p, x), crystals[0]), [0, 0, 1]);
      return proj.columns.filter((c) => c.elements.K).reduce((s, c) => s + c.weight, 0);
    };
    expect(kWeight(0)).toBe(0);
    expect(kWeight(0.7)).toBeGreaterThan(0);
    expect(kWeight(1.42)).toBeGreaterThan(kWeight(0.7));
  });
});
