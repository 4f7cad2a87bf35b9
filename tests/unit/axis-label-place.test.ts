import { describe, expect, it } from 'vitest';
import { END_ON_PX, placeAxisLabel } from '../../src/scene/axis-label-place';

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
