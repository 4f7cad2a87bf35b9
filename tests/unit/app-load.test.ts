import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/app/catalogue';
import { buildLoaded, leadingComments, prepareCrystal } from '../../src/app/load-structure';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';

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
    it.runIf(existsSafe(file))(`${entry.id}: CIF → crystal → model → scene`, () => {
      const prepared = prepareCrystal(readFileSync(file, 'utf8'), `${entry.id}.cif`);
      if (!prepared.ok) throw new Error(prepared.error.message);
      expect(prepared.value.sourceNotes.join(' ')).toMatch(/10\.\d{4,}\/|DOI/i);
      const loaded = buildLoaded(prepared.value, { kind: 'bundled', id: entry.id }, [1, 1, 1]);
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

function existsSafe(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}
