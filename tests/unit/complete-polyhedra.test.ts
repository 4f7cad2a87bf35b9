/**
 * VESTA's "complete polyhedra" convention in the polyhedral style, on every bundled structure:
 * a polyhedron whose centre is in the drawn block is drawn whole (ligands from the next cell
 * added), and a ligand atom with no drawn centre is not shown on its own. Checked for blocks
 * extended along a, b and c in turn (the faces one looks at down each axis) and for the
 * catalogue's own block.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLoaded, prepareCrystal } from '../../src/app/load-structure';
import { centreSet, DEFAULT_POLYHEDRON_CENTRES } from '../../src/crystal/polyhedra';
import { OUTSIDE } from '../../src/crystal/supercell';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { CATALOGUE } from '../../src/state/catalogue';
import { atomShown } from '../../src/state/scene-model';
import type { Supercell } from '../../src/state/view-state';

const STRUCTURES = path.resolve(import.meta.dirname, '../../structures');

beforeAll(() => initMoyoNode());

describe('complete polyhedra, no loose ligands', () => {
  const centres = centreSet(DEFAULT_POLYHEDRON_CENTRES);
  for (const entry of CATALOGUE) {
    const blocks: Supercell[] = [[1, 1, 1], [2, 1, 1], [1, 2, 1], [1, 1, 2], entry.supercell];
    it(`${entry.id}: blocks ${blocks.map((b) => b.join('×')).join(', ')}`, () => {
      const text = readFileSync(path.join(STRUCTURES, `${entry.id}.cif`), 'utf8');
      const prepared = prepareCrystal(text, entry.id);
      if (!prepared.ok) throw new Error(prepared.error.message);
      for (const supercell of blocks) {
        const built = buildLoaded(
          prepared.value,
          { kind: 'bundled', id: entry.id },
          { supercell, alkaliPolyhedra: false },
        );
        if (!built.ok) throw new Error(built.error.message);
        const { model, scene } = built.value;
        const { atoms, polyhedra } = model;
        const where = `${entry.id} ${supercell.join('×')}`;
        // Every ligand of every drawn polyhedron is shown, and each centre has a full shell.
        const vertexOf = new Uint8Array(atoms.count);
        const shellSize = new Map<number, number>();
        for (let p = 0; p < polyhedra.count; p++) {
          const n = polyhedra.ligandStart[p + 1] - polyhedra.ligandStart[p];
          const cellAtom = atoms.cellAtom[polyhedra.centre[p]];
          expect(shellSize.get(cellAtom) ?? n, `${where}: shell of cell atom ${cellAtom}`).toBe(n);
          shellSize.set(cellAtom, n);
          for (let k = polyhedra.ligandStart[p]; k < polyhedra.ligandStart[p + 1]; k++) {
            const l = polyhedra.ligands[k];
            vertexOf[l] = 1;
            expect(atomShown(scene.outside[l], 'polyhedral'), `${where}: ligand ${l}`).toBe(true);
          }
        }
        // Every centre inside the block has its polyhedron.
        const hasPolyhedron = new Uint8Array(atoms.count);
        for (let p = 0; p < polyhedra.count; p++) hasPolyhedron[polyhedra.centre[p]] = 1;
        const ligandCells = new Set<number>();
        for (let k = 0; k < polyhedra.ligands.length; k++)
          ligandCells.add(atoms.cellAtom[polyhedra.ligands[k]]);
        const loose: number[] = [];
        for (let i = 0; i < atoms.count; i++) {
          if (centres.has(atoms.element[i]) && !(atoms.flags[i] & OUTSIDE) && shellSize.size > 0)
            expect(hasPolyhedron[i], `${where}: centre ${i} without polyhedron`).toBe(1);
          // A shown atom of a ligand kind (O, or C/N in Prussian blue) belongs to a polyhedron.
          if (ligandCells.has(atoms.cellAtom[i]) && atomShown(scene.outside[i], 'polyhedral'))
            if (!vertexOf[i]) loose.push(i);
        }
        expect(loose, `${where}: ligands shown with no drawn centre`).toEqual([]);
      }
    });
  }
});
