import { beforeAll, describe, expect, it } from 'vitest';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { projectColumns } from '../../src/diffraction/projection';
import { saedPattern } from '../../src/diffraction/saed';
import { scatterersFromCrystal } from '../../src/diffraction/scatterers';
import { stemImage } from '../../src/diffraction/stem-image';
import { screenFrame, snapZone } from '../../src/diffraction/zone';
import { cameraFrame } from '../../src/scene/camera-frame';
import { bundled } from './diffraction-fixtures';

beforeAll(() => initMoyoNode());

const alpha = () => scatterersFromCrystal(bundled('alpha-MnO2'));

describe('SAED', () => {
  it('α-MnO2 [001]: 4-fold symmetric, no h+k+l odd spot, all spots in the zone', () => {
    const p = saedPattern(alpha(), [0, 0, 1]);
    expect(p.lambda).toBeCloseTo(0.02508, 5);
    expect(p.spots.length).toBeGreaterThan(20);
    for (const s of p.spots) {
      expect(s.hkl[2]).toBe(0);
      expect(Math.abs(s.hkl[0] + s.hkl[1] + s.hkl[2]) % 2).toBe(0);
      // Rotating the spot by 90° on screen lands on another spot of the same intensity.
      const r = p.spots.find(
        (q) => Math.abs(q.g[0] + s.g[1]) < 1e-9 && Math.abs(q.g[1] - s.g[0]) < 1e-9,
      );
      expect(r, `90° partner of ${s.hkl}`).toBeDefined();
      expect(r?.intensity).toBeCloseTo(s.intensity, 6);
    }
    // Allowed but absent? (110) and (200) are there.
    expect(p.spots.some((s) => s.hkl.join() === '1,1,0')).toBe(true);
    expect(p.spots.some((s) => s.hkl.join() === '2,0,0')).toBe(true);
  });

  it('spot positions: |g| = 1/d, a* to the right and b* up for [001] (as the 3D view)', () => {
    const p = saedPattern(alpha(), [0, 0, 1]);
    const s200 = p.spots.find((s) => s.hkl.join() === '2,0,0');
    expect(s200?.g[0]).toBeCloseTo(1 / 4.8885, 9);
    expect(s200?.g[1]).toBeCloseTo(0, 9);
    const s020 = p.spots.find((s) => s.hkl.join() === '0,2,0');
    expect(s020?.g[1]).toBeCloseTo(1 / 4.8885, 9);
  });

  it('[010] gives a different pattern: only h0l spots', () => {
    const p = saedPattern(alpha(), [0, 1, 0]);
    expect(p.spots.every((s) => s.hkl[1] === 0)).toBe(true);
    expect(p.spots.some((s) => s.hkl[2] !== 0)).toBe(true);
  });

  it('its screen frame is the 3D view’s camera frame', () => {
    const { lattice } = bundled('todorokite');
    for (const uvw of [
      [0, 0, 1],
      [0, 1, 0],
      [1, 1, 0],
      [1, 1, 1],
    ] as const) {
      const f = screenFrame(lattice, [...uvw]);
      const cam = cameraFrame(lattice.matrix, [...uvw], [1, 1, 1]);
      for (let k = 0; k < 3; k++) {
        expect(f.back[k]).toBeCloseTo(cam.back[k], 9);
        expect(f.up[k]).toBeCloseTo(cam.up[k], 9);
      }
    }
  });

  it('snaps a free direction to the nearest low-index zone and says how far off it was', () => {
    const { lattice } = bundled('alpha-MnO2');
    const z = snapZone(lattice, [0.05, 0.02, 1]);
    expect(z.uvw).toEqual([0, 0, 1]);
    expect(z.exact).toBe(false);
    expect(z.angle).toBeGreaterThan(0.1);
    expect(snapZone(lattice, [0, 2, 0]).uvw).toEqual([0, 1, 0]);
    expect(snapZone(lattice, [0, 2, 0]).exact).toBe(true);
  });
});

describe('STEM-like projection', () => {
  it('α-MnO2 [001]: 8 Mn columns of equal intensity, O columns weaker, tunnel centres empty', () => {
    const p = projectColumns(alpha(), [0, 0, 1]);
    const mn = p.columns.filter((c) => c.elements.Mn);
    expect(mn).toHaveLength(8);
    for (const c of mn) expect(c.intensity).toBeCloseTo(1, 9);
    const o = p.columns.filter((c) => c.elements.O && !c.elements.Mn);
    expect(o).toHaveLength(16);
    for (const c of o) expect(c.intensity).toBeCloseTo((8 / 25) ** 1.7, 6);
    // The cell is a × a, and no column sits at the 2×2 tunnel (0,0) or its I-centred copy.
    expect(Math.abs(p.repeat[0][0] * p.repeat[1][1] - p.repeat[0][1] * p.repeat[1][0])).toBeCloseTo(
      9.777 ** 2,
      6,
    );
    const img = stemImage(p, { width: 19.554, height: 19.554, pixel: 0.1 });
    const value = (x: number, y: number) => {
      const i = Math.round((x - img.origin[0]) / img.pixel);
      const j = Math.round((img.origin[1] - y) / img.pixel);
      return img.data[j * img.width + i];
    };
    const brightest = mn[0].position;
    expect(value(brightest[0], brightest[1])).toBeGreaterThan(0.9);
    expect(value(0, 0)).toBeLessThan(0.02); // 2×2 tunnel centre
    expect(value(9.777 / 2, 9.777 / 2)).toBeLessThan(0.02); // the other 2×2 tunnel
  });

  it('K-hollandite [001]: the 2b columns (tunnel centres) carry K', () => {
    const p = projectColumns(scatterersFromCrystal(bundled('K-hollandite')), [0, 0, 1]);
    const k = p.columns.filter((c) => c.elements.K);
    expect(k).toHaveLength(2);
    const centres = k.map((c) =>
      [c.position[0] / 9.815, c.position[1] / 9.815].map((v) => Math.round(v * 2) / 2),
    );
    expect(centres).toEqual(
      expect.arrayContaining([
        [0, 0],
        [0.5, 0.5],
      ]),
    );
    for (const c of k) expect(Object.keys(c.elements)).toEqual(['K']);
  });

  it('ABF-like mode inverts the contrast and shows O columns as dark dots', () => {
    const p = projectColumns(alpha(), [0, 0, 1], { mode: 'abf' });
    expect(p.exponent).toBe(0.6);
    const img = stemImage(p, { mode: 'abf', width: 10, height: 10 });
    const o = p.columns.find((c) => c.elements.O && !c.elements.Mn);
    expect(o && o.intensity > 0.4).toBe(true); // (8/25)^0.6 ≈ 0.50 of Mn
    expect(img.data.some((v) => v < 0.1)).toBe(true);
    expect(img.data.some((v) => v > 0.95)).toBe(true);
  });
});
