import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLoaded, leadingComments, prepareCrystal } from '../../src/app/load-structure';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { CATALOGUE } from '../../src/state/catalogue';
import { SCENARIOS } from '../../src/state/scenario-catalogue';

const STRUCTURES = path.resolve(import.meta.dirname, '../../structures');

beforeAll(() => initMoyoNode());

describe('leadingComments', () => {
  it('joins indented continuation lines and stops at the first data line', () => {
    const text =
      '#\\#CIF_1.1\n# Title line\n# Source: A. Author,\n#   J. Chem. 1 (2000) 1.\n#\n# Note\ndata_x\n# later';
    expect(leadingComments(text)).toEqual([
      'Title line',
      'Source: A. Author, J. Chem. 1 (2000) 1.',
      'Note',
    ]);
  });
});

describe('the app pipeline on every catalogue entry', () => {
  for (const entry of CATALOGUE) {
    const file = path.join(STRUCTURES, `${entry.id}.cif`);
    it(`${entry.id}: CIF → crystal → model → scene`, () => {
      const prepared = prepareCrystal(readFileSync(file, 'utf8'), `${entry.id}.cif`);
      if (!prepared.ok) throw new Error(prepared.error.message);
      expect(prepared.value.sourceNotes.join(' ')).toMatch(/10\.\d{4,}\/|DOI/i);
      const loaded = buildLoaded(
        prepared.value,
        { kind: 'bundled', id: entry.id },
        { supercell: [1, 1, 1], alkaliPolyhedra: false },
      );
      if (!loaded.ok) throw new Error(loaded.error.message);
      const { scene, model } = loaded.value;
      expect(scene.atomCount).toBe(model.atoms.count);
      expect(scene.atomCount).toBeGreaterThanOrEqual(prepared.value.cell.count);
      // Every drawn atom belongs to exactly one element group.
      expect(scene.groups.reduce((n, g) => n + g.atoms.length, 0)).toBe(scene.atomCount);
      expect(scene.faceColors.length).toBe(scene.faces.length);
    });
  }
});

describe('catalogues and files agree', () => {
  it('every scenario in the picker has its file, and every scenario file is in the picker', () => {
    const files = readdirSync(STRUCTURES)
      .filter((f) => f.endsWith('.scenario.json'))
      .map((f) => f.replace(/\.scenario\.json$/, ''))
      .sort();
    expect(SCENARIOS.map((s) => s.id).sort()).toEqual(files);
  });

  it('the alkali polyhedra appear only on request: KO8 in K-hollandite', () => {
    const prepared = prepareCrystal(
      readFileSync(path.join(STRUCTURES, 'K-hollandite.cif'), 'utf8'),
      'K-hollandite.cif',
    );
    if (!prepared.ok) throw new Error(prepared.error.message);
    const count = (alkaliPolyhedra: boolean) => {
      const r = buildLoaded(
        prepared.value,
        { kind: 'bundled', id: 'K-hollandite' },
        { supercell: [1, 1, 1], alkaliPolyhedra },
      );
      if (!r.ok) throw new Error(r.error.message);
      const { polyhedra, atoms } = r.value.model;
      let potassium = 0;
      let ligands = 0;
      for (let p = 0; p < polyhedra.count; p++)
        if (atoms.element[polyhedra.centre[p]] === 19) {
          potassium++;
          ligands = polyhedra.ligandStart[p + 1] - polyhedra.ligandStart[p];
        }
      return { potassium, ligands };
    };
    expect(count(false).potassium).toBe(0);
    const withAlkali = count(true);
    expect(withAlkali.potassium).toBeGreaterThan(0);
    expect(withAlkali.ligands).toBe(8);
  });
});
