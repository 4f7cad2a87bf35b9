import { beforeAll, describe, expect, it } from 'vitest';
import { expandCell } from '../../src/crystal/expand';
import { readCif } from '../../src/crystal/read';
import { identifyHallNumber } from '../../src/crystal/symmetry/identify';
import { spaceGroupFromNumber } from '../../src/crystal/symmetry/lookup';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { parseXyz } from '../../src/crystal/symmetry/xyz';
import type { Crystal } from '../../src/crystal/types';
import { assignWyckoff, type WyckoffAssignment } from '../../src/crystal/wyckoff';
import { I4M_OPERATORS, MNO2_BY, mno2Cif, RUTILE_CIF } from './cif-fixtures';

beforeAll(() => initMoyoNode());

function read(text: string): { crystal: Crystal; warnings: string[] } {
  const r = readCif(text, 't.cif');
  if (!r.ok) throw new Error(r.error.message);
  return { crystal: r.value.crystals[0], warnings: r.warnings.map((w) => w.message) };
}

describe('Wyckoff letters', () => {
  for (const [how, text] of Object.entries(MNO2_BY)) {
    it(`α-MnO2 from ${how}: Mn, O1, O2 all 8h in I4/m (Hall 363)`, () => {
      const { crystal, warnings } = read(mno2Cif(text));
      expect(crystal.sites.map((s) => s.wyckoff)).toEqual(['8h', '8h', '8h']);
      expect(crystal.spaceGroup.hallNumber).toBe(363);
      expect(crystal.spaceGroup.number).toBe(87);
      expect(warnings).toEqual([]);
    });
  }

  it('names the group of listed operators from the tables when the file does not', () => {
    const { crystal } = read(mno2Cif(MNO2_BY.operators));
    expect(crystal.spaceGroup.symbol).toBe('I 4/m');
    expect(crystal.spaceGroup.source).toBe('operators');
  });

  it('rutile P4₂/mnm: Ti 2a, O 4f, with site symmetries', () => {
    const { crystal } = read(RUTILE_CIF);
    const details = new Map<number, WyckoffAssignment>();
    assignWyckoff(crystal, expandCell(crystal), details);
    expect(crystal.sites.map((s) => s.wyckoff)).toEqual(['2a', '4f']);
    expect(details.get(0)?.siteSymmetry).toBe('m.mm');
    expect(details.get(1)?.siteSymmetry).toBe('m.2m');
  });

  it('matches templates with linked coordinates (x,2x,z in P6₃/mmc)', () => {
    const text = `data_t
_cell_length_a 3
_cell_length_b 3
_cell_length_c 5
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 120
_space_group_IT_number 194
loop_
_atom_site_label
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Na1 0.1667 0.3333 0.1
Co1 0.3333 0.6667 0.25
O1 0 0 0`;
    const { crystal } = read(text);
    // 12k (x,2x,z), 2c (1/3,2/3,1/4), 2a (0,0,0): ITA Table for P6₃/mmc.
    expect(crystal.sites.map((s) => s.wyckoff)).toEqual(['12k', '2c', '2a']);
  });

  it('finds the setting of listed operators among all 530 (origin choice 1 of Fd-3m)', () => {
    const std = spaceGroupFromNumber(227);
    if (!std.ok) throw new Error(std.error.message);
    expect(identifyHallNumber(std.value.ops)).toBe(526);
    const i4m = I4M_OPERATORS.map((t) => {
      const r = parseXyz(t);
      if (!r.ok) throw new Error(r.message);
      return r.op;
    });
    expect(identifyHallNumber(i4m)).toBe(363);
    expect(identifyHallNumber(i4m.slice(0, 8))).toBe(
      // the same 8 operators without the centring are P4/m (Hall 357)
      357,
    );
  });

  it('keys the operators once, not once per setting, when they match none of the 530', () => {
    // Fd-3m origin 1 with one translation moved: 192 operators that are no setting. A 3 KB
    // mutated file of this kind took 150 ms when each of the 530 tries keyed all 192 again.
    const std = spaceGroupFromNumber(227);
    if (!std.ok) throw new Error(std.error.message);
    const ops = std.value.ops.map((op, i) =>
      i === 1 ? { ...op, trans: [0.125, 0, 0] as [number, number, number] } : op,
    );
    let reads = 0;
    const counted = new Proxy(ops, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(identifyHallNumber(counted)).toBeNull();
    expect(reads).toBe(ops.length);
  });

  it('leaves letters undefined with a warning when the operators match no setting', () => {
    // P-1 with the inversion centre moved to (1/8, 0, 0): a valid group, but no tabulated setting.
    const text = mno2Cif(`loop_\n_space_group_symop_operation_xyz\nx,y,z\n-x+1/4,-y,-z`);
    const { crystal, warnings } = read(text);
    expect(crystal.sites.map((s) => s.wyckoff)).toEqual([undefined, undefined, undefined]);
    expect(crystal.spaceGroup.hallNumber).toBeNull();
    expect(warnings).toContain(
      'the listed operators match no standard setting: no Wyckoff letters',
    );
  });
});
