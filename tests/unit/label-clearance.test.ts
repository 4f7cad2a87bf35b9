import { describe, expect, it } from 'vitest';
import type { TunnelSize } from '../../src/crystal/tunnels';
import {
  CLEARANCE_PX,
  type Column,
  clear,
  type Point,
  placeClear,
  segmentRectDistance,
} from '../../src/scene/label-clearance';
import { anchorsOverIons, tunnelAnchors } from '../../src/scene/tunnel-anchors';

describe('a label over an ion moves off it', () => {
  it('looking down a filled tunnel (the column is a disc) the label goes just below the ion', () => {
    const ion = { a: { x: 100, y: 100 }, b: { x: 100, y: 100 }, radius: 10 };
    const p = placeClear({ x: 100, y: 100 }, 20, 8, [ion]);
    expect(clear(p, 20, 8, ion)).toBe(true);
    expect(p.x).toBe(100);
    expect(p.y).toBeGreaterThan(100);
    expect(p.y - 100).toBeLessThanOrEqual(10 + 8 + CLEARANCE_PX + 2);
  });

  it('a tilted column (a segment) is cleared sideways when that is shorter', () => {
    const column = { a: { x: 100, y: 40 }, b: { x: 100, y: 160 }, radius: 6 };
    const p = placeClear({ x: 100, y: 100 }, 15, 8, [column]);
    expect(clear(p, 15, 8, column)).toBe(true);
    expect(p.y).toBe(100);
    expect(Math.abs(p.x - 100)).toBeLessThan(30);
  });

  it('a label already clear stays where it is', () => {
    const ion = { a: { x: 0, y: 0 }, b: { x: 0, y: 0 }, radius: 5 };
    expect(placeClear({ x: 100, y: 100 }, 10, 5, [ion])).toEqual({ x: 100, y: 100 });
  });

  it('segment–rectangle distance: crossing is 0, apart is the gap', () => {
    expect(segmentRectDistance({ x: -50, y: 0 }, { x: 50, y: 0 }, { x: 0, y: 0 }, 5, 5)).toBe(0);
    expect(segmentRectDistance({ x: 0, y: 20 }, { x: 10, y: 20 }, { x: 0, y: 0 }, 5, 5)).toBe(15);
  });
});

describe('which tunnel labels stand over ions', () => {
  // Hollandite, I4/m: 2×2 tunnels along c through 0,0 and ½,½; 1×1 through 0,½ and ½,0.
  const hollandite: Pick<TunnelSize, 'name' | 'axis' | 'centres'>[] = [
    {
      name: '2×2',
      axis: 2,
      centres: [
        [0, 0, 0],
        [0.5, 0.5, 0],
      ],
    },
    {
      name: '1×1',
      axis: 2,
      centres: [
        [0, 0.5, 0],
        [0.5, 0, 0],
      ],
    },
  ];
  const tunnels: TunnelSize[] = hollandite.map((spec) => ({
    ...spec,
    wall: 'O',
    clearance: 2.5,
    across: 5,
    free: 2.2,
    wallRadius: 1.4,
    occupied: false,
  }));
  it('K⁺ on 2b (0,0,½) and (½,½,½) puts the 2×2 anchors over ions, not the 1×1 ones', () => {
    const anchors = tunnelAnchors(tunnels, [2, 2, 4], true);
    // Guest sites of a 2×2×4 block: every 2b position, all layers.
    const ions: number[] = [];
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++)
        for (let k = 0; k < 4; k++) ions.push(i, j, k + 0.5, i + 0.5, j + 0.5, k + 0.5);
    const over = anchorsOverIons(anchors, Float32Array.from(ions), [2, 2, 4]);
    expect(over.length).toBe(anchors.length);
    anchors.forEach((a, k) => {
      expect(over[k]).toBe(tunnels[a.tunnel].name === '2×2');
    });
  });
});

