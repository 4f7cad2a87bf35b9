/**
 * Reading time grows with the file, not faster; files past the limits are refused as soon as
 * the count is known. The CIFs are generated here (P1 cells of well-separated atoms).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { p1Cif } from './generated-cif';

beforeAll(() => initMoyoNode());

// The fastest of several runs: a loaded machine only ever adds time, so the minimum is the
// figure least disturbed by whatever else runs beside the test.
function fastestMs(text: string, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const read = readCif(text);
    best = Math.min(best, performance.now() - t);
    if (!read.ok) throw new Error(read.error.message);
  }
  return best;
}

describe('reading scales with the file', () => {
  it('reads 20,000 P1 atoms, and 8× the atoms take well under 64× the time', () => {
    const small = p1Cif(2500);
    const large = p1Cif(20000);
    const r = readCif(large);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.crystals[0].sites).toHaveLength(20000);
    readCif(small); // warm the JIT before timing
    const ratio = fastestMs(large) / fastestMs(small);
    // Linear is 8; a quadratic position merge (what this guards against) gives ~64. The
    // threshold sits far from both, so that a busy machine cannot tip it either way.
    expect(ratio).toBeLessThan(24);
  }, 60_000);
});

describe('limits, enforced where the count is known', () => {
  it('refuses an atom-site loop of more than 200,000 rows at the row that passes it', () => {
    const text = p1Cif(200_001);
    const t = performance.now();
    const r = readCif(text, 'huge.cif');
    expect(!r.ok && r.error).toEqual({
      message: 'the atom-site loop from line 9 holds more than 200,000 atoms (the limit per cell)',
      line: 200_016,
      file: 'huge.cif',
    });
    expect(performance.now() - t).toBeLessThan(20_000);
  }, 60_000);

  it('refuses a cell that symmetry expands past 200,000 atoms', () => {
    // 1,100 general positions of F m -3 m (192 images each) = 211,200 atoms; positions
    // along an irrational line, so that no two are symmetry images of each other.
    const rows = Array.from({ length: 1100 }, (_, i) => {
      const f = (q: number) => (0.02 + ((i * q) % 0.2)).toFixed(6);
      return `O${i + 1} O ${f(Math.SQRT2)} ${f(Math.PI / 10)} ${f(Math.E / 10)} 1`;
    });
    const text = p1Cif(1, `_space_group_name_H-M_alt 'F m -3 m'`).replace(
      /O\d.*\n$|Mn1 .*\n$/,
      `${rows.join('\n')}\n`,
    );
    const r = readCif(text.replace(/_cell_length_(\w) [\d.]+/g, '_cell_length_$1 60'), 'fm3m.cif');
    expect(!r.ok && r.error).toEqual({
      message: 'the cell holds more than 200,000 atoms after symmetry (the limit per cell)',
      line: 1,
      file: 'fm3m.cif',
    });
  }, 60_000);

  it('refuses text over 20 MB before parsing it', () => {
    const r = readCif(`data_x\n#${'x'.repeat(21 * 1024 * 1024)}\n`, 'big.cif');
    expect(!r.ok && r.error).toEqual({
      message: 'the file is 21.0 MB; the limit is 20.0 MB',
      line: 1,
      file: 'big.cif',
    });
  });
});
