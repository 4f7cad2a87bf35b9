/**
 * Real-world files written by other programs (see ../shared/cif-corpus/README.md). The folder
 * sits beside the repository, not in it, so this suite skips itself when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CifBlock, CifDocument, CifValue } from '../../src/crystal/cif';
import { blockItem, cifNumber, cifText, findLoop, hasTag, parseCif } from '../../src/crystal/cif';
import type { Diagnostic } from '../../src/crystal/result';

const CORPUS = path.resolve(__dirname, '../../../shared/cif-corpus');
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => /\.m?cif$/i.test(f)) : [];

function read(name: string): string {
  return readFileSync(path.join(CORPUS, name), 'utf8');
}

function load(name: string): { doc: CifDocument; warnings: Diagnostic[] } {
  const r = parseCif(read(name));
  if (!r.ok) throw new Error(`${name}:${r.error.line}: ${r.error.message}`);
  return { doc: r.value, warnings: r.warnings };
}

/** The value of `tag` in row `row` of the loop that declares it. */
function cell(block: CifBlock, tag: string, row: number): CifValue | undefined {
  const found = findLoop(block, tag);
  return found?.loop.rows[row]?.[found.column];
}

function column(block: CifBlock, tag: string): (string | null)[] {
  const found = findLoop(block, tag);
  return found ? found.loop.rows.map((r) => cifText(r[found.column])) : [];
}

function num(v: CifValue | undefined): number | undefined {
  return cifNumber(v)?.value;
}

