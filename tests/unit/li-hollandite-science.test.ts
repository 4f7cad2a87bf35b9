/**
 * The Li⁺ scenario against the published facts it cites: α-MnO2 (Kijima et al. 2004, ICSD
 * 99416) written in the I2/m cell of the lithiated hollandite Li2.72Mn6.64O16 (Botkovitz et al.
 * 1994, ICSD 75540), one cell setting along the whole path, β and the a/c split in the frame,
 * and the modelled Li⁺ sites at the Shannon contact distance.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import { expandCell } from '../../src/crystal/expand';
import { nearestNeighbours } from '../../src/crystal/nearest';
import { readCif } from '../../src/crystal/read';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Crystal } from '../../src/crystal/types';
import { frameAt } from '../../src/insertion/frame';
import { loadScenario } from '../../src/insertion/load';
import { buildInsertionPath } from '../../src/insertion/path';

const DIR = path.resolve(__dirname, '../../structures');

beforeAll(() => initMoyoNode());

function crystalOf(file: string): Crystal {
  const r = readCif(readFileSync(path.join(DIR, file), 'utf8'), file);
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  return r.value.crystals[0];
}

/** Distances (Å) from the first atom of `label` to its neighbours of `element`. */
function distances(c: Crystal, label: string, element: string, k = 12): number[] {
  const site = c.sites.findIndex((s) => s.label === label);
  const r = nearestNeighbours(c, expandCell(c), { site }, k);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.filter((n) => n.element === element).map((n) => n.distance);
}

const mean = (v: number[]) => v.reduce((s, d) => s + d, 0) / v.length;

describe('Li2.72Mn6.64O16 keyframe (Botkovitz et al. 1994, ICSD 75540)', () => {
  const c = () => crystalOf('li-alpha-mno2--botkovitz.cif');

  it('is I2/m with the published cell', () => {
    const x = c();
    expect(x.spaceGroup.number).toBe(12);
    const { a, b, c: cc, alpha, beta, gamma } = x.lattice;
    expect({ a, b, c: cc, alpha, beta, gamma }).toEqual({
      a: 9.834,
      b: 2.7846,
      c: 10.191,
      alpha: 90,
      beta: 92.27,
      gamma: 90,
    });
  });

  it('holds Li2.72Mn6.64O16 per cell on 4i sites (4 positions each)', () => {
    const x = c();
    const comp = composition(x);
    expect(comp.Mn).toBeCloseTo(6.64, 6);
    expect(comp.O).toBeCloseTo(16, 6);
    expect(comp.Li).toBeCloseTo(2.72, 6);
    for (const s of x.sites) expect([s.label, s.wyckoff]).toEqual([s.label, '4i']);
    expect(expandCell(x).count).toBe(32); // 8 Mn + 16 O + 8 modelled Li positions
  });

  it('keeps MnO6 octahedra with mean Mn–O 1.88–1.95 Å (strongly distorted, as refined)', () => {
    const x = c();
    for (const mn of ['Mn1', 'Mn2']) {
      const d = distances(x, mn, 'O').slice(0, 6);
      expect(d).toHaveLength(6);
      expect(mean(d), mn).toBeGreaterThan(1.88);
      expect(mean(d), mn).toBeLessThan(1.95);
      for (const v of d) expect(v).toBeGreaterThan(1.7);
      for (const v of d) expect(v).toBeLessThan(2.25);
    }
  });
});

