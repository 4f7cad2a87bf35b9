import { describe, expect, it } from 'vitest';
import { lessonToJson } from '../../src/lesson/serialize';
import { stepParameters, stepToViewState, viewStateToStep } from '../../src/lesson/step-state';
import { validateLesson } from '../../src/lesson/validate';
import { catalogueEntry, STRUCTURE_IDS } from '../../src/state/catalogue';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';

const CAT = { structures: STRUCTURE_IDS, scenarios: ['k-alpha-mno2'] };
const FAMILY = ['beta-MnO2', 'ramsdellite', 'alpha-MnO2', 'todorokite'];
const defaults = (s: { kind: string; id?: string }) =>
  s.kind === 'structure' && s.id ? catalogueEntry(s.id) : undefined;

function lessonWith(step: Record<string, unknown>) {
  return { title: 'T', steps: [{ caption: 'c', ...step }] };
}

describe('a lesson step that shows a comparison', () => {
  it('reads cmp with or without a structure, and shows it as the compare view', () => {
    const r = validateLesson(
      lessonWith({ cmp: FAMILY, camera: { view: [0, 0, 1] } }),
      'x.lesson.json',
      CAT,
    );
    if (!r.ok) throw new Error(r.error.message);
    const step = r.value.steps[0];
    expect(step.subject).toEqual({ kind: 'structure', id: 'beta-MnO2' });
    expect(step.cmp).toEqual(FAMILY);
    const v = stepToViewState(step, defaults);
    expect(v.compare).toEqual({ ids: FAMILY, view: [0, 0, 1] });
    expect(stepParameters(step, defaults)).toEqual({ cmp: FAMILY.join(','), view: '001' });
    // Without a camera each pane keeps its own textbook view.
    const own = validateLesson(
      lessonWith({ structure: 'O3-NaNiMnO2', cmp: ['O3-NaNiMnO2', 'P2-NaNiMnO2'] }),
      'x.lesson.json',
      CAT,
    );
    if (!own.ok) throw new Error(own.error.message);
    expect(stepToViewState(own.value.steps[0], defaults).compare?.view).toBe(null);
    // Saved back as it was read.
    expect(lessonToJson(own.value).steps).toEqual([
      { structure: 'O3-NaNiMnO2', cmp: ['O3-NaNiMnO2', 'P2-NaNiMnO2'], caption: 'c' },
    ]);
  });

  it('a step without cmp leaves the compare view', () => {
    const r = validateLesson(lessonWith({ structure: 'alpha-MnO2' }), 'x.lesson.json', CAT);
    if (!r.ok) throw new Error(r.error.message);
    expect(stepToViewState(r.value.steps[0], defaults).compare).toBe(null);
  });

  it('refuses a bad list, naming the step, the field and why', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ cmp: ['alpha-MnO2'] }, /step 1: cmp: one structure given/],
      [{ cmp: ['alpha-MnO2', 'gamma'] }, /step 1: cmp: no bundled structure has the id “gamma”/],
      [{ cmp: 'alpha-MnO2,beta-MnO2' }, /step 1: cmp: expected a list of 2 to 4/],
      [{ cmp: ['alpha-MnO2', 'alpha-MnO2'] }, /listed twice/],
      [{ cmp: [...FAMILY, 'K-hollandite'] }, /5 structures given/],
      [{ scenario: 'k-alpha-mno2', cmp: FAMILY }, /only a structure step can show a comparison/],
    ];
    for (const [step, why] of cases) {
      const r = validateLesson(lessonWith(step), 'x.lesson.json', CAT);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(why);
    }
  });

  it('"Add this view" in a comparison keeps it', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      structureId: 'beta-MnO2',
      compare: { ids: FAMILY, view: [0, 0, 1] as [number, number, number] },
    };
    const step = viewStateToStep(state, { kind: 'structure', id: 'beta-MnO2' }, 'c');
    expect(step.cmp).toEqual(FAMILY);
    expect(stepToViewState(step, defaults).compare).toEqual(state.compare);
  });
});
