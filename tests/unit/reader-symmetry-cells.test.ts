/**
 * Space groups as people write them, operators without a loop, and cells or coordinates that
 * are nonsense (each CIF here is written for the test).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCif } from '../../src/crystal/cif';
import { composition } from '../../src/crystal/composition';
import { expandCell } from '../../src/crystal/expand';
import { interpretBlock } from '../../src/crystal/interpret';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';

beforeAll(() => initMoyoNode());

function cell(a = '8.08', b = a, c = a, alpha = '90', beta = '90', gamma = '90') {
  return `_cell_length_a ${a}
_cell_length_b ${b}
_cell_length_c ${c}
_cell_angle_alpha ${alpha}
_cell_angle_beta ${beta}
_cell_angle_gamma ${gamma}`;
}

const ATOMS = `loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy`;

function cif(symmetry: string, atoms: string, cellText = cell()) {
  return `data_t\n${cellText}\n${symmetry}\n${ATOMS}\n${atoms}\n`;
}

function interpret(text: string) {
  const doc = parseCif(text);
  if (!doc.ok) throw new Error(doc.error.message);
  return interpretBlock(doc.value.blocks[0]);
}

function crystal(text: string) {
  const r = interpret(text);
  if (!r.ok) throw new Error(`${r.error.line}: ${r.error.message}`);
  return r.value;
}

/** Spinel MgAl2O4 in origin choice 1: Mg 8a (0,0,0), Al 16c (5/8,5/8,5/8), O 32e (x,x,x). */
const SPINEL_ORIGIN_1 = `Mg1 Mg 0 0 0 1
Al1 Al 0.625 0.625 0.625 1
O1 O 0.387 0.387 0.387 1`;

describe('space-group symbols as people write them', () => {
  it('F d -3 m without a suffix is origin choice 1 (also as _space_group_name_H-M_alt)', () => {
    for (const sym of [
      `_symmetry_space_group_name_H-M 'F d -3 m'`,
      `_space_group_name_H-M_alt 'F d -3 m'`,
      `_space_group.name_H-M_alt 'F d -3 m'`,
      `_space_group_name_H-M_alt 'F d -3 m S'`,
    ]) {
      const c = crystal(cif(sym, SPINEL_ORIGIN_1));
      expect(c.spaceGroup.hallNumber).toBe(525);
      expect(composition(c)).toEqual({ Mg: 8, Al: 16, O: 32 });
      expect(expandCell(c).count).toBe(56);
    }
  });

  it('origin choice 2 needs :2, Z or the Hall symbol', () => {
    // The same spinel in origin choice 2: Mg 8a (1/8,1/8,1/8), Al 16d (1/2,1/2,1/2).
    const atoms = `Mg1 Mg 0.125 0.125 0.125 1
Al1 Al 0.5 0.5 0.5 1
O1 O 0.262 0.262 0.262 1`;
    for (const sym of [
      `_space_group_name_H-M_alt 'F d -3 m :2'`,
      `_space_group_name_H-M_alt 'F d -3 m Z'`,
      `_space_group_name_Hall '-F 4vw 2vw 3'`,
      `_space_group.name_Hall '-F 4vw 2vw 3'`,
    ]) {
      const c = crystal(cif(sym, atoms));
      expect(c.spaceGroup.hallNumber).toBe(526);
      expect(composition(c)).toEqual({ Mg: 8, Al: 16, O: 32 });
    }
  });

  it('reads the DDLm names, the full symbol and the IT number', () => {
    const atoms = 'Na1 Na 0 0 0 1\nCl1 Cl 0.5 0.5 0.5 1';
    const full = crystal(cif(`_space_group.name_H-M_full 'F 4/m -3 2/m'`, atoms));
    expect(full.spaceGroup.number).toBe(225);
    const byNumber = crystal(cif('_space_group.IT_number 225', atoms));
    expect(composition(byNumber)).toEqual({ Na: 4, Cl: 4 });
  });

  it('builds centred settings the tables lack from the centring and the point operations', () => {
    const atoms = 'Fe1 Fe 0.1 0.2 0.3 1';
    const triclinic = cell('5', '6', '7', '80', '85', '95');
    const a = crystal(cif(`_space_group_name_H-M_alt 'A -1'`, atoms, triclinic));
    expect(a.ops).toHaveLength(4);
    expect(expandCell(a).count).toBe(4);
    expect(a.spaceGroup).toMatchObject({ symbol: 'A -1', number: 2, source: 'hm' });
    const c = crystal(cif(`_space_group_name_H-M_alt 'C -1'`, atoms, triclinic));
    expect(expandCell(c).count).toBe(4);
    const mono = cell('5', '6', '7', '90', '90', '100');
    for (const sym of ['I 2/b', 'B 1 1 2/m']) {
      const m = crystal(cif(`_space_group_name_H-M_alt '${sym}'`, atoms, mono));
      expect(m.ops).toHaveLength(8);
      expect(expandCell(m).count).toBe(8);
    }
  });

  it('reads old subscript styles of screw axes', () => {
    const mono = cell('5', '6', '7', '90', '100', '90');
    for (const sym of ['P2(1)/c', 'P 21/c', 'P2_1/c', 'P 1 21/c 1']) {
      const c = crystal(cif(`_symmetry_space_group_name_H-M '${sym}'`, 'O1 O 0.1 0.2 0.3 1', mono));
      expect(c.spaceGroup.number).toBe(14);
      expect(expandCell(c).count).toBe(4);
    }
  });
});

