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

  it('a comparison step keeps where the linked cameras were left, in degrees, and back', () => {
    const r = validateLesson(
      lessonWith({
        cmp: FAMILY,
        camera: { view: [0, 0, 1] },
        turn: { yaw: -35.5, pitch: 12, zoom: 1.4 },
      }),
      'x.lesson.json',
      CAT,
    );
    if (!r.ok) throw new Error(r.error.message);
    const step = r.value.steps[0];
    expect(step.turn).toEqual({ yaw: -35.5, pitch: 12, zoom: 1.4 });
    const camera = stepToViewState(step, defaults).compare?.camera;
    expect(camera?.yaw).toBeCloseTo((-35.5 * Math.PI) / 180, 12);
    expect(camera?.pitch).toBeCloseTo((12 * Math.PI) / 180, 12);
    expect(camera?.zoom).toBe(1.4);
    // The step's link is the one the compare view writes.
    expect(stepParameters(step, defaults)).toEqual({
      cmp: FAMILY.join(','),
      view: '001',
      turn: '-35.5,12',
      zoom: '1.4',
    });
    // Zoom is optional (1); "Add this view" writes the pose as the link rounds it.
    const noZoom = validateLesson(
      lessonWith({ cmp: FAMILY, turn: { yaw: 20, pitch: 0 } }),
      'x',
      CAT,
    );
    expect(noZoom.ok && noZoom.value.steps[0].turn).toEqual({ yaw: 20, pitch: 0, zoom: 1 });
    const state = {
      ...DEFAULT_VIEW_STATE,
      structureId: 'beta-MnO2',
      compare: { ids: FAMILY, view: null, camera: { yaw: 0.123456, pitch: -0.2, zoom: 0.87654 } },
    };
    const added = viewStateToStep(state, { kind: 'structure', id: 'beta-MnO2' }, 'c');
    expect(added.turn).toEqual({ yaw: 7.07, pitch: -11.46, zoom: 0.877 });
    const saved = lessonToJson({ ...r.value, steps: [added] }).steps as Record<string, unknown>[];
    expect(saved[0].turn).toEqual({ yaw: 7.07, pitch: -11.46, zoom: 0.877 });
    const reread = validateLesson({ title: 'T', steps: saved }, 'x.lesson.json', CAT);
    expect(reread.ok && reread.value.steps[0].turn).toEqual(added.turn);
    // Every pane at its own frame: no turn written.
    const flat = { ...state, compare: { ...state.compare, camera: null } };
    expect(viewStateToStep(flat, { kind: 'structure', id: 'beta-MnO2' }, 'c').turn).toBeUndefined();
  });

  it('refuses a bad turn, naming the field and why', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ structure: 'alpha-MnO2', turn: { yaw: 1, pitch: 0 } }, /step 1: turn: only a comparison/],
      [
        { cmp: FAMILY, turn: { yaw: 200, pitch: 0 } },
        /turn\.yaw: expected a turn in degrees from −180 to 180, found 200/,
      ],
      [
        { cmp: FAMILY, turn: { yaw: 0, pitch: 90 } },
        /turn\.pitch: expected a tilt in degrees from −89\.42/,
      ],
      [{ cmp: FAMILY, turn: { yaw: 0 } }, /turn\.pitch/],
      [
        { cmp: FAMILY, turn: { yaw: 0, pitch: 0, zoom: 0 } },
        /turn\.zoom: expected a number from 0\.05 to 50/,
      ],
      [{ cmp: FAMILY, turn: [10, 0] }, /step 1: turn: /],
    ];
    for (const [step, why] of cases) {
      const r = validateLesson(lessonWith(step), 'x.lesson.json', CAT);
      expect(r.ok, JSON.stringify(step)).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(why);
    }
  });
});
