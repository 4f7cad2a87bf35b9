import { beforeAll, describe, expect, it } from 'vitest';
import { parseCif } from '../../src/crystal/cif';
import { composition, formulaString } from '../../src/crystal/composition';
import { expandCell } from '../../src/crystal/expand';
import { interpretBlock } from '../../src/crystal/interpret';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Crystal } from '../../src/crystal/types';
import { MNO2_BY, mno2Cif, RUTILE_CIF } from './cif-fixtures';

beforeAll(() => initMoyoNode());

function interpret(text: string) {
  const doc = parseCif(text);
  if (!doc.ok) throw new Error(doc.error.message);
  return interpretBlock(doc.value.blocks[0]);
}

function crystal(text: string): Crystal {
  const r = interpret(text);
  if (!r.ok) throw new Error(`${r.error.line}: ${r.error.message}`);
  return r.value;
}

const CELL = `_cell_length_a 5
_cell_length_b 5
_cell_length_c 5
_cell_angle_alpha 90.
_cell_angle_beta 90.
_cell_angle_gamma 90.`;

function p1(atoms: string, extra = '') {
  return `data_t\n${CELL}\n_space_group_IT_number 1\n${extra}loop_\n${atoms}\n`;
}

describe('α-MnO2 read four ways', () => {
  for (const [how, text] of Object.entries(MNO2_BY)) {
    it(`gives Mn8O16 (24 positions) from ${how}`, () => {
      const c = crystal(mno2Cif(text));
      expect(c.ops).toHaveLength(16);
      const cell = expandCell(c);
      expect(cell.count).toBe(24);
      expect(c.sites.map((s) => s.multiplicity)).toEqual([8, 8, 8]);
      expect(composition(c)).toEqual({ Mn: 8, O: 16 });
      expect(formulaString(composition(c))).toBe('Mn8O16');
    });
  }

  it('records where the group came from', () => {
    expect(crystal(mno2Cif(MNO2_BY.operators)).spaceGroup).toEqual({
      symbol: '',
      number: null,
      hallNumber: null,
      source: 'operators',
    });
    expect(crystal(mno2Cif(MNO2_BY.hm)).spaceGroup).toEqual({
      symbol: 'I 4/m',
      number: 87,
      hallNumber: 363,
      source: 'hm',
    });
    expect(crystal(mno2Cif(MNO2_BY.number)).spaceGroup.symbol).toBe('I 4/m');
    expect(crystal(mno2Cif(MNO2_BY.hall)).spaceGroup.source).toBe('hall');
  });

  it('keeps type symbols and their oxidation states', () => {
    const c = crystal(mno2Cif(MNO2_BY.hm));
    expect(c.sites[0].species).toEqual([
      { element: 'Mn', occupancy: 1, oxidation: 4, typeSymbol: 'Mn4+' },
    ]);
    expect(c.sites[1].species[0].oxidation).toBe(-2);
    expect(c.lattice.volume).toBeCloseTo(9.777 * 9.777 * 2.8548, 6);
  });
});

describe('species and labels', () => {
  it('reads elements and charges from type symbols and labels', () => {
    const c = crystal(
      p1(`_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Mn1 Mn3.5+ 0.1 0.1 0.1
Fe1 Fe+3 0.2 0.1 0.1
O2a ? 0.3 0.1 0.1
Fe3+ ? 0.4 0.1 0.1
OW ? 0.5 0.1 0.1
Ca/Na ? 0.6 0.1 0.1
Wat-Int ? 0.7 0.1 0.1
Na-1 ? 0.8 0.1 0.1`),
    );
    const read = c.sites.map((s) => [s.species[0].element, s.species[0].oxidation]);
    expect(read).toEqual([
      ['Mn', 3.5],
      ['Fe', 3],
      ['O', undefined],
      ['Fe', 3],
      ['O', undefined],
      ['Ca', undefined],
      ['O', undefined],
      ['Na', undefined],
    ]);
  });

  it('treats labels as names, not identities (rutile with every atom `Label`)', () => {
    const c = crystal(RUTILE_CIF);
    expect(c.sites.map((s) => s.label)).toEqual(['Label', 'Label']);
    expect(expandCell(c).count).toBe(6);
    expect(composition(c)).toEqual({ Ti: 2, O: 4 });
  });

  it('merges species on one position into a mixed site that counts once', () => {
    const text = p1(`_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy
Ge1 Ge 0 0.5 0.6907 0.6
P1 P 0 0.5 0.6907(6) 0.5
S1 S 0.9999 0.1843 0.4103 1`);
    const r = interpret(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sites).toHaveLength(2);
    expect(r.value.sites[0].label).toBe('Ge1/P1');
    expect(r.value.sites[0].species.map((s) => [s.element, s.occupancy])).toEqual([
      ['Ge', 0.6],
      ['P', 0.5],
    ]);
    expect(expandCell(r.value).count).toBe(2);
    expect(r.warnings.map((w) => w.message)).toContain(
      'site "Ge1/P1": occupancies sum to 1.1 (> 1)',
    );
  });
});

