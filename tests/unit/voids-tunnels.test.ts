/**
 * The tunnels the analysis finds and names agree with the tunnel centres written out for
 * every bundled tunnel oxide, and the analysis follows a scenario frame by frame.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandCell } from '../../src/crystal/expand';
import { readCif } from '../../src/crystal/read';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Vec3 } from '../../src/crystal/types';
import { frameAt } from '../../src/insertion/frame';
import { loadScenario } from '../../src/insertion/load';
import { buildInsertionPath } from '../../src/insertion/path';
import { CATALOGUE } from '../../src/state/catalogue';
import { analyse, type Tunnel } from '../../src/voids/analyse';
import { atomsFromFrame } from '../../src/voids/frame-atoms';
import { atomsFromCrystal } from '../../src/voids/framework';

const DIR = path.resolve(__dirname, '../../structures');

function analyseFile(id: string) {
  const r = readCif(readFileSync(path.join(DIR, `${id}.cif`), 'utf8'), id);
  if (!r.ok) throw new Error(r.error.message);
  const crystal = r.value.crystals[0];
  return analyse(atomsFromCrystal(crystal, expandCell(crystal)));
}

/** The same axis: equal across the tunnel modulo a lattice translation (axis component free). */
function sameAxis(a: Vec3, b: Vec3, axis: number): boolean {
  return [0, 1, 2].every((k) => {
    if (k === axis) return true;
    const d = a[k] - b[k];
    return Math.abs(d - Math.round(d)) < 0.005;
  });
}

beforeAll(() => initMoyoNode());

describe('tunnels found = tunnels written out', () => {
  // Where each bundled tunnel oxide's tunnels were written by hand, as [name, axis, centres].
  const EXPECTED: Record<string, [string, number, Vec3[]][]> = {
    'alpha-MnO2': [
      [
        '2×2',
        2,
        [
          [0, 0, 0],
          [0.5, 0.5, 0],
        ],
      ],
      [
        '1×1',
        2,
        [
          [0, 0.5, 0],
          [0.5, 0, 0],
        ],
      ],
    ],
    'K-hollandite': [
      [
        '2×2',
        2,
        [
          [0, 0, 0],
          [0.5, 0.5, 0],
        ],
      ],
      [
        '1×1',
        2,
        [
          [0, 0.5, 0],
          [0.5, 0, 0],
        ],
      ],
    ],
    'beta-MnO2': [
      [
        '1×1',
        2,
        [
          [0.5, 0, 0],
          [0, 0.5, 0],
        ],
      ],
    ],
    todorokite: [['3×3', 1, [[0.5, 0, 0.5]]]],
    ramsdellite: [
      [
        '1×2',
        1,
        [
          [0, 0, 0.5],
          [0.5, 0, 0],
        ],
      ],
    ],
  };

  it('covers every tunnel oxide in the picker', () => {
    const tunnelOxides = CATALOGUE.filter((e) => e.group === 'Tunnel oxides').map((e) => e.id);
    expect(tunnelOxides.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [id, tunnels] of Object.entries(EXPECTED)) {
    it(`${id}: every tunnel, with its name, axis and every copy`, () => {
      const found = analyseFile(id).tunnels;
      for (const [name, axis, centres] of tunnels) {
        const t = found.find((x: Tunnel) => x.name === name);
        expect(t, `${id} ${name}`).toBeDefined();
        if (!t) continue;
        const unit = [0, 0, 0];
        unit[axis] = 1;
        expect(t.direction).toEqual(unit);
        expect(t.centres).toHaveLength(centres.length);
        for (const c of centres) {
          expect(
            t.centres.some((q) => sameAxis(q, c, axis)),
            `${name} through ${c}`,
          ).toBe(true);
        }
      }
    });
  }
});

describe('a scenario frame', () => {
  // Read inside the test: the symmetry tables load in beforeAll.
  const setUp = () => {
    const file = 'structures/k-alpha-mno2.scenario.json';
    const text = readFileSync(path.join(DIR, 'k-alpha-mno2.scenario.json'), 'utf8');
    const r = loadScenario(text, file, (p) => readFileSync(path.resolve(DIR, '..', p), 'utf8'));
    if (!r.ok) throw new Error(formatDiagnostic(r.error));
    const { scenario, crystals } = r.value;
    const built = buildInsertionPath(scenario, crystals, [1, 1, 1]);
    if (!built.ok) throw new Error(built.error.message);
    return { p: built.value, crystals };
  };

  it('analyses the framework at x: one 2×2 channel along c at every x, the cell following x', () => {
    const { p, crystals } = setUp();
    const results = [p.xMin, (p.xMin + p.xMax) / 2, p.xMax].map((x) => {
      const frame = frameAt(p, x);
      const a = analyse(atomsFromFrame(p, frame, crystals));
      return { frame, a };
    });
    for (const { a } of results) {
      expect(a.channels[0].dimensionality).toBe(1);
      expect(a.channels[0].name).toBe('2×2');
      expect(a.framework.mobile).toContain('K');
    }
    // At a keyframe the symmetry is known: the cage is 2b; in between, no letter is claimed.
    expect(results[0].a.sites[0].wyckoff).toBe('2b');
    const mid = results[1];
    if (mid.frame.t > 0 && mid.frame.t < 1) expect(mid.a.sites[0].wyckoff).toBeNull();
    expect(results[2].a.framework.lattice.a).toBeCloseTo(p.keyframeLattices.at(-1)!.a, 6);
  });
});
