import { describe, expect, it } from 'vitest';
import {
  cartToFrac,
  cartToFracArray,
  fracToCart,
  fracToCartArray,
  latticeFromParams,
  metric,
  minimumImage,
  perpendicularWidths,
} from '../../src/crystal/lattice';
import { mulberry32 } from '../../src/crystal/random';
import type { Lattice, LatticeParams, Vec3 } from '../../src/crystal/types';

const OBLIQUE: LatticeParams = { a: 5, b: 6, c: 7, alpha: 62.98, beta: 42.25, gamma: 52.16 };
/** Same angles with a long c: here wrapping to [−½, ½) and trying ±1 misses ~8 % of pairs. */
const NEEDLE: LatticeParams = { ...OBLIQUE, a: 2, b: 2, c: 8 };

function lat(p: LatticeParams): Lattice {
  const r = latticeFromParams(p);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function expectClose(got: ArrayLike<number>, want: ArrayLike<number>, digits: number): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) expect(got[i]).toBeCloseTo(want[i], digits);
}

function bruteMin(l: Lattice, fa: Vec3, fb: Vec3, range: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = -range; i <= range; i++)
    for (let j = -range; j <= range; j++)
      for (let k = -range; k <= range; k++) {
        const r = fracToCart(l, [fb[0] + i - fa[0], fb[1] + j - fa[1], fb[2] + k - fa[2]]);
        best = Math.min(best, Math.hypot(r[0], r[1], r[2]));
      }
  return best;
}

describe('latticeFromParams', () => {
  it('matches the closed-form volume of a strongly oblique triclinic cell', () => {
    const l = lat(OBLIQUE);
    const [ca, cb, cg] = [OBLIQUE.alpha, OBLIQUE.beta, OBLIQUE.gamma].map((d) =>
      Math.cos((d * Math.PI) / 180),
    );
    const v = 5 * 6 * 7 * Math.sqrt(1 - ca ** 2 - cb ** 2 - cg ** 2 + 2 * ca * cb * cg);
    expect(l.volume).toBeCloseTo(v, 9);
    // Row lengths and angles reproduce the parameters; determinant equals the volume.
    const g = metric(l);
    expect(Math.sqrt(g[0])).toBeCloseTo(5, 12);
    expect(Math.sqrt(g[4])).toBeCloseTo(6, 12);
    expect(Math.sqrt(g[8])).toBeCloseTo(7, 12);
    expect(g[5] / (6 * 7)).toBeCloseTo(ca, 12);
    expect(g[2] / (5 * 7)).toBeCloseTo(cb, 12);
    expect(g[1] / (5 * 6)).toBeCloseTo(cg, 12);
    const m = l.matrix;
    const det =
      m[0] * (m[4] * m[8] - m[5] * m[7]) -
      m[1] * (m[3] * m[8] - m[5] * m[6]) +
      m[2] * (m[3] * m[7] - m[4] * m[6]);
    expect(det).toBeCloseTo(v, 9);
    // a along x, b in the xy plane.
    expect([m[1], m[2], m[5]]).toEqual([0, 0, 0]);
  });

  it('gives cubic and hexagonal cells their textbook matrices', () => {
    const cubic = lat({ a: 4, b: 4, c: 4, alpha: 90, beta: 90, gamma: 90 });
    expect(cubic.volume).toBeCloseTo(64, 12);
    expectClose(cubic.matrix, [4, 0, 0, 0, 4, 0, 0, 0, 4], 12);
    expect(perpendicularWidths(cubic)).toEqual([4, 4, 4]);
    const hex = lat({ a: 2.85, b: 2.85, c: 10.8, alpha: 90, beta: 90, gamma: 120 });
    expect(hex.volume).toBeCloseTo((Math.sqrt(3) / 2) * 2.85 ** 2 * 10.8, 9);
    expect(hex.matrix[3]).toBeCloseTo(-1.425, 12);
    expect(hex.matrix[4]).toBeCloseTo(2.85 * (Math.sqrt(3) / 2), 12);
    const w = perpendicularWidths(hex);
    expect(w[0]).toBeCloseTo(2.85 * (Math.sqrt(3) / 2), 12);
    expect(w[2]).toBeCloseTo(10.8, 12);
  });

  it('rejects impossible parameters with an error instead of NaN', () => {
    const bad: LatticeParams[] = [
      { a: 0, b: 1, c: 1, alpha: 90, beta: 90, gamma: 90 },
      { a: 1, b: -2, c: 1, alpha: 90, beta: 90, gamma: 90 },
      { a: 1, b: 1, c: Number.NaN, alpha: 90, beta: 90, gamma: 90 },
      { a: 1, b: 1, c: 1, alpha: 0, beta: 90, gamma: 90 },
      { a: 1, b: 1, c: 1, alpha: 90, beta: 180, gamma: 90 },
      { a: 1, b: 1, c: 1, alpha: 30, beta: 30, gamma: 90 }, // α + β < γ: no cell
      { a: 1, b: 1, c: 1, alpha: 120, beta: 120, gamma: 120 }, // angles sum to 360°
    ];
    for (const p of bad) {
      const r = latticeFromParams(p);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/cell/);
    }
  });
});

