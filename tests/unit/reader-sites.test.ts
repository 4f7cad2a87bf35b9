/**
 * Atom rows as real files write them (each CIF here is written for the test, in the style of
 * the source named): mixed-site type symbols, split and repeated positions, elements from
 * labels, rows and blocks that cannot be read, zero occupancies, duplicate labels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCif } from '../../src/crystal/cif';
import { composition } from '../../src/crystal/composition';
import { interpretBlock } from '../../src/crystal/interpret';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';

beforeAll(() => initMoyoNode());

const CUBE = `_cell_length_a 5
_cell_length_b 5
_cell_length_c 5
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90`;

const LOOP = `loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy`;

function cif(rows: string, symmetry = '_space_group_IT_number 1', loop = LOOP) {
  return `data_t\n${CUBE}\n${symmetry}\n${loop}\n${rows}\n`;
}

function interpret(text: string) {
  const doc = parseCif(text);
  if (!doc.ok) throw new Error(doc.error.message);
  return interpretBlock(doc.value.blocks[0]);
}

function crystalOf(text: string) {
  const r = interpret(text);
  if (!r.ok) throw new Error(`${r.error.line}: ${r.error.message}`);
  return { crystal: r.value, warnings: r.warnings };
}

const messages = (w: { message: string }[]) => w.map((d) => d.message);

describe('Pauling File / ICSD mixed-site type symbols', () => {
  it('reads every species with its fraction times the row occupancy', () => {
    const { crystal } = crystalOf(
      cif(`M1 '0.56(4)Mg + 0.29(3)Ta + 0.15(5)Zr' 0 0 0 1
M2 '0.5Fe2+ + 0.5Mg' 0.5 0.5 0.5 0.8
O1 O 0.25 0.25 0.25 1`),
    );
    const [m1, m2] = crystal.sites;
    expect(m1.species.map((s) => [s.element, s.occupancy])).toEqual([
      ['Mg', 0.56],
      ['Ta', 0.29],
      ['Zr', 0.15],
    ]);
    expect(m1.species[0].occupancySu).toBeCloseTo(0.04, 10);
    expect(m2.species.map((s) => [s.element, Number(s.occupancy.toFixed(6)), s.oxidation])).toEqual(
      [
        ['Fe', 0.4, 2],
        ['Mg', 0.4, undefined],
      ],
    );
    expect(composition(crystal)).toEqual({ Mg: 0.96, Ta: 0.29, Zr: 0.15, Fe: 0.4, O: 1 });
  });

  it('a term that is no element leaves the label to decide', () => {
    const { crystal } = crystalOf(cif(`Mg1 '0.5Qq + 0.5Mg' 0 0 0 1`));
    expect(crystal.sites[0].species.map((s) => s.element)).toEqual(['Mg']);
  });
});

describe('partly occupied atoms on one position', () => {
  it('adds the occupancies of split atoms at the same position (P1A/P1B at ½)', () => {
    const { crystal, warnings } = crystalOf(
      cif(`P1A P 0.1 0.2 0.3 0.5
P1B P 0.1 0.2 0.3 0.5
O1 O 0.6 0.6 0.6 1`),
    );
    expect(crystal.sites).toHaveLength(2);
    expect(crystal.sites[0].label).toBe('P1A/P1B');
    expect(crystal.sites[0].species).toMatchObject([{ element: 'P', occupancy: 1 }]);
    expect(composition(crystal)).toEqual({ P: 1, O: 1 });
    expect(messages(warnings)).toContain(
      'atom "P1B" shares the position of atom "P1A" (line 16): occupancies added',
    );
    expect(messages(warnings).some((m) => /sum to/.test(m))).toBe(false);
  });

  it('adds an atom written near a special position to its copy on it (symmetry image)', () => {
    // P-1: (0.4999, 0.5, 0.5) and (0.5, 0.5, 0.5) are 0.0005 Å apart once -x,-y,-z is applied.
    const { crystal, warnings } = crystalOf(
      cif(
        `Na1 Na 0.5 0.5 0.5 0.25
Na2 Na 0.5001 0.5 0.5 0.25
Cl1 Cl 0 0 0 1`,
        `_space_group_name_H-M_alt 'P -1'`,
      ),
    );
    expect(crystal.sites.map((s) => s.label)).toEqual(['Na1/Na2', 'Cl1']);
    expect(crystal.sites[0].species[0].occupancy).toBeCloseTo(0.5, 10);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('says clearly when a merged site holds more than 1 beyond the uncertainty', () => {
    const { crystal, warnings } = crystalOf(
      cif(`Fe1 Fe 0 0 0 0.70(2)
Fe2 Fe 0 0 0 0.60(2)
Co1 Co 0.5 0.5 0.5 0.70(5)
Co2 Co 0.5 0.5 0.5 0.40(5)`),
    );
    expect(crystal.sites.map((s) => s.species[0].occupancy.toFixed(2))).toEqual(['1.30', '1.10']);
    // 1.3 exceeds 1 + 3σ (σ = 0.028); 1.1 lies within 1 + 3σ (σ = 0.071).
    expect(messages(warnings).filter((m) => /sum to/.test(m))).toEqual([
      'site "Fe1/Fe2": occupancies sum to 1.3 (> 1)',
    ]);
  });

  it('still drops an exact repeat of a fully occupied atom', () => {
    const { crystal, warnings } = crystalOf(cif(`Cu1 Cu 0.1 0.1 0.1 1\nCu2 Cu 0.1 0.1 0.1 1`));
    expect(composition(crystal)).toEqual({ Cu: 1 });
    expect(messages(warnings)).toContain('atom "Cu2" repeats atom "Cu1" (line 16): dropped');
  });
});

const LABELS_ONLY = `loop_
_atom_site_label
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z`;

describe('element from the label when there is no type symbol', () => {
  it('reads upper-case labels case-insensitively, two letters first', () => {
    const { crystal } = crystalOf(
      cif(
        `CO(1) 0 0 0
CL1 0.5 0 0
NI2 0 0.5 0
C1 0 0 0.5
O1H 0.5 0.5 0
HO1 0.5 0 0.5
OW1 0 0.5 0.5
Wat 0.5 0.5 0.5
CN3 0.25 0 0`,
        undefined,
        LABELS_ONLY,
      ),
    );
    expect(crystal.sites.map((s) => s.species[0].element)).toEqual([
      'Co',
      'Cl',
      'Ni',
      'C',
      'O',
      'H',
      'O',
      'O',
      'C',
    ]);
  });

  it('skips centroids, dummy atoms and Q peaks with a warning each', () => {
    const loop = `${LABELS_ONLY}\n_atom_site_calc_flag`;
    const { crystal, warnings } = crystalOf(
      cif(
        `Fe1 0 0 0 .
Cg1 0.5 0.5 0.5 .
Cp2 0.1 0.5 0.5 .
Q1 0.2 0.5 0.5 .
Dum1 0.3 0.5 0.5 .
X9 0.4 0.5 0.5 dum`,
        undefined,
        loop,
      ),
    );
    expect(crystal.sites.map((s) => s.label)).toEqual(['Fe1']);
    const skipped = warnings.filter((w) => /skipped/.test(w.message));
    expect(skipped.map((w) => w.line)).toEqual([16, 17, 18, 19, 20]);
    expect(skipped[0].message).toBe(
      'atom "Cg1": a centroid, dummy atom or Q peak, not an atom: skipped',
    );
    expect(skipped[4].message).toBe('atom "X9": a dummy atom (_atom_site_calc_flag dum): skipped');
  });

  it('refuses a T site without a type symbol, naming it', () => {
    const r = interpret(cif(`Si1 0 0 0\nT2 0.5 0.5 0.5`, undefined, LABELS_ONLY));
    expect(!r.ok && r.error).toEqual({
      message:
        'atom "T2": a T (tetrahedral) site needs _atom_site_type_symbol to say which element it holds',
      line: 15,
    });
    const typed = crystalOf(cif(`T1 Si 0 0 0 1\nT2 Al 0.5 0.5 0.5 1`));
    expect(typed.crystal.sites.map((s) => s.species[0].element)).toEqual(['Si', 'Al']);
  });

  it('says which symbol is no element, on which line, and skips only that atom', () => {
    const { crystal, warnings } = crystalOf(cif(`Na1 Na 0 0 0 1\nZz1 Zz 0.5 0.5 0.5 1`));
    expect(crystal.sites.map((s) => s.label)).toEqual(['Na1']);
    expect(warnings).toContainEqual({
      message: 'atom "Zz1": type symbol "Zz" is not an element symbol: atom skipped',
      line: 17,
    });
  });

  it('rejects a file whose labels name no element at all, with the line', () => {
    const r = interpret(cif(`Xx1 0 0 0\nZz2 0.5 0.5 0.5`, undefined, LABELS_ONLY));
    expect(!r.ok && r.error).toEqual({
      message:
        'no atom in the atom-site loop names an element (no type symbol, and labels that are no element symbol)',
      line: 14,
    });
  });
});

describe('one bad row or block does not sink the file', () => {
  it('skips rows with . or ? coordinates', () => {
    const { crystal, warnings } = crystalOf(cif(`Na1 Na 0 0 0 1\nCg1 C . . . 1\nO1 O ? 0 0 1`));
    expect(crystal.sites.map((s) => s.label)).toEqual(['Na1']);
    expect(messages(warnings)).toEqual(
      expect.arrayContaining([
        'atom "Cg1": coordinate x is . (inapplicable): row skipped',
        'atom "O1": coordinate x is ? (unknown): row skipped',
      ]),
    );
  });

  it('loads the readable blocks of a many-block file and reports the others', () => {
    const good = cif('Na1 Na 0 0 0 1').replace('data_t', 'data_good');
    const bad = cif('Na1 Na 0 0 0 1')
      .replace('data_t', 'data_bad')
      .replace('_cell_length_b 5', '_cell_length_b x');
    const r = readCif(`${bad}${good}`, 'many.cif');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.crystals.map((c) => c.name)).toEqual(['good']);
    expect(r.warnings).toContainEqual({
      message:
        'data_bad cannot be read (3: _cell_length_b is not a number (x) in data_bad): skipped',
      line: 3,
      file: 'many.cif',
    });
    const none = readCif(bad, 'bad.cif');
    expect(!none.ok && none.error).toEqual({
      message: '_cell_length_b is not a number (x) in data_bad',
      line: 3,
      file: 'bad.cif',
    });
  });
});

describe('messages of their own (duplicates, NaN, empty file)', () => {
  it('names a duplicate site label and its first line; both atoms stay', () => {
    const { crystal, warnings } = crystalOf(cif(`O1 O 0 0 0 1\nO1 O 0.5 0.5 0.5 1`));
    expect(crystal.sites).toHaveLength(2);
    expect(warnings).toContainEqual({
      message: 'duplicate site label "O1" (first at line 16): both atoms kept',
      line: 17,
    });
  });

  it('calls NaN "not a number", not "missing"', () => {
    const r = interpret(cif(`Na1 Na NaN 0 0 1`));
    expect(!r.ok && r.error).toEqual({
      message: 'atom "Na1": coordinate x is not a number (NaN)',
      line: 16,
    });
  });

  it('says the file is empty', () => {
    for (const text of ['', '  \n\n\t\n']) {
      const r = readCif(text, 'empty.cif');
      expect(!r.ok && r.error).toEqual({
        message: 'the file is empty',
        line: 1,
        file: 'empty.cif',
      });
    }
  });
});
