import { describe, expect, it } from 'vitest';
import { fracToCart, latticeFromParams, perpendicularWidths } from '../../src/crystal/lattice';
import { cartesianNeighbours, periodicNeighbours } from '../../src/crystal/neighbours';
import { mulberry32 } from '../../src/crystal/random';
import type { Lattice, LatticeParams } from '../../src/crystal/types';

function lat(p: LatticeParams): Lattice {
  const r = latticeFromParams(p);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Brute force over an image range wide enough for the cutoff: "i j n0 n1 n2" keys. */
function brute(
  l: Lattice,
  f: Float64Array,
  n: number,
  cutoff: number,
  range: number,
): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++)
      for (let a = -range; a <= range; a++)
        for (let b = -range; b <= range; b++)
          for (let c = -range; c <= range; c++) {
            if (i === j && !(a > 0 || (a === 0 && (b > 0 || (b === 0 && c > 0))))) continue;
            const v = fracToCart(l, [
              f[3 * j] + a - f[3 * i],
              f[3 * j + 1] + b - f[3 * i + 1],
              f[3 * j + 2] + c - f[3 * i + 2],
            ]);
            const d = Math.hypot(...v);
            if (d <= cutoff) found.set(`${i} ${j} ${a} ${b} ${c}`, d);
          }
  return found;
}

const CELLS: [string, LatticeParams, number, number][] = [
  // name, cell, atoms, cutoff (Å)
  ['cubic 10 Å', { a: 10, b: 10, c: 10, alpha: 90, beta: 90, gamma: 90 }, 200, 3.2],
  ['hexagonal', { a: 2.85, b: 2.85, c: 10.8, alpha: 90, beta: 90, gamma: 120 }, 20, 3.5],
  ['oblique triclinic', { a: 5, b: 6, c: 7, alpha: 62.98, beta: 42.25, gamma: 52.16 }, 40, 4],
  ['needle triclinic', { a: 2, b: 2, c: 8, alpha: 62.98, beta: 42.25, gamma: 52.16 }, 10, 3],
  [
    'cell smaller than the cutoff',
    { a: 1.6, b: 2.1, c: 1.9, alpha: 80, beta: 100, gamma: 70 },
    3,
    5,
  ],
];

describe('periodicNeighbours', () => {
  it.each(CELLS)('equals brute force in a %s cell', (_name, p, n, cutoff) => {
    const l = lat(p);
    const rand = mulberry32(n * 31 + 5);
    // Coordinates outside [0, 1) too: images must refer to the caller's coordinates.
    const f = new Float64Array(3 * n).map(() => rand() * 1.4 - 0.2);
    const got = periodicNeighbours(l, f, n, cutoff);
    // Wide enough: the cutoff in cell widths, plus 2 for coordinates outside [0, 1).
    const range = Math.ceil(cutoff / Math.min(...perpendicularWidths(l))) + 2;
    const want = brute(l, f, n, cutoff, range);
    expect(want.size).toBeGreaterThan(n); // the test is not vacuous
    expect(got.count).toBe(want.size);
    for (let k = 0; k < got.count; k++) {
      const key = `${got.i[k]} ${got.j[k]} ${got.image[3 * k]} ${got.image[3 * k + 1]} ${got.image[3 * k + 2]}`;
      const d = want.get(key);
      expect(d, key).toBeDefined();
      expect(got.distance[k]).toBeCloseTo(d as number, 9);
      expect(got.i[k]).toBeLessThanOrEqual(got.j[k]);
    }
  });

  it('finds the 6 nearest neighbours of a simple cubic atom as 3 self-image pairs', () => {
    const l = lat({ a: 2, b: 2, c: 2, alpha: 90, beta: 90, gamma: 90 });
    const got = periodicNeighbours(l, new Float32Array([0, 0, 0]), 1, 2.1);
    expect(got.count).toBe(3);
    expect(Array.from(got.distance)).toEqual([2, 2, 2]);
  });

  it('returns nothing for a zero cutoff or no atoms', () => {
    const l = lat({ a: 2, b: 2, c: 2, alpha: 90, beta: 90, gamma: 90 });
    expect(periodicNeighbours(l, new Float64Array([0, 0, 0]), 1, 0).count).toBe(0);
    expect(periodicNeighbours(l, new Float64Array(0), 0, 3).count).toBe(0);
  });
});

describe('cartesianNeighbours', () => {
  it('equals brute force on random points', () => {
    const rand = mulberry32(11);
    const n = 600;
    const pts = new Float64Array(3 * n).map(() => rand() * 20 - 5);
    const got = cartesianNeighbours(pts, n, 2.5);
    const want = new Map<string, number>();
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const d = Math.hypot(
          pts[3 * j] - pts[3 * i],
          pts[3 * j + 1] - pts[3 * i + 1],
          pts[3 * j + 2] - pts[3 * i + 2],
        );
        if (d <= 2.5) want.set(`${i} ${j}`, d);
      }
    expect(want.size).toBeGreaterThan(100);
    expect(got.count).toBe(want.size);
    for (let k = 0; k < got.count; k++) {
      expect(got.distance[k]).toBeCloseTo(want.get(`${got.i[k]} ${got.j[k]}`) as number, 12);
    }
  });

  it('handles points that all coincide in one plane', () => {
    const pts = new Float64Array([0, 0, 0, 1, 0, 0, 2, 0, 0, 5, 0, 0]);
    const got = cartesianNeighbours(pts, 4, 1.5);
    expect(got.count).toBe(2);
    expect(Array.from(got.i)).toEqual([0, 1]);
    expect(Array.from(got.j)).toEqual([1, 2]);
  });
});