describe('α-MnO2 keyframe in the I2/m setting (Kijima et al. 2004, ICSD 99416)', () => {
  it('is the tetragonal cell re-set: a = c = 9.777, b = 2.8548 Å, β = 90°, Mn8O16', () => {
    const x = crystalOf('li-alpha-mno2--empty.cif');
    expect(x.spaceGroup.number).toBe(12);
    expect([x.lattice.a, x.lattice.b, x.lattice.c, x.lattice.beta]).toEqual([
      9.777, 2.8548, 9.777, 90,
    ]);
    expect(composition(x)).toMatchObject({ Mn: 8, O: 16 });
  });

  it('has the same Mn–O distances as the tetragonal file (alpha-MnO2.cif)', () => {
    const mono = crystalOf('li-alpha-mno2--empty.cif');
    const tetra = crystalOf('alpha-MnO2.cif');
    const want = distances(tetra, 'Mn1', 'O').slice(0, 6);
    for (const mn of ['Mn1', 'Mn2']) {
      const got = distances(mono, mn, 'O').slice(0, 6);
      for (const [i, d] of got.entries()) expect(d, mn).toBeCloseTo(want[i], 3);
    }
    expect(want[0]).toBeCloseTo(1.887, 3);
  });
});

describe('modelled Li⁺ sites', () => {
  for (const file of ['li-alpha-mno2--empty.cif', 'li-alpha-mno2--botkovitz.cif'])
    it(`${file}: nearest O at r(Li⁺) + r(O²⁻) = 0.76 + 1.40 = 2.16 Å (±0.02), Mn ≥ 2.7 Å`, () => {
      const x = crystalOf(file);
      for (const li of ['Li1', 'Li2']) {
        const o = distances(x, li, 'O');
        expect(o[0], li).toBeGreaterThan(2.14);
        expect(o[0], li).toBeLessThan(2.18);
        expect(Math.min(...distances(x, li, 'Mn', 24)), li).toBeGreaterThan(2.7);
      }
    });
});

describe('the Li⁺ path', () => {
  const load = () => {
    const name = 'li-alpha-mno2.scenario.json';
    const r = loadScenario(readFileSync(path.join(DIR, name), 'utf8'), `structures/${name}`, (p) =>
      readFileSync(path.resolve(DIR, '..', p), 'utf8'),
    );
    if (!r.ok) throw new Error(formatDiagnostic(r.error));
    const built = buildInsertionPath(r.value.scenario, r.value.crystals, [1, 1, 1]);
    if (!built.ok) throw new Error(built.error.message);
    return built.value;
  };

  it('runs in one cell setting from tetragonal to monoclinic: β 90 → 92.27°', () => {
    const p = load();
    expect(p.scenario.keyframes.map((k) => k.cif)).toEqual([
      'li-alpha-mno2--empty.cif',
      'li-alpha-mno2--botkovitz.cif',
    ]);
    expect(frameAt(p, 0).lattice.beta).toBe(90);
    expect(frameAt(p, 2.72).lattice.beta).toBeCloseTo(92.27, 9);
    expect(frameAt(p, 1.36).lattice.beta).toBeCloseTo(91.135, 6);
    expect(frameAt(p, 1.36).measured).toBe(false);
  });

  it('splits a and c (the square tunnel section) while b, the tunnel axis, shrinks', () => {
    const end = frameAt(load(), 2.72).change;
    expect(end.a).toBeCloseTo(((9.834 - 9.777) / 9.777) * 100, 6); // +0.58 %
    expect(end.c).toBeCloseTo(((10.191 - 9.777) / 9.777) * 100, 6); // +4.23 %
    expect(end.b).toBeCloseTo(((2.7846 - 2.8548) / 2.8548) * 100, 6); // −2.46 %
  });

  it('writes the formula from the composition: Mn8O16 → Li2.72Mn6.64O16', () => {
    const p = load();
    expect(frameAt(p, 0).formula).toBe('Mn8O16');
    expect(frameAt(p, 2.72).formula).toBe('Li2.72Mn6.64O16');
    expect(frameAt(p, 1.36).formula).toBe('Li1.36Mn7.32O16');
  });

  it('names the Li⁺ positions as modelled, and cites no DOI it has not read', () => {
    const s = load().scenario;
    expect(s.modelled?.map((m) => [m.what, m.tag])).toContainEqual(['Li⁺ positions', 'modelled']);
    for (const k of s.keyframes) {
      expect(k.doi).toBeUndefined();
      expect(k.cite).toMatch(/DOI to be confirmed/);
    }
  });
});
