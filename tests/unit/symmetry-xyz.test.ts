import { describe, expect, it } from 'vitest';
import { formatOp, parseXyz } from '../../src/crystal/symmetry/xyz';
import type { SymOp } from '../../src/crystal/types';

function op(text: string): SymOp {
  const r = parseXyz(text);
  if (!r.ok) throw new Error(r.message);
  return r.op;
}

describe('parseXyz', () => {
  it('reads the identity in its usual spellings', () => {
    for (const t of ['x,y,z', "'+x,+y,+z'", ' X, Y, Z ', '"x, y, z"']) {
      expect(op(t)).toEqual({ rot: [1, 0, 0, 0, 1, 0, 0, 0, 1], trans: [0, 0, 0] });
    }
  });

  it('reads a translation written before the coordinate', () => {
    expect(op('1/2-y,1/2+x,1/2+z')).toEqual({
      rot: [0, -1, 0, 1, 0, 0, 0, 0, 1],
      trans: [0.5, 0.5, 0.5],
    });
  });

  it('wraps translations into [0, 1): 7/6 → 1/6, -1/2 → 1/2', () => {
    const o = op('y+1/3,x+2/3,-z+7/6');
    expect(o.rot).toEqual([0, 1, 0, 1, 0, 0, 0, 0, -1]);
    expect(o.trans[0]).toBeCloseTo(1 / 3, 12);
    expect(o.trans[1]).toBeCloseTo(2 / 3, 12);
    expect(o.trans[2]).toBeCloseTo(1 / 6, 12);
    expect(op('-y,-x,z-1/2').trans).toEqual([0, 0, 0.5]);
  });

  it('reads hexagonal rows with two axes (x-y,x,-z)', () => {
    expect(op('x-y,x,-z').rot).toEqual([1, -1, 0, 1, 0, 0, 0, 0, -1]);
    expect(op('-x+y,y,z+1/2').rot).toEqual([-1, 1, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('reads decimals and snaps 4-digit thirds onto the 1/24 grid', () => {
    expect(op('-x+1/2,0.5+y,z').trans).toEqual([0.5, 0.5, 0]);
    expect(op('x+0.3333,y+0.6667,z').trans[0]).toBeCloseTo(1 / 3, 12);
    expect(op('x+0.3333,y+0.6667,z').trans[1]).toBeCloseTo(2 / 3, 12);
  });

  it('drops the time-reversal flag of magnetic operators', () => {
    expect(op('-x+1/3,-x+y+2/3,-z+1/6,-1').rot).toEqual([-1, 0, 0, -1, 1, 0, 0, 0, -1]);
  });

  it('rejects malformed operators with a message naming the text', () => {
    const cases: [string, RegExp][] = [
      ['x,y', /does not have three components/],
      ['x,y,q', /cannot read the term "q"/],
      ['x,y,1/2', /component 3 has no x, y or z/],
      ['x,x,z', /not a valid rotation/],
      ['0.5x,y,z', /coefficient of x .* not an integer/],
      ['x,,z', /cannot read ""/],
    ];
    for (const [text, pattern] of cases) {
      const r = parseXyz(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(pattern);
        expect(r.message).toContain(text);
      }
    }
  });
});

describe('formatOp', () => {
  it('writes the canonical triplet and round-trips', () => {
    expect(formatOp(op('1/2-y,1/2+x,1/2+z'))).toBe('-y+1/2,x+1/2,z+1/2');
    expect(formatOp(op('x-y,x,-z'))).toBe('x-y,x,-z');
    expect(formatOp(op('-x+y+1/3,-x+2/3,z+2/3'))).toBe('-x+y+1/3,-x+2/3,z+2/3');
    expect(formatOp(op('x,y,z-1/6'))).toBe('x,y,z+5/6');
    for (const t of ['-y+1/4,x+3/4,z+1/4', 'x,x-y,-z+1/2']) {
      expect(op(formatOp(op(t)))).toEqual(op(t));
    }
  });
});