describe('a label placed among many ions', () => {
  /** The plain search: every STEP_PX shift in each direction tested against every column. */
  function stepByStep(at: Point, hw: number, hh: number, columns: readonly Column[]): Point {
    if (columns.every((c) => clear(at, hw, hh, c))) return at;
    let best: Point | null = null;
    let bestShift = Number.POSITIVE_INFINITY;
    for (const d of [
      { x: 0, y: 1 },
      { x: 0, y: -1 },
      { x: 1, y: 0 },
      { x: -1, y: 0 },
    ]) {
      for (let t = 2; t <= 400 && t < bestShift; t += 2) {
        const p = { x: at.x + d.x * t, y: at.y + d.y * t };
        if (columns.every((c) => clear(p, hw, hh, c))) {
          best = p;
          bestShift = t;
          break;
        }
      }
    }
    return best ?? at;
  }

  /** A 100k-atom block seen down c: ion discs on a grid, some exactly a step apart. */
  function ionGrid(seed: number, n: number, pitch: number, radius: number): Column[] {
    let s = seed;
    const rand = () => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s / 2 ** 31;
    };
    return Array.from({ length: n }, (_, k) => {
      const p = {
        x: 300 + (k % 15) * pitch + Math.round(rand() * 3),
        y: 300 + Math.floor(k / 15) * pitch + (k % 3 === 0 ? rand() * 4 : 0),
      };
      return { a: p, b: p, radius };
    });
  }

  it('lands where the step-by-step search lands, integer and fractional layouts alike', () => {
    for (let seed = 1; seed <= 24; seed++) {
      const columns = ionGrid(seed, 225, 14 + (seed % 9), 4 + (seed % 5));
      const at = { x: 300 + ((seed * 37) % 200), y: 300 + ((seed * 53) % 200) };
      const hw = 5 + (seed % 4) * 2;
      const hh = 8 + (seed % 3);
      expect(placeClear(at, hw, hh, columns)).toEqual(stepByStep(at, hw, hh, columns));
    }
    // A segment column (a tunnel seen tilted) and discs together.
    const mixed = [
      ...ionGrid(7, 60, 20, 5),
      { a: { x: 280, y: 300 }, b: { x: 420, y: 380 }, radius: 6 },
    ];
    expect(placeClear({ x: 330, y: 330 }, 9, 8, mixed)).toEqual(
      stepByStep({ x: 330, y: 330 }, 9, 8, mixed),
    );
  });

  it('looks at each disc a few times, not once per pixel step (a 100k block has hundreds)', () => {
    // A label inside a dense field of ions: the step-by-step search tests every ion at every
    // 2 px step (hundreds of steps × hundreds of ions); counted through each column's radius.
    let reads = 0;
    const columns = ionGrid(3, 225, 16, 6).map((c) => ({
      a: c.a,
      b: c.b,
      get radius() {
        reads++;
        return 6;
      },
    }));
    const p = placeClear({ x: 400, y: 400 }, 9, 8, columns);
    expect(columns.every((c) => clear(p, 9, 8, c))).toBe(true);
    const placeReads = reads;
    reads = 0;
    stepByStep({ x: 400, y: 400 }, 9, 8, columns);
    expect(reads).toBeGreaterThan(50 * columns.length);
    expect(placeReads).toBeLessThan(12 * columns.length);
  });
});

describe('tunnel labels over ions, for a block too big to label', () => {
  it('reads no ion when no label is placed, and only the axes labels stand on', () => {
    let reads = 0;
    const frac = new Proxy(new Float32Array(3 * 5000).fill(0.5), {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key);
      },
    });
    expect(anchorsOverIons([], frac, [15, 15, 16])).toEqual([]);
    expect(reads).toBe(0);
    const down = [{ tunnel: 0, axis: 2, frac: [0.5, 0.5, 8] as [number, number, number] }];
    expect(anchorsOverIons(down, frac, [15, 15, 16])).toEqual([true]);
    // Two coordinates per ion for the one axis, not six for all three.
    expect(reads).toBe(2 * 5000);
  });
});
