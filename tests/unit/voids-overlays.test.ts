/**
 * The pure parts of the Sites & channels overlays: the tube's path (the ridge of the free-space
 * field), its repetition over the drawn block, the site colour scale, and a placed ion's
 * distances against the Shannon sum — α-MnO₂'s numbers worked by hand from the CIF.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandCell } from '../../src/crystal/expand';
import { latticeFromParams } from '../../src/crystal/lattice';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { analyse, type VoidAnalysis } from '../../src/voids/analyse';
import { channelPaths, unitFunctional } from '../../src/voids/channel-path';
import { atomsFromCrystal } from '../../src/voids/framework';
import { siteInstances, tubeSegments } from '../../src/voids/overlay-block';
import { ionByName, placedIonContacts } from '../../src/voids/placed-ion';
import { SITE_SCALE, siteColour } from '../../src/voids/site-colour';

// α-MnO₂ (structures/alpha-MnO2.cif): I4/m, a = 9.777, c = 2.8548 Å, O1 at (0.1552, 0.2029, 0).
const A = 9.777;
const C = 2.8548;
const O1 = [0.1552, 0.2029];

let alpha: VoidAnalysis;
beforeAll(() => {
  initMoyoNode();
  const text = readFileSync(new URL('../../structures/alpha-MnO2.cif', import.meta.url), 'utf8');
  const r = readCif(text, 'alpha-MnO2');
  if (!r.ok) throw new Error(r.error.message);
  const crystal = r.value.crystals[0];
  alpha = analyse(atomsFromCrystal(crystal, expandCell(crystal)));
});

const near = (x: number, target: number) => Math.abs(x - target - Math.round(x - target));

describe('the channel tube: the ridge of the free-space field', () => {
  it('finds h with h·u = 1 for any primitive direction', () => {
    for (const u of [
      [0, 0, 1],
      [1, 0, 0],
      [1, 1, 0],
      [1, -1, 0],
      [2, 3, 5],
      [-3, 0, 4],
      [1, 1, 1],
    ]) {
      const h = unitFunctional(u);
      expect(h[0] * u[0] + h[1] * u[1] + h[2] * u[2]).toBe(1);
    }
    expect(() => unitFunctional([2, 0, 2])).toThrow(/not primitive/);
  });

  it('α-MnO₂: one strand per 2×2 tunnel, straight down its axis, closed over one c period', () => {
    const paths = channelPaths(alpha);
    const ch = alpha.channels[0];
    expect(ch.name).toBe('2×2');
    expect(paths.length).toBe(ch.copies); // the tunnels at (0, 0) and (½, ½)
    const axes = new Set<string>();
    for (const p of paths) {
      expect(p.direction).toEqual([0, 0, 1]);
      const first = p.points[0];
      const last = p.points.at(-1)!;
      expect(last[2] - first[2]).toBeCloseTo(1, 9);
      expect(last[0]).toBeCloseTo(first[0], 9);
      // Every point on the 4-fold axis (the field's maximum in each slice is on it).
      for (const q of p.points) {
        expect(near(q[0], first[0])).toBeLessThan(1e-9);
        expect(near(q[1], first[1])).toBeLessThan(1e-9);
      }
      axes.add(`${near(first[0], 0) < 1e-9 ? 0 : 0.5},${near(first[1], 0) < 1e-9 ? 0 : 0.5}`);
      // One point per grid layer along c; consecutive points a layer apart.
      expect(p.points.length).toBe(alpha.field.n[2] + 1);
      for (let i = 1; i < p.points.length; i++)
        expect(p.points[i][2] - p.points[i - 1][2]).toBeCloseTo(1 / alpha.field.n[2], 9);
      // The path passes the bottleneck (its narrowest point is Df / 2) and the 2b cage centre.
      expect(2 * Math.min(...p.free)).toBeCloseTo(ch.Df, 5);
      const cage = alpha.sites.find((s) => s.wyckoff === '2b')!;
      expect(Math.max(...p.free)).toBeLessThanOrEqual(cage.radius + 1e-6);
      expect(Math.max(...p.free)).toBeGreaterThan(cage.radius - alpha.resolution.error);
    }
    expect([...axes].sort()).toEqual(['0,0', '0.5,0.5']);
  });

  it('a simple cubic cell: the [100] strand runs through face windows and the body centre', () => {
    const L = latticeFromParams({ a: 4, b: 4, c: 4, alpha: 90, beta: 90, gamma: 90 });
    if (!L.ok) throw new Error(L.error.message);
    const a = analyse(
      { lattice: L.value, count: 1, frac: [0, 0, 0], element: ['Xe'], oxidation: [undefined] },
      { radii: { Xe: 1 } },
    );
    const paths = channelPaths(a);
    const along = paths.find((p) => p.direction.join() === '1,0,0')!;
    expect(along).toBeDefined();
    for (const q of along.points) {
      expect(near(q[1], 0.5)).toBeLessThan(1e-9);
      expect(near(q[2], 0.5)).toBeLessThan(1e-9);
    }
    // Narrowest at the window (0, ½, ½): a/√2 − R; widest at the body centre: a√3/2 − R.
    expect(Math.min(...along.free)).toBeCloseTo(4 / Math.SQRT2 - 1, 4);
    expect(Math.max(...along.free)).toBeCloseTo(2 * Math.sqrt(3) - 1, 4);
  });

  it('repeats over the drawn block, keeping the tunnels on its faces', () => {
    const paths = channelPaths(alpha);
    const perPeriod = paths[0].points.length - 1;
    const tubes = tubeSegments(paths, [2, 2, 2]);
    // Axes (i, j) for i, j in 0…2 (nine, faces included) and (½ + i, ½ + j) for i, j in 0…1
    // (four), each two c periods long.
    expect(tubes.count).toBe((9 + 4) * 2 * perPeriod);
    // Each strand is capped where it enters and leaves the block: at z = 0 and z = 2.
    expect(tubes.capChannel.length).toBe(2 * 13);
    const capZ = new Set<string>();
    for (let c = 0; c < tubes.capChannel.length; c++) capZ.add(tubes.caps[6 * c + 2].toFixed(3));
    expect([...capZ].sort()).toEqual(['0.000', '2.000']);
    for (let s = 0; s < tubes.count; s++)
      for (let d = 0; d < 6; d++) {
        expect(tubes.ends[6 * s + d]).toBeGreaterThan(-0.06);
        expect(tubes.ends[6 * s + d]).toBeLessThan(2.06);
      }
  });

  it('places every copy of the 2b cage centre in the block once', () => {
    const cage = alpha.sites.findIndex((s) => s.wyckoff === '2b');
    const inst = siteInstances([alpha.sites[cage]], [2, 2, 2]);
    // (i, j, ½ + k): 9 × 2; (½ + i, ½ + j, k): 4 × 3.
    expect(inst.count).toBe(18 + 12);
    const keys = new Set<string>();
    for (let i = 0; i < inst.count; i++)
      keys.add([0, 1, 2].map((d) => inst.frac[3 * i + d].toFixed(3)).join());
    expect(keys.size).toBe(30);
    expect(keys.has('2.000,2.000,1.500')).toBe(true);
    expect(keys.has('1.500,0.500,2.000')).toBe(true);
  });
});

describe('the site colour scale', () => {
  const hex = (rgb: number[]) =>
    `#${rgb
      .map((c) =>
        Math.round(c * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;

  it('gives each stop its own colour and clamps outside the scale', () => {
    for (const s of SITE_SCALE) expect(hex(siteColour(s.radius))).toBe(s.hex);
    expect(hex(siteColour(0.1))).toBe(SITE_SCALE[0].hex);
    expect(hex(siteColour(5))).toBe(SITE_SCALE.at(-1)!.hex);
    expect(hex(siteColour(Number.NaN))).toBe(SITE_SCALE[0].hex);
  });

  it('blends linearly between stops', () => {
    const a = siteColour(1.0);
    const b = siteColour(1.5);
    const m = siteColour(1.25);
    for (let k = 0; k < 3; k++) expect(m[k]).toBeCloseTo((a[k] + b[k]) / 2, 9);
    expect(new Set(SITE_SCALE.map((s) => s.hex)).size).toBe(SITE_SCALE.length);
  });
});

describe('a placed ion against the Shannon sum', () => {
  it('K⁺ at α-MnO₂’s 2×2 cage centre (2b): eight O1 at √((a·x)² + (a·y)² + (c/2)²)', () => {
    const cage = alpha.sites.find((s) => s.wyckoff === '2b')!;
    const k = placedIonContacts(alpha.framework, cage.position, ionByName('K+')!)!;
    // By hand: (1.5174² + 1.9838² + 1.4274²)^½ = 2.877 Å to O1 at (x, y, 0) from (0, 0, ½).
    const d = Math.hypot(A * O1[0], A * O1[1], C / 2);
    expect(d).toBeCloseTo(2.877, 3);
    expect(k.cn).toBe(8);
    expect(k.radius).toBe(1.51); // K⁺ CN VIII
    expect(k.radiusCn).toBe(8);
    expect(k.contacts).toHaveLength(8);
    for (const c of k.contacts) {
      expect(c.element).toBe('O');
      expect(c.distance).toBeCloseTo(d, 3);
      expect(c.sum).toBeCloseTo(1.51 + 1.4, 9);
      expect(c.difference).toBeCloseTo(d - 2.91, 3);
    }
  });

  it('the same at any copy of the site, and a smaller ion gets its own CN VIII radius', () => {
    const k = placedIonContacts(alpha.framework, [1.5, 0.5, 2], ionByName('K+')!)!;
    expect(k.contacts.map((c) => c.distance.toFixed(3))).toEqual(Array(8).fill('2.877'));
    const li = placedIonContacts(alpha.framework, [0, 0, 0.5], ionByName('Li+')!)!;
    expect(li.radius).toBe(0.92);
    expect(li.contacts[0].sum).toBeCloseTo(0.92 + 1.4, 9);
    expect(ionByName('Cs+')).toBeUndefined();
  });
});
