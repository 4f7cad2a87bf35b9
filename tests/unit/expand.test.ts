import { beforeAll, describe, expect, it } from 'vitest';
import { composition, formulaString, hillOrder } from '../../src/crystal/composition';
import { expandCell, orbit, wrapFrac } from '../../src/crystal/expand';
import { latticeFromParams } from '../../src/crystal/lattice';
import { spaceGroupFromNumber } from '../../src/crystal/symmetry/lookup';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { parseXyz } from '../../src/crystal/symmetry/xyz';
import type { Crystal, Lattice, LatticeParams, Site, SymOp, Vec3 } from '../../src/crystal/types';

beforeAll(() => initMoyoNode());

function lattice(p: LatticeParams): Lattice {
  const r = latticeFromParams(p);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function ops(...texts: string[]): SymOp[] {
  return texts.map((t) => {
    const r = parseXyz(t);
    if (!r.ok) throw new Error(r.message);
    return r.op;
  });
}

function site(frac: Vec3, element = 'O', occupancy = 1): Site {
  return { label: element, species: [{ element, occupancy }], frac };
}

const CUBE5 = lattice({ a: 5, b: 5, c: 5, alpha: 90, beta: 90, gamma: 90 });
const P_1 = ops('x,y,z', '-x,-y,-z');

function crystalOf(sites: Site[], symOps: SymOp[], lat = CUBE5): Crystal {
  const spaceGroup = { symbol: '', number: null, hallNumber: null, source: 'operators' as const };
  return { name: 't', lattice: lat, spaceGroup, ops: symOps, sites };
}

describe('wrapping', () => {
  it('maps values a rounding error away from 0 or 1 onto exactly 0', () => {
    expect(wrapFrac(-1e-9)).toBe(0);
    expect(wrapFrac(0.9999999)).toBe(0);
    expect(wrapFrac(1)).toBe(0);
    expect(wrapFrac(-0.25)).toBe(0.75);
    expect(wrapFrac(1.5)).toBe(0.5);
  });

  it('stores wrapped coordinates in [0, 1)', () => {
    const cell = expandCell(crystalOf([site([-1e-9, 0.9999999, -0.25])], ops('x,y,z')));
    expect(Array.from(cell.frac)).toEqual([0, 0, 0.75]);
  });
});

describe('merging images', () => {
  it('merges images closer than 0.01 Å across the cell boundary (minimum image)', () => {
    // c = 5 Å: z = ±0.0005 are 0.005 Å apart through the face, z = ±0.002 are 0.02 Å apart.
    expect(expandCell(crystalOf([site([0, 0, 0.0005])], P_1)).count).toBe(1);
    expect(expandCell(crystalOf([site([0, 0, 0.002])], P_1)).count).toBe(2);
  });

  it('finds the right multiplicity in a strongly oblique cell', () => {
    const oblique = lattice({
      a: 6.867,
      b: 16.706,
      c: 5.399,
      alpha: 62.98,
      beta: 42.25,
      gamma: 52.16,
    });
    const c = crystalOf([site([0.5, 0, 0.5]), site([0.1, 0.2, 0.3])], P_1, oblique);
    expect(expandCell(c).count).toBe(3);
    expect(c.sites.map((s) => s.multiplicity)).toEqual([1, 2]);
  });

  it('gives the ITA multiplicities of Fd-3m (origin 2): 8a, 16c, 32e, 96g, 192i', () => {
    const fd3m = spaceGroupFromNumber(227);
    if (!fd3m.ok) throw new Error(fd3m.error.message);
    const cubic = lattice({ a: 8.4, b: 8.4, c: 8.4, alpha: 90, beta: 90, gamma: 90 });
    const counts = (
      [
        [1 / 8, 1 / 8, 1 / 8],
        [0, 0, 0],
        [0.26, 0.26, 0.26],
        [0.2, 0.2, 0.6],
        [0.11, 0.23, 0.37],
      ] as Vec3[]
    ).map((p) => orbit(cubic, fd3m.value.ops, p).length);
    expect(counts).toEqual([8, 16, 32, 96, 192]);
  });

  it('lists each site`s positions in order, with the site index', () => {
    const c = crystalOf([site([0, 0, 0], 'Mn'), site([0.1, 0.2, 0.3])], P_1);
    const cell = expandCell(c);
    expect(Array.from(cell.site)).toEqual([0, 1, 1]);
    expect(Array.from(cell.frac.slice(3, 9)).map((v) => Number(v.toFixed(6)))).toEqual([
      0.1, 0.2, 0.3, 0.9, 0.8, 0.7,
    ]);
  });
});

describe('composition', () => {
  it('weights by occupancy and multiplicity, mixed sites included', () => {
    const mixed: Site = {
      label: 'Ge/P',
      species: [
        { element: 'Ge', occupancy: 0.515 },
        { element: 'P', occupancy: 0.485 },
      ],
      frac: [0.1, 0.2, 0.3],
    };
    const c = crystalOf([mixed, site([0, 0, 0], 'Na', 0.3)], P_1);
    expect(composition(c)).toEqual({ Ge: 1.03, P: 0.97, Na: 0.3 });
  });

  it('writes formulas in Hill order', () => {
    expect(formulaString({ O: 16, Mn: 8 })).toBe('Mn8O16');
    expect(formulaString({ Na: 0.6, Co: 2, O: 4 })).toBe('Co2Na0.6O4');
    expect(hillOrder(['O', 'H', 'C', 'N'])).toEqual(['C', 'H', 'N', 'O']);
    expect(formulaString({ Fe: 1 })).toBe('Fe');
  });
});
