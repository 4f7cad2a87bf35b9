/**
 * The K⁺ → α-MnO2 scenario holds its framework fixed (only the cell grows), so both keyframes
 * must carry exactly the α-MnO2 framework of structures/alpha-MnO2.cif (Kijima et al. 2004,
 * neutron refinement): a stale copy in one keyframe would move atoms along the animation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCif } from '../../src/crystal/read';
import { formatDiagnostic } from '../../src/crystal/result';

const DIR = path.resolve(__dirname, '../../structures');

function framework(name: string): Record<string, number[]> {
  const r = readCif(readFileSync(path.join(DIR, name), 'utf8'), name);
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  const sites = r.value.crystals[0].sites.filter((s) => ['Mn1', 'O1', 'O2'].includes(s.label));
  return Object.fromEntries(sites.map((s) => [s.label, [...s.frac]]));
}

describe('k-alpha-mno2 keyframes', () => {
  const reference = framework('alpha-MnO2.cif');

  it('alpha-MnO2.cif lists the three framework sites', () => {
    expect(Object.keys(reference).sort()).toEqual(['Mn1', 'O1', 'O2']);
  });

  for (const name of ['k-alpha-mno2--empty.cif', 'k-alpha-mno2--cryptomelane.cif']) {
    it(`${name} has the alpha-MnO2.cif framework coordinates`, () => {
      const got = framework(name);
      expect(Object.keys(got).sort()).toEqual(['Mn1', 'O1', 'O2']);
      for (const label of Object.keys(reference)) {
        for (let k = 0; k < 3; k++) expect(got[label][k]).toBeCloseTo(reference[label][k], 6);
      }
    });
  }
});
