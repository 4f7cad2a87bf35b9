import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/crystal/result';
import { LESSON_FORMAT } from '../../src/lesson/types';
import { type LessonCatalogue, parseLessonText, validateLesson } from '../../src/lesson/validate';

type Mutable = Record<string, any>;

const CATALOGUE: LessonCatalogue = {
  structures: ['alpha-MnO2', 'beta-MnO2'],
  scenarios: ['k-alpha-mno2'],
  cifExists: (f) => f === 'mine.cif',
};

function base(): Mutable {
  return {
    format: LESSON_FORMAT,
    title: 'Tunnels in MnO_2_',
    author: 'A. Lecturer',
    references: [
      { cite: 'W. H. Baur, Acta Cryst. B32 (1976) 2200', doi: '10.1107/S0567740876007188' },
    ],
    steps: [
      { structure: 'beta-MnO2', caption: 'Single chains [1].' },
      {
        scenario: 'k-alpha-mno2',
        style: 'ball-and-stick',
        supercell: [2, 2, 4],
        camera: { view: [0, 0, 1], up: [0, 1, 0], zoom: 1.5 },
        projection: 'perspective',
        background: 'black',
        overlays: { tunnelLabels: false, alkaliPolyhedra: true },
        x: { from: 0, to: 1.4, seconds: 6 },
        caption: 'K^+^ fills the 2×2 tunnels.',
      },
      { cif: 'mine.cif', caption: 'My own file.' },
    ],
  };
}

function mutated(change: (l: Mutable) => void): Mutable {
  const l = base();
  change(l);
  return l;
}

function errorOf(json: unknown) {
  const r = validateLesson(json, 'tunnels.lesson.json', CATALOGUE);
  if (r.ok) throw new Error('expected a validation error');
  expect(r.error.file).toBe('tunnels.lesson.json');
  return r.error;
}

describe('validateLesson: a valid lesson', () => {
  it('accepts every field and reads the subjects', () => {
    const r = validateLesson(base(), 'l.lesson.json', CATALOGUE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.value.steps.map((s) => s.subject)).toEqual([
      { kind: 'structure', id: 'beta-MnO2' },
      { kind: 'scenario', id: 'k-alpha-mno2' },
      { kind: 'cif', file: 'mine.cif' },
    ]);
    expect(r.value.steps[1].x).toEqual({ from: 0, to: 1.4, seconds: 6 });
    expect(r.value.steps[1].camera).toEqual({ view: [0, 0, 1], up: [0, 1, 0], zoom: 1.5 });
  });

  it('warns about unknown fields (with step and field) and still reads the lesson', () => {
    const r = validateLesson(
      mutated((l) => {
        l.steps[0].colour = 'red';
        l.steps[1].overlays.halos = true;
      }),
      'l.lesson.json',
      CATALOGUE,
    );
    expect(r.ok).toBe(true);
    expect(r.warnings.map(formatDiagnostic)).toEqual([
      'l.lesson.json: step 1: colour: unknown field, ignored',
      'l.lesson.json: step 2: overlays.halos: unknown field, ignored',
    ]);
  });
});