describe('fractional ↔ Cartesian', () => {
  it('round-trips single vectors and bulk arrays in the oblique cell', () => {
    const l = lat(OBLIQUE);
    const f: Vec3 = [0.3, -1.2, 2.7];
    const back = cartToFrac(l, fracToCart(l, f));
    expectClose(back, f, 12);
    const c = fracToCart(l, [0, 1, 0]);
    expect(Math.hypot(...c)).toBeCloseTo(6, 12);
    const input = new Float64Array([0.1, 0.2, 0.3, 1, 0, 0, 0.5, 0.5, 0.5]);
    const cart = fracToCartArray(l, input, 3, new Float64Array(9));
    expect(cart[3]).toBeCloseTo(5, 12);
    const again = cartToFracArray(l, cart, 3, new Float32Array(9));
    expectClose(again, input, 6);
  });
});

describe('minimumImage', () => {
  it.each([
    ['5×6×7', OBLIQUE, 0],
    ['2×2×8', NEEDLE, 50],
  ])(
    'equals a brute-force image search on random points in the oblique %s cell',
    (_n, p, minMissed) => {
      const l = lat(p);
      const rand = mulberry32(7);
      let beyondOne = 0;
      for (let t = 0; t < 2000; t++) {
        const fa: Vec3 = [rand(), rand(), rand()];
        const fb: Vec3 = [rand() * 3 - 1, rand() * 3 - 1, rand() * 3 - 1];
        const { distance, image } = minimumImage(l, fa, fb);
        expect(distance).toBeCloseTo(bruteMin(l, fa, fb, 4), 10);
        const v = fracToCart(l, [
          fb[0] + image[0] - fa[0],
          fb[1] + image[1] - fa[1],
          fb[2] + image[2] - fa[2],
        ]);
        expect(Math.hypot(...v)).toBeCloseTo(distance, 10);
        // Count cases where wrapping to [−½, ½) plus ±1 would have missed the answer.
        const w = [0, 1, 2].map((i) => fb[i] - fa[i] - Math.round(fb[i] - fa[i]));
        let naive = Number.POSITIVE_INFINITY;
        for (let i = -1; i <= 1; i++)
          for (let j = -1; j <= 1; j++)
            for (let k = -1; k <= 1; k++) {
              const r = fracToCart(l, [w[0] + i, w[1] + j, w[2] + k]);
              naive = Math.min(naive, Math.hypot(...r));
            }
        if (naive > distance + 1e-9) beyondOne++;
      }
      // In the needle cell the naive search really fails, so the test exercises the wider range.
      expect(beyondOne).toBeGreaterThanOrEqual(minMissed);
    },
  );

  it('finds the nearest image in a cubic cell', () => {
    const l = lat({ a: 3, b: 3, c: 3, alpha: 90, beta: 90, gamma: 90 });
    const r = minimumImage(l, [0.1, 0.1, 0.1], [0.9, 0.1, 0.1]);
    expect(r.distance).toBeCloseTo(0.6, 12);
    expect(r.image).toEqual([-1, 0, 0]);
  });
});
