import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOGUE, subjectDefaults } from '../../src/app/lesson-catalogue';
import {
  decodeLessonData,
  encodeLessonData,
  lessonSearchParams,
  parseLessonLink,
} from '../../src/lesson/link';
import { lessonToText } from '../../src/lesson/serialize';
import { stepParameters, stepToViewState, viewStateToStep } from '../../src/lesson/step-state';
import { LESSON_FORMAT, type Lesson } from '../../src/lesson/types';
import { parseLessonText, validateLesson } from '../../src/lesson/validate';
import { STRUCTURE_IDS } from '../../src/state/catalogue';
import { SCENARIO_IDS } from '../../src/state/scenario-catalogue';
import { parseViewUrl, viewStateToSearch } from '../../src/state/url';

const lesson: Lesson = {
  format: LESSON_FORMAT,
  title: 'K^+^ into α-MnO_2_',
  author: 'A. Lecturer',
  notes: 'Forty minutes.',
  references: [
    { cite: 'R. D. Shannon, Acta Cryst. A32 (1976) 751', doi: '10.1107/S0567739476001551' },
  ],
  steps: [
    { subject: { kind: 'structure', id: 'beta-MnO2' }, caption: 'One chain, 1×1.' },
    {
      subject: { kind: 'scenario', id: 'k-alpha-mno2' },
      caption: 'K^+^ [1]',
      style: 'space-filling',
      supercell: [2, 2, 4],
      camera: { view: [0.31, 1, 0.07], up: [0, 0, 1], zoom: 1.75 },
      projection: 'perspective',
      background: 'black',
      overlays: { tunnelLabels: false, alkaliPolyhedra: true },
      x: { from: 0, to: 1.4, seconds: 6 },
    },
    { subject: { kind: 'scenario', id: 'na-p2-o2' }, caption: 'x fixed', x: 0.5 },
  ],
};

describe('lesson ⇄ link', () => {
  it('a whole lesson round-trips through the fragment', () => {
    const data = encodeLessonData(lesson);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    const link = parseLessonLink('?step=2&present=1', `#lesson=${data}`);
    expect(link).toEqual({ bundled: null, data, step: 2, present: true, notices: [] });
    const decoded = decodeLessonData(data);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const back = validateLesson(decoded.json, 'link', BUNDLED_CATALOGUE);
    expect(back.ok && back.value).toEqual(lesson);
  });

  it('compresses: the link is shorter than the JSON', () => {
    expect(encodeLessonData(lesson).length).toBeLessThan(lessonToText(lesson).length);
  });

  it('a damaged or cut link gives a reason, not a throw', () => {
    const data = encodeLessonData(lesson);
    const cut = decodeLessonData(data.slice(0, data.length / 2));
    expect(cut.ok || cut.reason).toMatch(/damaged/);
    const bad = decodeLessonData('abc%20def');
    expect(bad.ok || bad.reason).toMatch(/base64url/);
  });

  it('reads ?lesson=<id>&step=N and reports bad values', () => {
    expect(parseLessonLink('?lesson=mno2-tunnels&step=3', '')).toMatchObject({
      bundled: 'mno2-tunnels',
      step: 3,
      present: false,
    });
    const bad = parseLessonLink('?lesson=../x&step=0&present=yes', '');
    expect(bad.bundled).toBeNull();
    expect(bad.step).toBeNull();
    expect(bad.notices).toHaveLength(3);
    expect(bad.notices[1]).toBe('Ignored URL parameter step="0": expected a step number from 1.');
    expect(lessonSearchParams({ bundled: 'a', step: 2, present: true })).toEqual([
      ['lesson', 'a'],
      ['step', '2'],
      ['present', '1'],
    ]);
  });

  it('the view parser leaves the lesson parameters to the lesson link', () => {
    const r = parseViewUrl('?lesson=a&step=2&present=1&s=beta-MnO2', STRUCTURE_IDS, SCENARIO_IDS);
    expect(r.notices).toEqual([]);
    expect(r.state.structureId).toBe('beta-MnO2');
  });

  it('the saved file text reads back to the same lesson', () => {
    const r = parseLessonText(lessonToText(lesson), 'saved.lesson.json', BUNDLED_CATALOGUE);
    expect(r.ok && r.value).toEqual(lesson);
  });
});

describe('step ⇄ view state ⇄ URL', () => {
  it('a fully given step becomes a view state whose URL parses back to it', () => {
    const state = stepToViewState(lesson.steps[1], subjectDefaults);
    expect(state).toMatchObject({
      scenarioId: 'k-alpha-mno2',
      style: 'space-filling',
      supercell: [2, 2, 4],
      view: [0.31, 1, 0.07],
      up: [0, 0, 1],
      zoom: 1.75,
      projection: 'perspective',
      background: 'black',
      x: 0,
      tunnelLabels: false,
      alkaliPolyhedra: true,
    });
    const search = viewStateToSearch(state, { includeStructure: true });
    const parsed = parseViewUrl(search, STRUCTURE_IDS, SCENARIO_IDS);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
    // and back to the same step
    const step = viewStateToStep(parsed.state, lesson.steps[1].subject, 'K^+^ [1]', {
      from: 0,
      to: 1.4,
      seconds: 6,
    });
    expect(step).toEqual(lesson.steps[1]);
  });

  it('a step without supercell or camera takes its structure’s textbook view', () => {
    const state = stepToViewState(lesson.steps[0], subjectDefaults);
    expect(state.supercell).toEqual([3, 3, 2]);
    expect(state.view).toEqual([0, 0, 1]);
    expect(stepParameters(lesson.steps[0], subjectDefaults)).toEqual({
      s: 'beta-MnO2',
      sc: '3x3x2',
      view: '001',
    });
    expect(stepParameters(lesson.steps[2], subjectDefaults)).toEqual({
      scn: 'na-p2-o2',
      x: '0.5',
      sc: '4x1x2',
      view: '010',
    });
  });

  it('a CIF step names its file instead of a bundled id', () => {
    const p = stepParameters(
      { subject: { kind: 'cif', file: 'mine.cif' }, caption: '' },
      subjectDefaults,
    );
    expect(p.cif).toBe('mine.cif');
    expect(p.s).toBeUndefined();
  });
});