describe('operators written without a loop', () => {
  it('a single _symmetry_equiv_pos_as_xyz item is one operator', () => {
    const c = crystal(
      cif('_symmetry_equiv_pos_as_xyz x,y,z', 'Na1 Na 0 0 0 1\nCl1 Cl 0.5 0.5 0.5 1'),
    );
    expect(c.ops).toHaveLength(1);
    expect(c.spaceGroup.source).toBe('operators');
    expect(composition(c)).toEqual({ Na: 1, Cl: 1 });
    const quoted = crystal(cif(`_space_group_symop_operation_xyz 'x, y, z'`, 'Na1 Na 0 0 0 1'));
    expect(quoted.ops).toHaveLength(1);
  });
});

describe('degenerate or absurd cells and coordinates are refused with the line', () => {
  const atoms = 'Mn1 Mn 0 0 0 1\nO1 O 0.3 0.3 0.3 1';
  const sym = '_space_group_IT_number 1';
  const refusal = (cellText: string) => {
    const started = performance.now();
    const r = interpret(cif(sym, atoms, cellText));
    const ms = performance.now() - started;
    if (r.ok) throw new Error('accepted');
    return { ...r.error, ms };
  };

  it('an angle of 179.99° (a flat cell)', () => {
    const e = refusal(cell('5', '5', '5', '90', '179.99', '90'));
    expect(e.message).toMatch(/nearly flat cell/);
    expect(e.line).toBe(6);
    expect(e.ms).toBeLessThan(50);
  });

  it('lengths of 1e-300, 0.001 and 1e8 Å, and 1e308', () => {
    expect(refusal(cell('1e-300'))).toMatchObject({
      message: 'cell length a = 1e-300 Å is outside 1 … 10,000 Å',
      line: 2,
    });
    expect(refusal(cell('5', '5', '0.001')).line).toBe(4);
    expect(refusal(cell('5', '1e8', '5')).message).toBe(
      'cell length b = 100000000 Å is outside 1 … 10,000 Å',
    );
    expect(refusal(cell('1e308')).line).toBe(2);
  });

  it('angles that give no real volume', () => {
    const e = refusal(cell('5', '5', '5', '30', '30', '100'));
    expect(e.message).toBe('cell angles α 30°, β 30°, γ 100° do not form a cell');
  });

  it('a coordinate of 1e300, and of Infinity', () => {
    const big = interpret(cif(sym, 'Mn1 Mn 1e300 0 0 1\nO1 O 0.3 0.3 0.3 1'));
    expect(!big.ok && big.error).toEqual({
      message: 'atom "Mn1": fractional coordinate x = 1e300 is out of range (|x| ≤ 1000)',
      line: 16,
    });
    const inf = interpret(cif(sym, 'Mn1 Mn 0 1e400 0 1'));
    expect(!inf.ok && inf.error.message).toBe(
      'atom "Mn1": coordinate y is not a finite number (1e400)',
    );
  });

  it('readCif keeps the file name and line for a refused cell', () => {
    const r = readCif(cif(sym, atoms, cell('1e308')), 'huge.cif');
    expect(!r.ok && r.error).toMatchObject({ file: 'huge.cif', line: 2 });
  });
});
