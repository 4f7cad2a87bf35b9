import { describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import type { Crystal } from '../../src/crystal/types';
import { frameAt } from '../../src/insertion/frame';
import { buildInsertionPath, ENTRY_OFFSET } from '../../src/insertion/path';
import type { InsertionPath, Supercell } from '../../src/insertion/path-types';
import type { Scenario } from '../../src/insertion/types';
import {
  baseCrystals,
  baseScenario,
  cifText,
  crystalOf,
  DOI_A,
  hollanditeCif,
} from './fixtures/insertion';

function build(s: Scenario, crystals: Crystal[], n: Supercell = [1, 1, 1]): InsertionPath {
  const r = buildInsertionPath(s, crystals, n);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function buildError(s: Scenario, crystals: Crystal[], n: Supercell = [1, 1, 1]): string {
  const r = buildInsertionPath(s, crystals, n);
  if (r.ok) throw new Error('expected an error');
  return r.error.message;
}

/** Index of the host atom of `label` nearest to (x, y, z) in keyframe k's coordinates. */
function atomNear(path: InsertionPath, label: string, k: number, p: number[]): number {
  const f = path.host.frac[k];
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < path.host.count; i++) {
    if (path.host.labels[path.host.labelIndex[i]] !== label) continue;
    const d = Math.hypot(f[3 * i] - p[0], f[3 * i + 1] - p[1], f[3 * i + 2] - p[2]);
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}

/** Guest indices present at x, sorted. */
function presentAt(path: InsertionPath, x: number): number[] {
  const frame = frameAt(path, x);
  return [...Array(path.guests.count).keys()].filter((g) => frame.guestState(g) === 'present');
}

describe('host atoms', () => {
  const path = build(baseScenario(), baseCrystals());

  it('follows every framework atom through both keyframes in one order', () => {
    expect(path.host.perCell).toBe(24); // Mn1, O1, O2 on 8h
    expect(path.host.labels).toEqual(['Mn1', 'O1', 'O2']);
    expect([...path.host.element.slice(0, 9)]).toEqual([25, 25, 25, 25, 25, 25, 25, 25, 8]);
    // Mn1 at (0.348, 0.168, 0) in the empty cell pairs with (0.352, 0.172, 0) in the full one.
    const i = atomNear(path, 'Mn1', 0, [0.348, 0.168, 0]);
    expect(path.host.frac[1][3 * i]).toBeCloseTo(0.352, 6);
    expect(path.host.frac[1][3 * i + 1]).toBeCloseTo(0.172, 6);
  });

  it('interpolates positions linearly in x and hits the keyframes exactly', () => {
    const i = atomNear(path, 'Mn1', 0, [0.348, 0.168, 0]);
    const out = new Float32Array(3 * path.host.count);
    frameAt(path, 0).writeHostFrac(out);
    expect(out[3 * i]).toBeCloseTo(0.348, 6);
    frameAt(path, 0.5).writeHostFrac(out);
    expect(out[3 * i]).toBeCloseTo(0.349, 6);
    frameAt(path, 2).writeHostFrac(out);
    expect(out[3 * i]).toBeCloseTo(0.352, 6);
  });

  it('replicates over the supercell in conventional-cell units', () => {
    const big = build(baseScenario(), baseCrystals(), [2, 1, 3]);
    expect(big.host.count).toBe(24 * 6);
    expect(big.cells).toBe(6);
    const f = big.host.frac[0];
    let max = [0, 0, 0];
    for (let i = 0; i < big.host.count; i++) max = max.map((m, k) => Math.max(m, f[3 * i + k]));
    expect(max[0]).toBeGreaterThan(1.5);
    expect(max[0]).toBeLessThan(2);
    expect(max[1]).toBeLessThan(1);
    expect(max[2]).toBeGreaterThan(2.4);
    // The atom of cell (1, 0, 2) is the first-cell atom shifted by (1, 0, 2).
    const j = 3 * 24 * 5; // last cell in cell-major order (i = 1, j = 0, k = 2)
    expect(f[j]).toBeCloseTo(f[0] + 1, 6);
    expect(f[j + 2]).toBeCloseTo(f[2] + 2, 6);
  });

  it('never jumps across the cell: an atom crossing z = 0 takes the short way', () => {
    const s: Scenario = {
      ...baseScenario(),
      guestSites: ['A1'],
      fullX: 1,
      formula: 'Na{x}MnO2',
      guest: { element: 'Na', charge: 1 },
      keyframes: [
        { x: 0, cif: 'a.cif', doi: DOI_A },
        { x: 1, cif: 'b.cif', doi: DOI_A },
      ],
      captions: [],
    };
    const shifted = (zM: number) =>
      crystalOf(
        cifText('q', {
          a: 4,
          c: 4,
          sites: [
            ['A1', 'Na', 0.5, 0.5, 0.5, 1],
            ['M1', 'Mn', 0, 0, zM, 1],
          ],
        }),
      );
    const from = crystalOf(cifText('p', { a: 4, c: 4, sites: [['M1', 'Mn', 0, 0, 0.98, 1]] }));
    const path2 = build(s, [from, shifted(0.03)]);
    expect(path2.host.frac[0][2]).toBeCloseTo(0.98, 6);
    expect(path2.host.frac[1][2]).toBeCloseTo(1.03, 6); // not 0.03: no jump
    const mid = new Float32Array(3);
    frameAt(path2, 0.5).writeHostFrac(mid);
    expect(mid[2]).toBeCloseTo(1.005, 5);
  });
});

describe('matching errors name the atoms', () => {
  it('a label whose position count differs', () => {
    const s = baseScenario();
    const other = crystalOf(
      cifText('full', {
        a: 10,
        c: 2.9,
        ops: ['x,y,z', '-x,-y,-z'],
        sites: [
          ['Mn1', 'Mn', 0.348, 0.168, 0, 1],
          ['O1', 'O', 0.154, 0.203, 0, 1],
          ['O2', 'O', 0.542, 0.166, 0, 1],
          ['K1', 'K', 0, 0, 0.5, 0.5],
        ],
      }),
    );
    const message = buildError(s, [baseCrystals()[0], other]);
    expect(message).toBe(
      'site Mn1 has 8 positions in empty.cif but 2 in full.cif: atoms cannot be matched one to one',
    );
  });

  it('a host label missing from a keyframe', () => {
    const noO2 = crystalOf(
      cifText('x', {
        a: 10,
        c: 2.9,
        sites: [
          ['Mn1', 'Mn', 0.3, 0.2, 0, 1],
          ['O1', 'O', 0.1, 0.2, 0, 1],
        ],
      }),
    );
    const with02 = crystalOf(
      cifText('y', {
        a: 10,
        c: 2.9,
        sites: [
          ['Mn1', 'Mn', 0.3, 0.2, 0, 1],
          ['O1', 'O', 0.1, 0.2, 0, 1],
          ['O2', 'O', 0.5, 0.2, 0, 1],
          ['K1', 'K', 0, 0, 0.5, 1],
        ],
      }),
    );
    const s = {
      ...baseScenario(),
      fullX: 1,
      keyframes: [{ ...baseScenario().keyframes[0] }, { ...baseScenario().keyframes[1], x: 1 }],
      captions: [],
    };
    expect(buildError(s, [noO2, with02])).toBe('host site O2 is in full.cif but not in empty.cif');
  });

  it('a pair that cannot be matched uniquely (two equally near candidates)', () => {
    const a = crystalOf(
      cifText('a', {
        a: 4,
        c: 4,
        sites: [
          ['X1', 'Mn', 0, 0, 0, 1],
          ['X1', 'Mn', 0.5, 0, 0, 1],
        ],
      }),
    );
    const b = crystalOf(
      cifText('b', {
        a: 4,
        c: 4,
        sites: [
          ['X1', 'Mn', 0.25, 0, 0, 1],
          ['X1', 'Mn', 0.75, 0, 0, 1],
          ['K1', 'K', 0, 0.5, 0.5, 1],
        ],
      }),
    );
    const s = {
      ...baseScenario(),
      fullX: 1,
      formula: 'K{x}Mn2',
      keyframes: [{ ...baseScenario().keyframes[0] }, { ...baseScenario().keyframes[1], x: 1 }],
      captions: [],
    };
    expect(buildError(s, [a, b])).toBe(
      'cannot match X1 at (0.0000, 0.0000, 0.0000) in empty.cif uniquely in full.cif: ' +
        'two X1 positions are 1.000 Å away (nearest (0.2500, 0.0000, 0.0000))',
    );
  });

  it('a guest site in none of the keyframes', () => {
    const s = { ...baseScenario(), guestSites: ['K9'], fill: { kind: 'random' as const, seed: 1 } };
    expect(buildError(s, baseCrystals())).toBe(
      'guestSites: site label K9 is in none of the keyframe CIFs',
    );
  });

  it('a keyframe whose composition disagrees with its x', () => {
    const s = baseScenario();
    const half = crystalOf(hollanditeCif('half', { a: 10, c: 2.9, k1: 0.5 }));
    expect(buildError(s, [baseCrystals()[0], half])).toBe(
      'keyframes[1] (full.cif): x = 2 with 2 guest positions per cell and fullX = 2 means ' +
        'K 2 per cell, but the CIF has K 1',
    );
  });
});

describe('lattice at x', () => {
  const path = build(baseScenario(), baseCrystals());

  it('equals the keyframe CIFs at their x and is linear between', () => {
    const [empty, full] = baseCrystals();
    expect(frameAt(path, 0).lattice).toEqual(empty.lattice);
    expect(frameAt(path, 2).lattice).toEqual(full.lattice);
    const mid = frameAt(path, 1);
    expect(mid.lattice.a).toBeCloseTo((9.777 + 10) / 2, 10);
    expect(mid.lattice.c).toBeCloseTo((2.8548 + 2.9) / 2, 10);
    expect(mid.lattice.volume).toBeCloseTo(mid.lattice.a ** 2 * mid.lattice.c, 8);
    expect(mid.lattice.matrix[0]).toBeCloseTo(mid.lattice.a, 10);
    expect([frameAt(path, 0).measured, mid.measured, mid.latticeSource]).toEqual([
      true,
      false,
      'interpolated',
    ]);
  });

  it('reports the change of a, b, c and V from the first keyframe in per cent', () => {
    const { change } = frameAt(path, 2);
    expect(change.a).toBeCloseTo(((10 - 9.777) / 9.777) * 100, 8);
    expect(change.c).toBeCloseTo(((2.9 - 2.8548) / 2.8548) * 100, 8);
    expect(change.volume).toBeCloseTo(((100 * 2.9) / (9.777 ** 2 * 2.8548) - 1) * 100, 6);
    expect(frameAt(path, 0).change).toEqual({ a: 0, b: 0, c: 0, volume: 0 });
  });

  it('passes through latticeTable points, which count as measured', () => {
    const s: Scenario = {
      ...baseScenario(),
      latticeTable: [
        { x: 0.5, a: 9.95, b: 9.95, c: 2.86, alpha: 90, beta: 90, gamma: 90, doi: DOI_A },
      ],
    };
    const p = build(s, baseCrystals());
    const at = frameAt(p, 0.5);
    expect([at.lattice.a, at.lattice.c, at.latticeSource, at.measured]).toEqual([
      9.95,
      2.86,
      'table',
      true,
    ]);
    expect(frameAt(p, 0.25).lattice.a).toBeCloseTo((9.777 + 9.95) / 2, 10);
    expect(frameAt(p, 1.25).lattice.a).toBeCloseTo((9.95 + 10) / 2, 10);
    expect(frameAt(p, 2).latticeSource).toBe('keyframe');
  });
});

describe('composition and formula', () => {
  const path = build(baseScenario(), baseCrystals());

  it('equals each keyframe CIF composition at its x', () => {
    const crystals = baseCrystals();
    // The empty CIF has no K site; the frame still lists the guest, at 0.
    expect(frameAt(path, 0).composition).toEqual({ ...composition(crystals[0]), K: 0 });
    expect(frameAt(path, 2).composition).toEqual(composition(crystals[1]));
    expect(frameAt(path, 2).composition).toEqual({ Mn: 8, O: 16, K: 2 });
  });

  it('grows the guest as positionsPerCell · x / fullX between', () => {
    expect(frameAt(path, 0.7).composition).toEqual({ Mn: 8, O: 16, K: 0.7 });
    expect(frameAt(path, 0.7).formula).toBe('K0.7Mn8O16');
    expect(frameAt(path, 0).formula).toBe('Mn8O16');
    expect(frameAt(path, 1).formula).toBe('KMn8O16');
    expect(frameAt(path, 4 / 3).formula).toBe('K1.333Mn8O16');
  });

  it('shows the caption reached at x', () => {
    expect(frameAt(path, 0.99).caption?.text).toBe('Empty tunnels');
    expect(frameAt(path, 1).caption?.text).toBe('Half full');
    expect(frameAt(path, 2).caption?.text).toBe('Half full');
  });
});

describe('guests: counts, fill orders and arrival windows', () => {
  // Supercell 1×1×4: 2b positions (0,0,½) and (½,½,0) per cell → N = 8 along four cells of c.
  const n: Supercell = [1, 1, 4];
  const front = build(baseScenario(), baseCrystals(), n);
  const N = 8;

  it('has N guest positions with round(occupancy · N) present at x', () => {
    expect(front.guests.count).toBe(N);
    expect(front.guests.perCell).toBe(2);
    for (const [x, count] of [
      [0, 0],
      [0.12, 0],
      [0.125, 1],
      [0.7, 3],
      [1, 4],
      [1.9, 8],
      [2, 8],
    ]) {
      expect(frameAt(front, x).guestsPresent).toBe(count);
      expect(presentAt(front, x)).toHaveLength(count);
    }
  });

  it('front: positions nearest the entry face (low c) fill first', () => {
    const c = (g: number) => front.guests.frac[0][3 * g + 2];
    const order = [...front.guests.byRank].map(c);
    expect(order).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]);
    expect(presentAt(front, 0.75).map(c).sort()).toEqual([0, 0.5, 1]);
  });

  it('front from the high face reverses the order', () => {
    const s = {
      ...baseScenario(),
      fill: { kind: 'front' as const, axis: 'c' as const, from: 'high' as const },
    };
    const p = build(s, baseCrystals(), n);
    expect([...p.guests.byRank].map((g) => p.guests.frac[0][3 * g + 2])).toEqual([
      3.5, 3, 2.5, 2, 1.5, 1, 0.5, 0,
    ]);
    expect(p.guests.entryCoord).toBe(4 + ENTRY_OFFSET);
  });

  it('random: the same seed gives the same order, another seed another order', () => {
    const withSeed = (seed: number) =>
      build({ ...baseScenario(), fill: { kind: 'random', seed } }, baseCrystals(), [2, 2, 4]);
    const a = withSeed(42);
    const b = withSeed(42);
    const c = withSeed(7);
    expect([...a.guests.rank]).toEqual([...b.guests.rank]);
    expect([...a.guests.rank]).not.toEqual([...c.guests.rank]);
    expect([...a.guests.rank].sort((u, v) => u - v)).toEqual([...Array(32).keys()]);
    expect(frameAt(a, 0.5).guestsPresent).toBe(8);
    expect(presentAt(a, 0.5)).toEqual(presentAt(b, 0.5));
    expect(presentAt(a, 0.5)).not.toEqual(presentAt(c, 0.5));
  });

  it('sequence: group by group, each group from the entry face inwards', () => {
    const s: Scenario = {
      ...baseScenario(),
      guestSites: ['K1', 'K2'],
      fullX: 4,
      formula: 'K{x}Mn8O16',
      keyframes: [baseScenario().keyframes[0], { ...baseScenario().keyframes[1], x: 4 }],
      fill: { kind: 'sequence', groups: [['K2'], ['K1']] },
      captions: [],
    };
    const full = crystalOf(hollanditeCif('full', { a: 10, c: 2.9, k1: 1, k2: 1 }));
    const p = build(s, [baseCrystals()[0], full], [1, 1, 2]);
    const label = (g: number) => p.guests.labels[p.guests.labelIndex[g]];
    const z = (g: number) => p.guests.frac[0][3 * g + 2];
    const seq = [...p.guests.byRank];
    expect(seq.map(label)).toEqual(['K2', 'K2', 'K2', 'K2', 'K1', 'K1', 'K1', 'K1']);
    expect(seq.map(z)).toEqual([0, 0.5, 1, 1.5, 0, 0.5, 1, 1.5]);
    expect(presentAt(p, 2).map(label)).toEqual(['K2', 'K2', 'K2', 'K2']);
  });

  it('arrival window: guest of rank r is on its way for one ion before arriveX(r)', () => {
    const g = front.guests;
    const r3 = g.byRank[3];
    expect(g.arriveX[r3]).toBeCloseTo((2 * 3.5) / N, 12); // fullX (r + ½) / N
    expect(g.startX[r3]).toBeCloseTo((2 * 2.5) / N, 12);
    const f = frameAt(front, 0.75); // halfway through rank 3's window [0.625, 0.875)
    expect([f.moving, f.guestState(r3)]).toEqual([r3, 'arriving']);
    expect(f.movingProgress).toBeCloseTo(0.5, 12);
    expect(f.guestProgress(r3)).toBeCloseTo(0.5, 12);
    expect(frameAt(front, 0.875).guestState(r3)).toBe('present');
    expect(frameAt(front, 0.625).guestState(r3)).toBe('absent');
    // Exactly one guest moves at a time, and none at the empty keyframe.
    expect(frameAt(front, 0).moving).toBe(-1);
    expect(frameAt(front, 2).moving).toBe(-1);
    // The first window starts at x = 0: half an ion long, so x = 0 shows nothing in transit.
    expect(frameAt(front, 0.0625).guestProgress(g.byRank[0])).toBeCloseTo(0.5, 12);
  });

  it('no ion is in transit at the lowest keyframe, even when it is not x = 0', () => {
    const half = crystalOf(hollanditeCif('half', { a: 9.9, c: 2.88, k1: 0.5 }));
    const s = { ...baseScenario(), captions: [] };
    s.keyframes = [{ ...s.keyframes[0], x: 1 }, s.keyframes[1]];
    const p = build(s, [half, baseCrystals()[1]], n);
    const g = p.guests;
    expect([frameAt(p, 1).guestsPresent, frameAt(p, 1).moving]).toEqual([4, -1]);
    // Rank 4 arrives at 1.125 as before; its window now opens at the keyframe, x = 1.
    expect([g.startX[g.byRank[4]], g.arriveX[g.byRank[4]]]).toEqual([1, 1.125]);
    expect(frameAt(p, 1.0625).movingProgress).toBeCloseTo(0.5, 12);
    expect(g.startX[g.byRank[5]]).toBe(1.125);
  });

  it('guests slide in along the channel from just outside the entry face', () => {
    const g = front.guests;
    expect([g.entry, g.entryAxis, g.entryCoord]).toEqual([
      { axis: 'c', from: 'low' },
      2,
      -ENTRY_OFFSET,
    ]);
    const out = new Float32Array(3 * g.count);
    const r3 = g.byRank[3]; // site (0, 0, 1.5) at x 0.75, half way
    frameAt(front, 0.75).writeGuestFrac(out);
    expect([...out.slice(3 * r3, 3 * r3 + 3)].map((v) => +v.toFixed(5))).toEqual([
      0,
      0,
      (1.5 - 1) / 2,
    ]);
    const absent = g.byRank[7];
    expect(out[3 * absent + 2]).toBe(-ENTRY_OFFSET);
    expect(out[3 * absent]).toBe(g.frac[0][3 * absent]); // same a, b as its own site
    expect(out[3 * absent + 1]).toBe(g.frac[0][3 * absent + 1]);
    const progress = frameAt(front, 0.75).writeGuestProgress(new Float32Array(g.count));
    expect([...g.byRank].map((i) => progress[i])).toEqual([1, 1, 1, 0.5, 0, 0, 0, 0]);
  });

  it('extraction (x decreasing): the ions nearest the entry face leave first', () => {
    const s = baseScenario();
    s.keyframes.reverse();
    s.captions = [
      { x: 2, text: 'Full' },
      { x: 1, text: 'Half empty' },
    ];
    const p = build(s, [...baseCrystals()].reverse(), n);
    expect(p.direction).toBe(-1);
    const c = (g: number) => p.guests.frac[0][3 * g + 2];
    // Present at x = 1.5 (6 of 8): all but the two nearest the low face.
    expect(presentAt(p, 1.5).map(c).sort()).toEqual([1, 1.5, 2, 2.5, 3, 3.5]);
    // At x = 1.8 the ion at c = 0 is on its way out.
    const f = frameAt(p, 1.8);
    expect(c(f.moving)).toBe(0);
    expect(f.movingProgress).toBeCloseTo((1.8 - 1.625) / 0.25, 12);
    expect(frameAt(p, 1.2).caption?.text).toBe('Full');
    expect(frameAt(p, 1).caption?.text).toBe('Half empty');
    expect([frameAt(p, 2).segment, frameAt(p, 2).t, frameAt(p, 0.5).t]).toEqual([0, 0, 0.75]);
  });

  it('is deterministic: the same x gives the same frame', () => {
    const a = frameAt(front, 1.234);
    const b = frameAt(front, 1.234);
    const buf = () => new Float32Array(3 * front.host.count);
    expect(a.writeHostFrac(buf())).toEqual(b.writeHostFrac(buf()));
    expect([a.guestsPresent, a.moving, a.movingProgress, a.composition]).toEqual([
      b.guestsPresent,
      b.moving,
      b.movingProgress,
      b.composition,
    ]);
  });

  it('uses guest positions of the keyframe that has them for the empty keyframe', () => {
    const g = front.guests;
    expect(g.frac[0]).toEqual(g.frac[1]);
  });
});

