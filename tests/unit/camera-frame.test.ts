import { describe, expect, it } from 'vitest';
import { latticeFromParams } from '../../src/crystal/lattice';
import { cameraFrame } from '../../src/scene/camera-frame';

function lattice(a: number, b: number, c: number, alpha: number, beta: number, gamma: number) {
  const r = latticeFromParams({ a, b, c, alpha, beta, gamma });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.matrix;
}

describe('cameraFrame', () => {
  it('looks down c with b up in a tetragonal cell (textbook hollandite view)', () => {
    const f = cameraFrame(lattice(9.777, 9.777, 2.8548, 90, 90, 90), [0, 0, 1], [1, 1, 1]);
    expect(f.back[2]).toBeCloseTo(1);
    expect(f.up[1]).toBeCloseTo(1);
    // Half the body diagonal of one cell.
    expect(f.radius).toBeCloseTo(Math.hypot(9.777, 9.777, 2.8548) / 2);
  });

  it('keeps up perpendicular to the view for an oblique direction in a hexagonal cell', () => {
    const m = lattice(2.886, 2.886, 11.16, 90, 90, 120);
    const f = cameraFrame(m, [1, 1, 0], [2, 2, 1]);
    const dot = f.up[0] * f.back[0] + f.up[1] * f.back[1] + f.up[2] * f.back[2];
    expect(Math.abs(dot)).toBeLessThan(1e-9);
    expect(Math.hypot(...f.up)).toBeCloseTo(1);
    // For a view in the ab plane, up is c.
    expect(f.up[2]).toBeCloseTo(1);
  });
});
