/**
 * Every bundled scenario (structures/*.scenario.json) validates, builds, and at each keyframe
 * shows exactly that keyframe CIF: its cell and its composition, read through the project's
 * own CIF pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import { formatDiagnostic } from '../../src/crystal/result';
import { frameAt } from '../../src/insertion/frame';
import { loadScenario } from '../../src/insertion/load';
import { buildInsertionPath } from '../../src/insertion/path';

const DIR = path.resolve(__dirname, '../../structures');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario.json'))
  .sort();

function load(name: string) {
  const file = `structures/${name}`;
  const text = readFileSync(path.join(DIR, name), 'utf8');
  const r = loadScenario(text, file, (p) => readFileSync(path.resolve(DIR, '..', p), 'utf8'));
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  return r.value;
}

/** Non-zero entries only: a CIF may list an empty guest site (K 0) or not list it at all. */
function nonZero(c: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(c).filter(([, n]) => Math.abs(n) > 1e-9));
}

describe('bundled scenarios', () => {
  it('exist, with distinct ids', () => {
    expect(files.length).toBeGreaterThan(0);
    const ids = files.map((f) => load(f).scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const name of files) {
    describe(name, () => {
      const { scenario, crystals } = load(name);
      const built = buildInsertionPath(scenario, crystals, [2, 2, 2]);

      it('builds an insertion path', () => {
        expect(built.ok ? '' : built.error.message).toBe('');
      });
      if (!built.ok) return;
      const p = built.value;

      it('has guest positions and host atoms in every cell', () => {
        expect(p.guests.count).toBe(8 * p.guests.perCell);
        expect(p.guests.perCell).toBeGreaterThan(0);
        expect(p.host.count).toBe(8 * p.host.perCell);
      });

      scenario.keyframes.forEach((k, i) => {
        it(`at keyframe ${i} (x = ${k.x}) equals ${k.cif}`, () => {
          const frame = frameAt(p, k.x);
          const cell = crystals[i].lattice;
          const { a, b, c, alpha, beta, gamma, volume } = frame.lattice;
          expect({ a, b, c, alpha, beta, gamma }).toEqual({
            a: cell.a,
            b: cell.b,
            c: cell.c,
            alpha: cell.alpha,
            beta: cell.beta,
            gamma: cell.gamma,
          });
          expect(volume).toBeCloseTo(cell.volume, 9);
          expect(frame.measured).toBe(true);
          const want = nonZero(composition(crystals[i]));
          const got = nonZero(frame.composition);
          expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
          for (const el of Object.keys(want)) expect(got[el]).toBeCloseTo(want[el], 2);
        });
      });

      it('fills from none or some to round(occupancy · N) guests monotonically in x', () => {
        let last = -1;
        const steps = 40;
        for (let j = 0; j <= steps; j++) {
          const x = p.xMin + ((p.xMax - p.xMin) * j) / steps;
          const f = frameAt(p, x);
          expect(f.guestsPresent).toBe(
            Math.round(Math.min(1, x / scenario.fullX) * p.guests.count),
          );
          expect(f.guestsPresent).toBeGreaterThanOrEqual(last);
          last = f.guestsPresent;
        }
      });
    });
  }
});
