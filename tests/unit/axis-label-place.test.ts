import { describe, expect, it } from 'vitest';
import {
  axisLabelKey,
  END_ON_PX,
  ionsNearCellEdges,
  placeAxisLabel,
  placeAxisLabelClear,
} from '../../src/scene/axis-label-place';

const origin = { x: 100, y: 200, depth: 0.5 };

describe('axis label placement', () => {
  it('puts the label at the tip of an edge seen side-on', () => {
    expect(placeAxisLabel(origin, { x: 300, y: 200, depth: 0.5 })).toEqual({
      x: 300,
      y: 200,
      endOn: null,
    });
  });

  it('moves the label of an edge seen end-on off the origin and says which way it points', () => {
    const toward = placeAxisLabel(origin, { x: 101, y: 199, depth: 0.2 });
    expect(toward.endOn).toBe('toward');
    expect(Math.hypot(toward.x - origin.x, toward.y - origin.y)).toBeGreaterThan(10);
    expect(placeAxisLabel(origin, { x: 100, y: 200, depth: 0.9 }).endOn).toBe('away');
  });

  it('switches at the end-on threshold', () => {
    expect(placeAxisLabel(origin, { x: 100 + END_ON_PX, y: 200, depth: 0.5 }).endOn).toBeNull();
    expect(
      placeAxisLabel(origin, { x: 100 + END_ON_PX - 1, y: 200, depth: 0.5 }).endOn,
    ).not.toBeNull();
  });
});

describe('axis labels keep off the ions', () => {
  const tip = { x: 300, y: 200, depth: 0.5 };
  const hw = 6;
  const hh = 9;

  it('leaves a label where it is when no ion is under it', () => {
    const far = [{ x: 500, y: 500, radius: 20 }];
    expect(placeAxisLabelClear(origin, tip, hw, hh, far)).toEqual(placeAxisLabel(origin, tip));
  });

  it('moves a label off an ion at the tip of its edge, the shortest way', () => {
    const ion = { x: 300, y: 200, radius: 20 };
    const p = placeAxisLabelClear(origin, tip, hw, hh, [ion]);
    // Clear: the label's box keeps at least the ion's radius from its centre.
    const dx = Math.max(0, Math.abs(p.x - ion.x) - hw);
    const dy = Math.max(0, Math.abs(p.y - ion.y) - hh);
    expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(ion.radius);
    // Shortest way: down by radius + half height + the gap, not somewhere far.
    expect(Math.hypot(p.x - tip.x, p.y - tip.y)).toBeLessThanOrEqual(ion.radius + hh + 6);
    expect(p.endOn).toBeNull();
  });

  it('moves an end-on label off an ion at the origin', () => {
    const endOnTip = { x: 101, y: 199, depth: 0.2 };
    const moved = placeAxisLabel(origin, endOnTip);
    const ion = { x: moved.x, y: moved.y, radius: 15 };
    const p = placeAxisLabelClear(origin, endOnTip, hw, hh, [ion]);
    expect(p.endOn).toBe('toward');
    const dx = Math.max(0, Math.abs(p.x - ion.x) - hw);
    const dy = Math.max(0, Math.abs(p.y - ion.y) - hh);
    expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(ion.radius);
  });

  it('keeps only the ions near the lines through the origin cell', () => {
    // K-hollandite-like: a column along c at (1, 0, z) counts, a column at (3, 3, z) does not,
    // nor an ion far out on one axis only.
    const frac = [1, 0, 0.5, 1, 0, 5.5, 3, 3, 0.5, 3, 3, 5.5, 0.5, 4, 4];
    expect(ionsNearCellEdges(frac)).toEqual([0, 1]);
  });
});

describe('axisLabelKey', () => {
  const size = { width: 800, height: 600 };
  const pts = [
    { x: 100.1, y: 200.2 },
    { x: 300.4, y: 200.0 },
  ];
  it('stays the same while the cell moves by less than a quarter pixel', () => {
    const moved = pts.map((p) => ({ x: p.x + 0.1, y: p.y - 0.1 }));
    expect(axisLabelKey(moved, size, '1')).toBe(axisLabelKey(pts, size, '1'));
  });
  it('changes when a point moves by a pixel, the view is resized or the text size changes', () => {
    const key = axisLabelKey(pts, size, '1');
    expect(axisLabelKey([pts[0], { x: 301.4, y: 200 }], size, '1')).not.toBe(key);
    expect(axisLabelKey(pts, { width: 801, height: 600 }, '1')).not.toBe(key);
    expect(axisLabelKey(pts, size, '1.25')).not.toBe(key);
  });
});