describe('segments with three keyframes', () => {
  const mid = crystalOf(hollanditeCif('mid', { a: 9.9, c: 2.88, k1: 0.5, shift: 0.002 }));
  const s: Scenario = {
    ...baseScenario(),
    keyframes: [
      baseScenario().keyframes[0],
      { x: 1, cif: 'mid.cif', doi: DOI_A },
      baseScenario().keyframes[1],
    ],
  };
  const p = build(s, [baseCrystals()[0], mid, baseCrystals()[1]]);

  it('picks the segment and blend for x, keyframe by keyframe', () => {
    expect([0, 0.5, 1, 1.5, 2].map((x) => [frameAt(p, x).segment, frameAt(p, x).t])).toEqual([
      [0, 0],
      [0, 0.5],
      [1, 0],
      [1, 0.5],
      [1, 1],
    ]);
    expect(frameAt(p, 1).lattice.a).toBe(9.9);
    expect(frameAt(p, 0.5).lattice.a).toBeCloseTo((9.777 + 9.9) / 2, 10);
    expect(frameAt(p, 1).composition).toEqual(composition(mid));
  });

  it('clamps x outside the keyframe range', () => {
    expect(frameAt(p, -1).x).toBe(0);
    expect(frameAt(p, 9).x).toBe(2);
  });
});
