/**
 * ICSD's origin suffixes. ICSD writes the groups with two origin choices as `F d -3 m S`
 * (origin choice 1, the origin on the highest site symmetry, −43m for Fd-3m) and
 * `F d -3 m Z` (origin choice 2, the origin on a centre of symmetry); readers that translate
 * ICSD symbols map them the same way (Mantid's LoadCIF turns ` S` into the default symbol and
 * ` Z` into ` :2`). The CIFs here are written for the test in ICSD's style.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import { expandCell } from '../../src/crystal/expand';
import { fracToCart } from '../../src/crystal/lattice';
import { readCif } from '../../src/crystal/read';
import { spaceGroupFromSymbol } from '../../src/crystal/symmetry/lookup';
import { hallEntry } from '../../src/crystal/symmetry/moyo';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Crystal } from '../../src/crystal/types';

beforeAll(() => initMoyoNode());

function icsdCif(symbol: string, a: number, atoms: string): string {
  return `data_icsd
_cell_length_a ${a}
_cell_length_b ${a}
_cell_length_c ${a}
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90
_symmetry_space_group_name_H-M '${symbol}'
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy
${atoms}
`;
}

function read(text: string): Crystal {
  const r = readCif(text, 'icsd.cif');
  if (!r.ok) throw new Error(r.error.message);
  return r.value.crystals[0];
}

/** Shortest distance between two atoms of the expanded cell (Å), over the 27 nearest images. */
function shortestDistance(c: Crystal): number {
  const cell = expandCell(c);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < cell.count; i++)
    for (let j = 0; j < cell.count; j++)
      for (let u = -1; u <= 1; u++)
        for (let v = -1; v <= 1; v++)
          for (let w = -1; w <= 1; w++) {
            if (i === j && u === 0 && v === 0 && w === 0) continue;
            const d = [0, 1, 2].map(
              (k) => cell.frac[3 * j + k] + [u, v, w][k] - cell.frac[3 * i + k],
            ) as [number, number, number];
            const [x, y, z] = fracToCart(c.lattice, d);
            best = Math.min(best, Math.hypot(x, y, z));
          }
  return best;
}

describe('ICSD origin suffixes S and Z', () => {
  it('diamond written as ICSD does, F d -3 m S with C at 0,0,0: 8 atoms, C–C 1.54 Å', () => {
    // Origin choice 1 puts 8a at 0,0,0; read as choice 2, 0,0,0 would be 16c (16 atoms, 1.26 Å).
    const c = read(icsdCif('F d -3 m S', 3.567, 'C1 C 0 0 0 1'));
    expect(c.spaceGroup.number).toBe(227);
    expect(composition(c)).toEqual({ C: 8 });
    expect(shortestDistance(c)).toBeCloseTo((3.567 * Math.sqrt(3)) / 4, 3);
  });

  it('diamond as F d -3 m Z has C at 1/8,1/8,1/8 (8a of origin choice 2): the same crystal', () => {
    const c = read(icsdCif('F d -3 m Z', 3.567, 'C1 C 0.125 0.125 0.125 1'));
    expect(composition(c)).toEqual({ C: 8 });
    expect(shortestDistance(c)).toBeCloseTo((3.567 * Math.sqrt(3)) / 4, 3);
  });

  it('every group with two origin choices: S is the :1 setting, Z the :2 setting', () => {
    const twoOrigins = [
      'P n n n',
      'P b a n',
      'P m m n',
      'C c c a',
      'C c c e',
      'F d d d',
      'P 4/n',
      'P 42/n',
      'I 41/a',
      'P 4/n b m',
      'P 4/n n c',
      'P 4/n m m',
      'P 4/n c c',
      'P 42/n b c',
      'P 42/n n m',
      'P 42/n m c',
      'P 42/n c m',
      'I 41/a m d',
      'I 41/a c d',
      'P n -3',
      'F d -3',
      'P n -3 n',
      'P n -3 m',
      'F d -3 m',
      'F d -3 c',
    ];
    for (const name of twoOrigins) {
      const hall = (s: string) => {
        const r = spaceGroupFromSymbol(s);
        if (!r.ok) throw new Error(`${s}: ${r.error.message}`);
        return r.value.hallNumber;
      };
      const s = hall(`${name} S`);
      const z = hall(`${name} Z`);
      expect(s, name).toBe(hall(`${name}:1`));
      expect(z, name).toBe(hall(`${name}:2`));
      expect(s, name).not.toBe(z);
      // moyo's own setting names confirm which is which.
      const settingOf = (h: number | null) => {
        const e = h === null ? null : hallEntry(h);
        return e?.ok ? e.value.setting : null;
      };
      expect(settingOf(s), name).toMatch(/1$/);
      expect(settingOf(z), name).toMatch(/2$/);
    }
  });

  it('reads the symbols written before the double glide e (ICSD: C m c a, C c c a Z)', () => {
    const numberOf = (s: string) => {
      const r = spaceGroupFromSymbol(s);
      if (!r.ok) throw new Error(`${s}: ${r.error.message}`);
      return [r.value.number, r.value.hallNumber];
    };
    const same = (old: string, current: string) =>
      expect(numberOf(old), old).toEqual(numberOf(current));
    same('A b m 2', 'A e m 2');
    same('A b a 2', 'A e a 2');
    same('C m c a', 'C m c e');
    same('C m m a', 'C m m e');
    same('C c c a S', 'C c c e :1');
    same('C c c a Z', 'C c c e :2');
    expect(numberOf('C m c a')[0]).toBe(64);
    expect(numberOf('C c c a Z')[0]).toBe(68);
  });
});
