/**
 * The CIF export reads back through the project's own reader to the same thing: every bundled
 * structure to the same cell, space group and composition; a scenario frame at x to the
 * composition and cell the insertion engine reports at that x.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import { readCif } from '../../src/crystal/read';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Crystal } from '../../src/crystal/types';
import { crystalCif, scenarioFrameCif } from '../../src/export/crystal-cif';
import { frameAt } from '../../src/insertion/frame';
import { loadScenario } from '../../src/insertion/load';
import { buildInsertionPath } from '../../src/insertion/path';

const DIR = path.resolve(__dirname, '../../structures');

function read(text: string, file: string): Crystal {
  const r = readCif(text, file);
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  return r.value.crystals[0];
}

function close(a: Record<string, number>, b: Record<string, number>) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) expect(a[k] ?? 0, k).toBeCloseTo(b[k] ?? 0, 3);
}

beforeAll(async () => {
  await initMoyoNode();
});

describe('CIF export of a structure', () => {
  const cifs = readdirSync(DIR).filter((f) => f.endsWith('.cif'));
  it('covers the bundled files', () => expect(cifs.length).toBeGreaterThan(10));
  for (const name of cifs) {
    it(`${name} reads back to the same cell, group and composition`, () => {
      const original = read(readFileSync(path.join(DIR, name), 'utf8'), name);
      const text = crystalCif(original, ['test']);
      const back = read(text, `export of ${name}`);
      expect(back.spaceGroup.number).toBe(original.spaceGroup.number);
      expect(back.ops.length).toBe(original.ops.length);
      for (const p of ['a', 'b', 'c', 'alpha', 'beta', 'gamma'] as const)
        expect(back.lattice[p]).toBeCloseTo(original.lattice[p], 4);
      close(composition(back), composition(original));
      expect(back.sites.length).toBe(original.sites.length);
    });
  }
});

describe('CIF export of a scenario frame', () => {
  const scenarios = readdirSync(DIR).filter((f) => f.endsWith('.scenario.json'));
  for (const name of scenarios) {
    const loaded = loadScenario(
      readFileSync(path.join(DIR, name), 'utf8'),
      `structures/${name}`,
      (p) => readFileSync(path.resolve(DIR, '..', p), 'utf8'),
    );
    if (!loaded.ok) throw new Error(formatDiagnostic(loaded.error));
    const { scenario, crystals } = loaded.value;
    const built = buildInsertionPath(scenario, crystals, [1, 1, 2]);
    if (!built.ok) throw new Error(built.error.message);
    const p = built.value;
    const xs = [p.xMin, (p.xMin + p.xMax) / 2, p.xMin + 0.3 * (p.xMax - p.xMin), p.xMax];
    for (const x of xs) {
      it(`${scenario.id} at x = ${x.toFixed(3)} reads back to the frame's cell and composition`, () => {
        const frame = frameAt(p, x);
        const back = read(scenarioFrameCif(p, crystals, x), `${scenario.id} at ${x}`);
        expect(back.spaceGroup.number).toBe(1);
        for (const q of ['a', 'b', 'c', 'alpha', 'beta', 'gamma'] as const)
          expect(back.lattice[q]).toBeCloseTo(frame.lattice[q], 4);
        close(composition(back), frame.composition);
      });
    }
  }
});