describe('occupancy and coordinates', () => {
  it('takes `?` occupancy as 1 with a warning at the atom line', () => {
    const r = interpret(
      p1(`_atom_site_label
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy
Na1 0.1 0.2 0.3 ?
Co1 0 0 0 .40(3)`),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.sites.map((s) => s.species[0].occupancy)).toEqual([1, 0.4]);
    expect(r.warnings).toEqual([
      { message: 'atom "Na1": occupancy unknown (?), taken as 1', line: 15 },
    ]);
  });

  it('reads fractions such as 1/4 as coordinates', () => {
    const c = crystal(
      p1(`_atom_site_label
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Fe1 1/4 1/2 -1/3`),
    );
    expect(c.sites[0].frac).toEqual([0.25, 0.5, -1 / 3]);
  });

  it('an unknown coordinate skips the row; a missing column is an error at the atom line', () => {
    const skipped = interpret(
      p1(`_atom_site_label
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Na1 0.1 0.2 0.3
O1 0.1 ? 0.3`),
    );
    expect(skipped.ok && skipped.value.sites.map((s) => s.label)).toEqual(['Na1']);
    expect(skipped.warnings).toContainEqual({
      message: 'atom "O1": coordinate y is ? (unknown): row skipped',
      line: 15,
    });
    const r = interpret(
      p1(`_atom_site_label
_atom_site_fract_x
_atom_site_fract_z
Na1 0.1 0.3`),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual({
        message: 'atom "Na1": fractional coordinate y is missing',
        line: 13,
      });
  });
});

describe('cell and symmetry errors', () => {
  it('a missing cell parameter names its tag and the block line', () => {
    const text = mno2Cif(MNO2_BY.hm).replace('_cell_angle_beta 90\n', '');
    const r = interpret(text);
    expect(!r.ok && r.error).toEqual({
      message: '_cell_angle_beta is missing in data_alpha_MnO2',
      line: 1,
    });
  });

  it('an impossible cell is an error, not NaN', () => {
    const r = interpret(mno2Cif(MNO2_BY.hm).replace('_cell_length_c 2.8548', '_cell_length_c -2'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/cell length c = -2/);
  });

  it('a bad operator is an error at its own line', () => {
    const text = mno2Cif(MNO2_BY.operators).replace("'-y,x,z'", "'-y,x,w'");
    const r = interpret(text);
    expect(!r.ok && r.error.line).toBe(12);
    if (!r.ok) expect(r.error.message).toContain('"-y,x,w"');
  });

  it('a loop with both the old and the new operator tag still works', () => {
    const ops = ['x,y,z', '-x,-y,-z'];
    const text = p1(
      `_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\nNa1 0.1 0.2 0.3`,
      `loop_\n_space_group_symop_operation_xyz\n_symmetry_equiv_pos_as_xyz\n${ops.map((o) => `'${o}' '${o}'`).join('\n')}\n`,
    );
    const c = crystal(text);
    expect(c.ops).toHaveLength(2);
    expect(expandCell(c).count).toBe(2);
  });

  it('an unknown H-M symbol falls back to the number with a warning', () => {
    const text = mno2Cif(`_symmetry_space_group_name_H-M 'I 4/q'\n${MNO2_BY.number}`);
    const r = interpret(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.spaceGroup.number).toBe(87);
    expect(r.warnings).toEqual([{ message: 'unknown Hermann–Mauguin symbol "I 4/q"', line: 8 }]);
  });

  it('no symmetry at all is an error naming what was looked for', () => {
    const r = interpret(mno2Cif(''));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^no symmetry: the block has no operators/);
  });
});

describe('readCif', () => {
  it('skips blocks without a structure, naming them, and puts the file in diagnostics', () => {
    const text = `data_paper\n_publ_section_title 'x'\n${mno2Cif(MNO2_BY.hm)}`;
    const r = readCif(text, 'two.cif');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.crystals.map((c) => c.name)).toEqual(['alpha_MnO2']);
    expect(r.value.crystals[0].sites.map((s) => s.wyckoff)).toEqual(['8h', '8h', '8h']);
    expect(r.warnings).toEqual([
      {
        message: 'data_paper holds no structure (no cell or no atom sites): skipped',
        line: 1,
        file: 'two.cif',
      },
    ]);
  });

  it('fails when no block holds a structure, or when a structure block is broken', () => {
    const none = readCif('data_a\n_publ_section_title x\n', 'none.cif');
    expect(!none.ok && none.error).toEqual({
      message: 'no data block holds a structure (a cell and atom sites)',
      line: 1,
      file: 'none.cif',
    });
    const broken = readCif(mno2Cif(MNO2_BY.hm).replace('O1 O2- 0.154', 'O1 O2- 0.1.5'), 'b.cif');
    expect(!broken.ok && broken.error).toEqual({
      message: 'atom "O1": coordinate x is not a number ("0.1.5")',
      line: 17,
      file: 'b.cif',
    });
  });
});
