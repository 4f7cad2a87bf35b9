import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLoaded, prepareCrystal } from '../../src/app/load-structure';
import { MAX_SUPERCELL_ATOMS, supercellAtomCount } from '../../src/crystal/supercell';
import { fitSupercell, supercellFitNotice } from '../../src/crystal/supercell-fit';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { CellAtoms } from '../../src/crystal/types';

const STRUCTURES = path.resolve(import.meta.dirname, '../../structures');

beforeAll(() => initMoyoNode());

/** `n` atoms strictly inside the cell: each is drawn once per cell, so a block draws n·na·nb·nc. */
function interiorCell(n: number): CellAtoms {
  const frac = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) frac.set([0.1 + (0.8 * i) / n, 0.3, 0.6], 3 * i);
  return { count: n, frac, site: new Uint32Array(n) };
}

describe('fitSupercell', () => {
  it('keeps a request under the cap as it is', () => {
    const fit = fitSupercell(interiorCell(10), [4, 5, 6]);
    expect(fit).toMatchObject({ size: [4, 5, 6], atoms: 1200, requestedAtoms: 1200 });
    expect(fit.reduced).toBe(false);
  });

  it('shrinks the largest repeats until the block is under the cap, never growing an axis', () => {
    const cell = interiorCell(100); // 20×20×20 would be 800,000 atoms
    const fit = fitSupercell(cell, [20, 20, 20]);
    expect(fit.reduced).toBe(true);
    expect(fit.requestedAtoms).toBe(800_000);
    expect(fit.atoms).toBe(supercellAtomCount(cell, fit.size));
    expect(fit.atoms).toBeLessThanOrEqual(MAX_SUPERCELL_ATOMS);
    // Balanced: 12×12×13 = 187,200 fits, one more repeat anywhere (13×12×13) would not.
    expect([...fit.size].sort()).toEqual([12, 12, 13]);
    expect(fit.atoms).toBe(187_200);
    const tall = fitSupercell(cell, [2, 2, 20]);
    expect(tall.reduced).toBe(false);
    const long = fitSupercell(cell, [20, 1, 1]);
    expect(long.size).toEqual([20, 1, 1]);
    const wide = fitSupercell(interiorCell(1000), [20, 20, 1]);
    expect(wide.size).toEqual([14, 14, 1]);
    expect(wide.atoms).toBe(196_000);
  });

  it('Prussian blue at 20×20×20 (a link) builds at the fitted size, under the cap', () => {
    const text = readFileSync(path.join(STRUCTURES, 'prussian-blue.cif'), 'utf8');
    const prepared = prepareCrystal(text, 'prussian-blue.cif');
    if (!prepared.ok) throw new Error(prepared.error.message);
    const fit = fitSupercell(prepared.value.cell, [20, 20, 20]);
    expect(fit.reduced).toBe(true);
    expect(fit.requestedAtoms).toBeGreaterThan(MAX_SUPERCELL_ATOMS);
    const source = { kind: 'bundled', id: 'prussian-blue' } as const;
    const refused = buildLoaded(prepared.value, source, {
      supercell: [20, 20, 20],
      alkaliPolyhedra: false,
    });
    expect(refused.ok).toBe(false);
    const built = buildLoaded(prepared.value, source, {
      supercell: fit.size,
      alkaliPolyhedra: false,
    });
    if (!built.ok) throw new Error(built.error.message);
    expect(built.value.scene.supercell).toEqual(fit.size);
    expect(supercellFitNotice(fit)).toBe(
      `Supercell 20×20×20 would draw ${fit.requestedAtoms.toLocaleString('en')} atoms, above the cap of 200,000: showing ${fit.size.join('×')} (${fit.atoms.toLocaleString('en')} atoms) instead.`,
    );
  });
});