describe.skipIf(!present)('CIF corpus: every file', () => {
  it('holds the twenty files the README lists', () => {
    expect(files).toHaveLength(20);
  });

  it.each(files)('%s parses without throwing, quickly, with values on real lines', (name) => {
    const text = read(name);
    const lineCount = text.split(/\r\n|\r|\n/).length;
    const start = performance.now();
    const r = parseCif(text);
    // Generous: the bound catches a runaway parse, not a slow machine.
    expect(performance.now() - start).toBeLessThan(2000);
    // Every file here is readable; if one ever is not, the error must say where.
    if (!r.ok) expect.fail(`${name}:${r.error.line}: ${r.error.message}`);
    expect(r.value.blocks.length).toBeGreaterThan(0);
    for (const block of r.value.blocks) {
      const values = [...block.items.values(), ...block.loops.flatMap((l) => l.rows.flat())];
      for (const v of values) {
        expect(v.line).toBeGreaterThanOrEqual(block.line);
        expect(v.line).toBeLessThanOrEqual(lineCount);
      }
      for (const loop of block.loops) {
        for (const row of loop.rows) expect(row).toHaveLength(loop.tags.length);
      }
    }
  });

  it('fails with a line number, never a throw, when any corpus file is cut short', () => {
    const start = performance.now();
    for (const name of files) {
      const text = read(name);
      for (let cut = 0; cut < text.length; cut += 97) {
        const r = parseCif(text.slice(0, cut));
        if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(1);
      }
    }
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});

describe.skipIf(!present)('CIF corpus: what each file says', () => {
  it('crystallographyio_001_several_data: two blocks, Cyrillic comments ignored', () => {
    const { doc, warnings } = load('crystallographyio_001_several_data.cif');
    expect(doc.blocks.map((b) => b.name)).toEqual(['1000004', '1000005']);
    expect(doc.blocks.map((b) => cifText(blockItem(b, '_chemical_formula_sum')))).toEqual([
      'C29 H30 Cu I P2',
      'F16 H3 O6 Sr5 V3',
    ]);
    expect(doc.blocks[1].line).toBe(10);
    expect(warnings).toEqual([]);
  });

  it('matterviz_PF-sd-1601634: four blocks, multi-line fields, empty quoted symbol', () => {
    const { doc } = load('matterviz_PF-sd-1601634.cif');
    expect(doc.blocks.map((b) => b.name)).toEqual([
      'sm_global',
      'sm_isp_SD1601634-standardized_unitcell',
      'sm_isp_SD1601634-published_cell',
      'sm_isp_SD1601634-niggli_reduced_cell',
    ]);
    const [global, standard, published, niggli] = doc.blocks;
    const copyright = cifText(blockItem(global, '_sm_credits_copyright'));
    expect(copyright?.startsWith('PAULING FILE Multinaries Edition - 2012.')).toBe(true);
    expect(copyright?.split('\n')).toHaveLength(11);
    expect(blockItem(global, '_sm_credits_copyright')?.line).toBe(16);
    expect(cifText(blockItem(global, '_publ_section_references'))).toMatch(
      /^Krause W\..*<i>Crystal chemistry.*\(1998\) 179-206\.$/,
    );
    expect(column(global, '_audit_conform_dict_name')).toEqual([
      'cif_core.dic',
      'cif_pd.dic',
      'cif_sm.dic',
    ]);
    expect(cell(global, '_audit_conform_dict_location', 0)?.kind).toBe('inapplicable');

    expect(cifText(blockItem(standard, '_space_group_name_H-M_alt'))).toBe('C12/m1');
    // The commented-out #M1 and #M2 rows are not atoms.
    expect(column(standard, '_atom_site_label')).toEqual([
      'O1',
      'OH2',
      'OH',
      'O2',
      'As1',
      'O3',
      'Zn',
      'Fe',
      'Pb',
      'Pb1',
    ]);
    expect(cifText(cell(standard, '_atom_site_Wyckoff_symbol', 0))).toBe('.8j');
    expect(cifText(cell(standard, '_sm_atomic_environment_type', 0))).toBe('?');
    expect(cell(standard, '_sm_coordination_number', 0)?.kind).toBe('unknown');

    expect(cifNumber(blockItem(published, '_cell_length_a'))).toEqual({ value: 9.143, su: 0.002 });
    expect(
      findLoop(published, '_atom_site_label')?.loop.rows[0].every((v) => v.kind === 'unknown'),
    ).toBe(true);
    expect(blockItem(niggli, '_symmetry_space_group_name_H-M')).toMatchObject({
      kind: 'text',
      text: '',
      quoted: true,
    });
    expect(blockItem(niggli, '_space_group.IT_number')?.kind).toBe('unknown');
  });

  it('codtools_2-entries-AMCSD-global: both blocks named global kept, with a warning', () => {
    const { doc, warnings } = load('codtools_2-entries-AMCSD-global.cif');
    expect(doc.blocks.map((b) => b.name)).toEqual(['global', 'global']);
    expect(doc.blocks.map((b) => b.line)).toEqual([2, 89]);
    expect(warnings).toEqual([
      {
        line: 89,
        message: "data block name 'global' at line 89 repeats the block at line 2; both are kept",
      },
    ]);
    const [grunerite, galena] = doc.blocks;
    expect(cifText(blockItem(grunerite, '_chemical_name_mineral'))).toBe('Grunerite');
    expect(cifText(blockItem(galena, '_chemical_name_mineral'))).toBe('Galena');
    expect(cifText(blockItem(grunerite, '_publ_section_title'))).toBe(
      ' The crystal structure and cation distribution of a grunerite\n Locality: Wabush iron formation, Labrador, Canada',
    );
    expect(findLoop(grunerite, '_space_group_symop_operation_xyz')?.loop.rows).toHaveLength(8);
    expect(findLoop(galena, '_symmetry_equiv_pos_as_xyz')?.loop.rows).toHaveLength(192);
    expect(column(grunerite, '_atom_site_label')).toContain('O-H3');
    expect(num(blockItem(galena, '_cell_length_a'))).toBe(5.93);
  });

  it('codtools_cif2_text: CIF 2.0 strings with Unicode, control characters and a text field', () => {
    const { doc } = load('codtools_cif2_text.cif');
    expect(doc.blocks.map((b) => b.name)).toEqual(['text']);
    const block = doc.blocks[0];
    expect(block.loops[0].tags).toEqual(['_category_index_item', '_category_text_item']);
    expect(column(block, '_category.index_item')).toEqual(['1', '2', '3', '4', '5']);
    const texts = column(block, '_category.text_item');
    expect(texts[0]).toBe('Text');
    expect(texts[1]).toBe('Text with special symbols: [] { : }');
    expect(texts[2]).toBe('Some Unicode text: Sąžininga žąsis turškiasi Šešupėje');
    expect(texts[3]).toBe(' Some\n multiline\n text.');
    expect(cell(block, '_category.text_item', 3)?.line).toBe(11);
    expect(texts[4]).toBe('Invalid Unicode symbols:\u009f \u009e');
  });

  it('dansdiffraction_NaCoO2_stripe_supercell: unquoted value with a space joined, warned', () => {
    const { doc, warnings } = load('dansdiffraction_NaCoO2_stripe_supercell.cif');
    const block = doc.blocks[0];
    expect(blockItem(block, '_pd_phase_name')).toEqual({
      kind: 'text',
      text: 'Na0.8CoO2_P63mmc supercell',
      line: 14,
      quoted: false,
    });
    expect(warnings.map((w) => w.line)).toEqual([14, 34]);
    expect(warnings[0].message).toContain("read as 'Na0.8CoO2_P63mmc supercell'");
    // One loop with both operator tags: they alias to one name, both columns kept.
    const ops = findLoop(block, '_symmetry_equiv_pos_as_xyz');
    expect(ops?.loop.tags).toEqual([
      '_space_group_symop_operation_xyz',
      '_space_group_symop_operation_xyz',
    ]);
    expect(ops?.loop.rows.map((r) => r.map(cifText))).toEqual([['x,y,z', 'x,y,z']]);
    expect(blockItem(block, '_chemical_name_mineral')?.kind).toBe('unknown');
    expect(num(blockItem(block, '_cell_angle_gamma'))).toBe(70.89);
    expect(findLoop(block, '_atom_site_label')?.loop.rows).toHaveLength(150);
  });

  it("dansdiffraction_Rutile: every atom labelled 'Label', operators quoted", () => {
    const { doc } = load('dansdiffraction_Rutile.cif');
    const block = doc.blocks[0];
    expect(column(block, '_atom_site_label')).toEqual(['Label', 'Label']);
    expect(column(block, '_atom_site_type_symbol')).toEqual(['Ti', 'O']);
    expect(num(cell(block, '_atom_site_fract_x', 1))).toBe(0.3051);
    const ops = column(block, '_space_group_symop_operation_xyz');
    expect(ops).toHaveLength(16);
    expect(ops[0]).toBe('+x,+y,+z');
    expect(ops[2]).toBe('1/2-y,1/2+x,1/2+z');
    expect(cifText(blockItem(block, '_space_group_name_H-M_alt'))).toBe('P 42/m n m');
  });

  it('codtools_1100910-simple-fractions: 1/4, .6591(2) and .40(3)', () => {
    const block = load('codtools_1100910-simple-fractions.cif').doc.blocks[0];
    expect(cifNumber(blockItem(block, '_cell_length_a'))).toEqual({ value: 7.496, su: 0.001 });
    const labels = column(block, '_atom_site_label');
    const bi = labels.indexOf('Bi1');
    expect(bi).toBeGreaterThanOrEqual(0);
    expect(cifNumber(cell(block, '_atom_site_fract_x', bi))).toEqual({ value: 0.6591, su: 0.0002 });
    expect(cifNumber(cell(block, '_atom_site_fract_y', bi))).toEqual({ value: 0.25 });
    expect(cifNumber(cell(block, '_atom_site_occupancy', bi))).toEqual({ value: 0.4, su: 0.03 });
    expect(cifNumber(cell(block, '_atom_site_fract_z', labels.indexOf('Fe2')))?.value).toBe(
      -0.20185,
    );
  });

  it('codtools_1004008-90-dot: angles written 90.', () => {
    const block = load('codtools_1004008-90-dot.cif').doc.blocks[0];
    expect(cifNumber(blockItem(block, '_cell_angle_alpha'))).toEqual({ value: 90 });
    expect(cifNumber(blockItem(block, '_cell_angle_beta'))).toEqual({ value: 107.09, su: 0.02 });
    expect(cifText(blockItem(block, '_space_group_name_H-M_alt'))).toBe('C 1 2 1');
  });

  it('codtools_1000002-occupancy-questionmarks: tabs separate values, ? occupancies', () => {
    const block = load('codtools_1000002-occupancy-questionmarks.cif').doc.blocks[0];
    expect(cifText(blockItem(block, '_audit_creation_method'))).toBe('Created with Diamond v2.0');
    expect(column(block, '_atom_site_label')[0]).toBe('Sr');
    expect(cell(block, '_atom_site_occupancy', 0)?.kind).toBe('unknown');
    expect(cifNumber(cell(block, '_atom_site_fract_x', 0))).toEqual({ value: 0.8786, su: 0.0005 });
  });

  it('codtools_2000000-only-ITC-number: the number under its old name, no symbol', () => {
    const block = load('codtools_2000000-only-ITC-number.cif').doc.blocks[0];
    expect(num(blockItem(block, '_space_group_it_number'))).toBe(2);
    expect(cifText(blockItem(block, '_space_group_crystal_system'))).toBe('triclinic');
    expect(hasTag(block, '_symmetry_space_group_name_H-M')).toBe(false);
  });

  it('quoted symbols survive: R -3 m :R, and a " inside a single-quoted Hall symbol', () => {
    const rhombo = load('codtools_9000079.cif').doc.blocks[0];
    expect(cifText(blockItem(rhombo, '_symmetry_space_group_name_H-M'))).toBe('R -3 m :R');
    expect(cifText(blockItem(rhombo, '_space_group_name_hall'))).toBe('-P 3* 2');
    const pba = load('COD2106959_Na2Zn3FeCN6_2_9H2O_R-3c_H.cif').doc.blocks[0];
    expect(cifText(blockItem(pba, '_space_group_name_hall'))).toBe('-R 3 2"c');
    expect(cifText(blockItem(pba, '_space_group_name_h-m_alt'))).toBe('R -3 c :H');
    expect(num(blockItem(pba, '_cell_length_c'))).toBe(32.92);
  });

  it('dansdiffraction_Sr3LiRuO6_C2c.mcif: DDLm dotted magnetic tags', () => {
    const block = load('dansdiffraction_Sr3LiRuO6_C2c.mcif').doc.blocks[0];
    expect(block.name).toBe('isodistort-output');
    expect(cifText(blockItem(block, '_space_group_magn_name_bns'))).toBe("C2'/c'");
    expect(column(block, '_space_group_symop_magn_operation.xyz')).toEqual([
      'x,y,z,+1',
      '-x,-y,-z,+1',
      '-x+1/3,-x+y+2/3,-z+1/6,-1',
      'x+1/3,x-y+2/3,z+1/6,-1',
    ]);
    expect(column(block, '_atom_site_label')).toHaveLength(7);
  });

  it('matterviz_quartz-alpha: new-style symbol name only', () => {
    const block = load('matterviz_quartz-alpha.cif').doc.blocks[0];
    expect(cifText(blockItem(block, '_symmetry_space_group_name_H-M'))).toBe('P 31 2 1');
    expect(num(blockItem(block, '_cell_length_c'))).toBe(5.405);
  });

  it('amcsd_08044_amphibole_slash-in-label_C2m: a slash in a label is plain text', () => {
    const block = load('amcsd_08044_amphibole_slash-in-label_C2m.cif').doc.blocks[0];
    const labels = column(block, '_atom_site_label');
    expect(labels).toContain('KA2/m');
    expect(num(cell(block, '_atom_site_fract_y', labels.indexOf('KA2/m')))).toBe(0.5);
    expect(cifText(blockItem(block, '_space_group_name_H-M_alt'))).toBe('C 1 2/m 1');
  });
});