describe('validateLesson: each field’s error names step, field and reason', () => {
  const cases: [string, (l: Mutable) => void, number | undefined, string, RegExp][] = [
    [
      'format',
      (l) => {
        l.format = 'other/2';
      },
      undefined,
      'format',
      /expected "tunnelscope-lesson\/1"/,
    ],
    [
      'title missing',
      (l) => {
        delete l.title;
      },
      undefined,
      'title',
      /missing/,
    ],
    [
      'title markup',
      (l) => {
        l.title = 'MnO_2';
      },
      undefined,
      'title',
      /not closed/,
    ],
    [
      'author type',
      (l) => {
        l.author = 7;
      },
      undefined,
      'author',
      /expected a string/,
    ],
    [
      'reference doi',
      (l) => {
        l.references[0].doi = 'https://doi.org/10.1/x';
      },
      undefined,
      'references[0].doi',
      /resolver prefix/,
    ],
    [
      'reference cite',
      (l) => {
        delete l.references[0].cite;
      },
      undefined,
      'references[0].cite',
      /missing/,
    ],
    [
      'no steps',
      (l) => {
        l.steps = [];
      },
      undefined,
      'steps',
      /at least one step/,
    ],
    [
      'step not an object',
      (l) => {
        l.steps[1] = 'x';
      },
      2,
      '(step)',
      /expected an object/,
    ],
    [
      'no subject',
      (l) => {
        delete l.steps[0].structure;
      },
      1,
      'structure',
      /one of structure, scenario, cif or cmp/,
    ],
    [
      'two subjects',
      (l) => {
        l.steps[0].scenario = 'k-alpha-mno2';
      },
      1,
      'scenario',
      /only one of/,
    ],
    [
      'unknown structure',
      (l) => {
        l.steps[0].structure = 'gamma-MnO2';
      },
      1,
      'structure',
      /no bundled structure has the id "gamma-MnO2"/,
    ],
    [
      'unknown scenario',
      (l) => {
        l.steps[1].scenario = 'li-x';
      },
      2,
      'scenario',
      /no bundled scenario/,
    ],
    [
      'cif name',
      (l) => {
        l.steps[2].cif = '/etc/passwd';
      },
      3,
      'cif',
      /not a \.cif file name/,
    ],
    [
      'cif missing',
      (l) => {
        l.steps[2].cif = 'other.cif';
      },
      3,
      'cif',
      /no file "other.cif" beside the lesson/,
    ],
    [
      'caption missing',
      (l) => {
        delete l.steps[0].caption;
      },
      1,
      'caption',
      /missing/,
    ],
    [
      'caption markup',
      (l) => {
        l.steps[1].caption = 'K^+ ions';
      },
      2,
      'caption',
      /\^ opened at character 2/,
    ],
    [
      'caption citation',
      (l) => {
        l.steps[0].caption = 'see [2]';
      },
      1,
      'caption',
      /cites \[2\] but the lesson has 1 reference$/,
    ],
    [
      'caption length',
      (l) => {
        l.steps[0].caption = 'a'.repeat(601);
      },
      1,
      'caption',
      /at most 600/,
    ],
    [
      'style',
      (l) => {
        l.steps[1].style = 'wireframe';
      },
      2,
      'style',
      /expected one of "polyhedral"/,
    ],
    [
      'supercell shape',
      (l) => {
        l.steps[1].supercell = '2x2x2';
      },
      2,
      'supercell',
      /three whole numbers/,
    ],
    [
      'supercell range',
      (l) => {
        l.steps[1].supercell = [2, 0, 2];
      },
      2,
      'supercell[1]',
      /from 1 to 20/,
    ],
    [
      'camera',
      (l) => {
        l.steps[1].camera = [];
      },
      2,
      'camera',
      /expected an object/,
    ],
    [
      'camera.view missing',
      (l) => {
        delete l.steps[1].camera.view;
      },
      2,
      'camera.view',
      /missing/,
    ],
    [
      'camera.view zero',
      (l) => {
        l.steps[1].camera.view = [0, 0, 0];
      },
      2,
      'camera.view',
      /\[0, 0, 0\]/,
    ],
    [
      'camera.view entry',
      (l) => {
        l.steps[1].camera.view = [0, '1', 0];
      },
      2,
      'camera.view[1]',
      /expected a number/,
    ],
    [
      'camera.up parallel',
      (l) => {
        l.steps[1].camera.up = [0, 0, 2];
      },
      2,
      'camera.up',
      /parallel to view/,
    ],
    [
      'camera.zoom',
      (l) => {
        l.steps[1].camera.zoom = 90;
      },
      2,
      'camera.zoom',
      /from 0.05 to 50, found 90/,
    ],
    [
      'projection',
      (l) => {
        l.steps[1].projection = 'ortho';
      },
      2,
      'projection',
      /"orthographic", "perspective"/,
    ],
    [
      'background',
      (l) => {
        l.steps[1].background = 'grey';
      },
      2,
      'background',
      /"white", "black"/,
    ],
    [
      'overlays type',
      (l) => {
        l.steps[1].overlays = true;
      },
      2,
      'overlays',
      /expected an object/,
    ],
    [
      'overlay value',
      (l) => {
        l.steps[1].overlays.tunnelLabels = 'yes';
      },
      2,
      'overlays.tunnelLabels',
      /true or false/,
    ],
    [
      'x on a structure',
      (l) => {
        l.steps[0].x = 0.5;
      },
      1,
      'x',
      /only a scenario step/,
    ],
    [
      'x type',
      (l) => {
        l.steps[1].x = '0.5';
      },
      2,
      'x',
      /a number or \{from, to, seconds\}/,
    ],
    [
      'x.to missing',
      (l) => {
        delete l.steps[1].x.to;
      },
      2,
      'x.to',
      /missing/,
    ],
    [
      'x.seconds',
      (l) => {
        l.steps[1].x.seconds = 0;
      },
      2,
      'x.seconds',
      /more than 0/,
    ],
    [
      'x equal ends',
      (l) => {
        l.steps[1].x.to = 0;
      },
      2,
      'x',
      /equal/,
    ],
  ];
  for (const [name, change, step, field, reason] of cases)
    it(name, () => {
      const e = errorOf(mutated(change));
      expect(e.step).toBe(step);
      expect(e.field).toBe(field);
      expect(e.reason).toMatch(reason);
      expect(e.message).toBe(
        step === undefined ? `${field}: ${e.reason}` : `step ${step}: ${field}: ${e.reason}`,
      );
    });
});

describe('parseLessonText', () => {
  it('gives the line of a bad field and of a syntax error', () => {
    const text = JSON.stringify(
      mutated((l) => {
        l.steps[1].camera.zoom = 0;
      }),
      null,
      2,
    );
    const r = parseLessonText(text, 'l.lesson.json', CATALOGUE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"zoom": 0')) + 1;
    expect(formatDiagnostic(r.error)).toBe(
      `l.lesson.json:${line}: step 2: camera.zoom: expected a number from 0.05 to 50, found 0`,
    );
    const broken = parseLessonText(
      '{\n  "title": "x",\n  "steps": [\n}',
      'b.lesson.json',
      CATALOGUE,
    );
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.line).toBe(4);
  });
});
