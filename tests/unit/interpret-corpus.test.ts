/**
 * Every real-world CIF in /work/shared/cif-corpus goes through readCif without throwing, and
 * for several the counts are pinned to facts checked outside this code (formula sums, ITA
 * multiplicities, densities) — see the comment on each.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Crystal } from '../../src/crystal/types';

const CORPUS = path.resolve(__dirname, '../../../shared/cif-corpus');
const exists = existsSync(CORPUS);

beforeAll(() => initMoyoNode());

function load(name: string) {
  return readCif(readFileSync(path.join(CORPUS, name), 'utf8'), name);
}

function crystals(name: string): Crystal[] {
  const r = load(name);
  if (!r.ok) throw new Error(`${r.error.line}: ${r.error.message}`);
  return r.value.crystals;
}

const positions = (c: Crystal) => c.sites.reduce((n, s) => n + (s.multiplicity ?? 0), 0);
const wyckoffs = (c: Crystal) => c.sites.map((s) => s.wyckoff);

describe.skipIf(!exists)('CIF corpus', () => {
  const files = exists ? readdirSync(CORPUS).filter((f) => /\.m?cif$/.test(f)) : [];

  it.each(files)('%s gives crystals or a line-numbered error', (name) => {
    const r = load(name);
    if (r.ok) {
      expect(r.value.crystals.length).toBeGreaterThan(0);
      for (const c of r.value.crystals) expect(positions(c)).toBeGreaterThan(0);
    } else {
      expect(r.error.line).toBeGreaterThan(0);
      expect(r.error.file).toBe(name);
    }
  });

  it('diamond, F d -3 m :1: 8 C on 8a', () => {
    const [c] = crystals('codtools_9011575-diamond.cif');
    expect(c.spaceGroup.hallNumber).toBe(525);
    expect(positions(c)).toBe(8);
    expect(wyckoffs(c)).toEqual(['8a']);
  });

  it('rutile with every atom `Label`: Ti 2a, O 4f, 6 positions', () => {
    const [c] = crystals('dansdiffraction_Rutile.cif');
    expect(positions(c)).toBe(6);
    expect(wyckoffs(c)).toEqual(['2a', '4f']);
  });

  it('quartz by name only (P 31 2 1): the file’s Si (0.47,0,0) is a general position', () => {
    // ITA 152 puts 3a at (x,0,1/3); y,x,-z maps (x,0,0) to (0,x,0), which no 3₁ image reaches,
    // so this file (written with a shifted origin) reads as Si6O12 under the standard setting.
    const [c] = crystals('matterviz_quartz-alpha.cif');
    expect(c.spaceGroup).toMatchObject({ number: 152, hallNumber: 441, source: 'hm' });
    expect(positions(c)).toBe(18);
    expect(wyckoffs(c)).toEqual(['6c', '6c', '6c']);
  });

  it('Prussian-blue analogue, R -3 c :H: Fe 12c, Zn 18e, formula × Z = 6', () => {
    const [c] = crystals('COD2106959_Na2Zn3FeCN6_2_9H2O_R-3c_H.cif');
    expect(c.ops).toHaveLength(36);
    expect(c.spaceGroup.hallNumber).toBe(460);
    const comp = composition(c);
    // _chemical_formula_sum C12 Fe2 N12 Zn3, Z = 6 (Na and water O are partially occupied).
    expect([comp.C, comp.Fe, comp.N, comp.Zn]).toEqual([72, 12, 72, 18]);
    expect(c.sites.find((s) => s.label === 'Fe1')?.wyckoff).toBe('12c');
    expect(c.sites.find((s) => s.label === 'Zn1')?.wyckoff).toBe('18e');
    expect(c.sites.find((s) => s.label === 'Fe1')?.species[0]).toMatchObject({ oxidation: 2 });
    expect(positions(c)).toBe(390);
  });

  it('digenite in rhombohedral axes (R -3 m :R): symmetry copies dropped, Cu9S5', () => {
    // The file lists ±x for each Cu and S, which -x,-y,-z maps onto each other. Counting both
    // gives its formula Cu17S9 and density 10.68 g/cm³; Cu9S5 in 212.85 Å³ gives 5.71, digenite's.
    const r = load('codtools_9000079.cif');
    if (!r.ok) throw new Error(r.error.message);
    const [c] = r.value.crystals;
    expect(c.spaceGroup.hallNumber).toBe(459);
    expect(composition(c)).toEqual({ Cu: 9, S: 5 });
    expect(positions(c)).toBe(14);
    expect(r.warnings.filter((w) => /symmetry copy/.test(w.message))).toHaveLength(6);
  });

  it('only an ITC number (2, P-1): composition equals the formula sum (Z = 1)', () => {
    const [c] = crystals('codtools_2000000-only-ITC-number.cif');
    expect(c.spaceGroup).toMatchObject({ symbol: 'P -1', number: 2, source: 'number' });
    expect(composition(c)).toEqual({ C: 16, H: 44, Co: 1, Nd: 2, O: 26 });
    expect(positions(c)).toBe(89);
  });

  it('Li10GeP2S12: Ge/P share one 4d site that counts once', () => {
    const [c] = crystals('matterviz_Li10GeP2S12.cif');
    const gep = c.sites.find((s) => s.species.length === 2);
    expect(gep?.species.map((s) => [s.element, s.occupancy])).toEqual([
      ['Ge', 0.515],
      ['P', 0.485],
    ]);
    expect(gep?.wyckoff).toBe('4d');
    expect(c.spaceGroup.hallNumber).toBe(420); // the listed operators are origin choice 1
    expect(positions(c)).toBe(58);
  });

  it('two blocks named `global`: both read; the second is galena PbS (Z = 4)', () => {
    const list = crystals('codtools_2-entries-AMCSD-global.cif');
    expect(list.map((c) => c.name)).toEqual(['global', 'global']);
    expect(composition(list[1])).toEqual({ Pb: 4, S: 4 });
  });

  it('amphibole: `KA2/m` is K, Ca/Na share 4h', () => {
    const [c] = crystals('amcsd_08044_amphibole_slash-in-label_C2m.cif');
    expect(c.sites[0].species[0].element).toBe('K');
    const m4 = c.sites.find((s) => s.label === 'CaM4/NaM4');
    expect(m4?.species.map((s) => s.element)).toEqual(['Ca', 'Na']);
    expect(m4?.wyckoff).toBe('4h');
  });

  it('files without a structure are errors that say so, with a line', () => {
    for (const name of ['codtools_cif2_text.cif', 'crystallographyio_001_several_data.cif']) {
      const r = load(name);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.error.message).toBe('no data block holds a structure (a cell and atom sites)');
    }
  });

  it('Pauling File: only the block with atoms is read, the `? ? ?` blocks are skipped', () => {
    const r = load('matterviz_PF-sd-1601634.cif');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.crystals.map((c) => c.name)).toEqual(['sm_isp_SD1601634-standardized_unitcell']);
    expect(r.warnings.filter((w) => /holds no structure/.test(w.message))).toHaveLength(3);
  });

  it('magnetic CIF: operators × centrings, no Wyckoff letters, with a warning', () => {
    const r = load('dansdiffraction_Sr3LiRuO6_C2c.mcif');
    if (!r.ok) throw new Error(r.error.message);
    const [c] = r.value.crystals;
    expect(c.ops).toHaveLength(12);
    expect(c.spaceGroup.symbol).toBe("C2'/c'");
    expect(r.warnings.map((w) => w.message)).toContain(
      'the listed operators match no standard setting: no Wyckoff letters',
    );
  });

  it('`?` occupancies and Hall `-P_2yn`: one warning per atom, all 4e', () => {
    const r = load('codtools_1000002-occupancy-questionmarks.cif');
    if (!r.ok) throw new Error(r.error.message);
    const [c] = r.value.crystals;
    expect(c.spaceGroup.hallNumber).toBe(82);
    expect(new Set(wyckoffs(c))).toEqual(new Set(['4e']));
    expect(r.warnings.filter((w) => /occupancy unknown/.test(w.message))).toHaveLength(
      c.sites.length,
    );
  });

  it('NaCoO2 stripe supercell (P1, one loop with two operator tags): 150 positions', () => {
    const [c] = crystals('dansdiffraction_NaCoO2_stripe_supercell.cif');
    expect(c.ops).toHaveLength(1);
    expect(positions(c)).toBe(150);
    expect(composition(c)).toEqual({ Co: 30, O: 60, Na: 24 });
  });
});
