import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOGUE } from '../../src/app/lesson-catalogue';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { loadScenario } from '../../src/insertion/load';
import { buildInsertionPath } from '../../src/insertion/path';
import { citedReferences, parseMarkup } from '../../src/lesson/markup';
import { isPlayRange } from '../../src/lesson/types';
import { parseLessonText } from '../../src/lesson/validate';

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, 'structures');
const files = readdirSync(DIR).filter((f) => f.endsWith('.lesson.json'));
const readText = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);

/** A number with a unit, a percentage or a formula-free quantitative claim needs a source. */
const QUANTITY = /\d\s*(Å|%|V\b|°)/;

function scenarioRange(id: string): [number, number] {
  initMoyoNode();
  const file = path.join('structures', `${id}.scenario.json`);
  const loaded = loadScenario(readFileSync(path.join(ROOT, file), 'utf8'), file, (p) =>
    readText(path.join(ROOT, p)),
  );
  if (!loaded.ok) throw new Error(loaded.error.message);
  const built = buildInsertionPath(loaded.value.scenario, loaded.value.crystals, [1, 1, 1]);
  if (!built.ok) throw new Error(built.error.message);
  return [built.value.xMin, built.value.xMax];
}

describe('bundled lessons', () => {
  it('there are at least six', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files)
    describe(file, () => {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const r = parseLessonText(text, file, {
        ...BUNDLED_CATALOGUE,
        cifExists: (f) => existsSync(path.join(DIR, f)),
      });

      it('validates without warnings; every step names a bundled structure or scenario', () => {
        if (!r.ok) throw new Error(r.error.message);
        expect(r.warnings).toEqual([]);
        for (const step of r.value.steps) {
          const s = step.subject;
          if (s.kind === 'structure') expect(BUNDLED_CATALOGUE.structures).toContain(s.id);
          else if (s.kind === 'scenario') expect(BUNDLED_CATALOGUE.scenarios).toContain(s.id);
          else expect(existsSync(path.join(DIR, s.file))).toBe(true);
        }
      });

      it('every scenario x lies inside its scenario’s keyframe range', () => {
        if (!r.ok) return;
        for (const [i, step] of r.value.steps.entries()) {
          if (step.subject.kind !== 'scenario' || step.x === undefined) continue;
          const [lo, hi] = scenarioRange(step.subject.id);
          const xs = isPlayRange(step.x) ? [step.x.from, step.x.to] : [step.x];
          for (const x of xs) {
            expect(x, `step ${i + 1}`).toBeGreaterThanOrEqual(lo - 1e-9);
            expect(x, `step ${i + 1}`).toBeLessThanOrEqual(hi + 1e-9);
          }
        }
      });

      it('every reference is cited, and a caption that gives a measured value cites one', () => {
        if (!r.ok) return;
        const cited = new Set<number>();
        for (const [i, step] of r.value.steps.entries()) {
          const m = parseMarkup(step.caption);
          if (!m.ok) throw new Error(m.reason);
          const refs = citedReferences(m.segments);
          for (const n of refs) cited.add(n);
          if (QUANTITY.test(step.caption))
            expect(refs.length, `step ${i + 1}: ${step.caption}`).toBeGreaterThan(0);
        }
        expect([...cited].sort()).toEqual(r.value.references.map((_, i) => i + 1));
      });
    });
});
