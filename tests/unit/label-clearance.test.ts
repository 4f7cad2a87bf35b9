import { describe, expect, it } from 'vitest';
import type { TunnelSize } from '../../src/crystal/tunnels';
import {
  CLEARANCE_PX,
  clear,
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
