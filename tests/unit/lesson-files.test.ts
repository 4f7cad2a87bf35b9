import { describe, expect, it } from 'vitest';
import {
  forgetLessonFiles,
  keepLessonCifs,
  lessonAmong,
  lessonCif,
  missingCifNotice,
  missingLessonCifs,
} from '../../src/app/lesson-files';
import { LESSON_FORMAT, type Lesson } from '../../src/lesson/types';

const lesson: Lesson = {
  format: LESSON_FORMAT,
  title: 'Own files',
  references: [],
  steps: [
    { subject: { kind: 'structure', id: 'beta-MnO2' }, caption: 'one' },
    { subject: { kind: 'cif', file: 'cifs/a.cif' }, caption: 'two' },
    { subject: { kind: 'cif', file: 'b.cif' }, caption: 'three' },
    { subject: { kind: 'cif', file: 'b.cif' }, caption: 'four' },
  ],
};

describe('files that come with a lesson', () => {
  it('finds the one lesson among the files chosen, or says why not', () => {
    const picked = lessonAmong([
      { name: 'a.cif', text: 'A' },
      { name: 'x.lesson.json', text: '{}' },
    ]);
    expect('lesson' in picked && picked.lesson.name).toBe('x.lesson.json');
    expect('cifs' in picked && picked.cifs.map((c) => c.name)).toEqual(['a.cif']);
    expect(lessonAmong([{ name: 'a.cif', text: 'A' }])).toEqual({
      error: 'the files chosen are all CIFs; choose the lesson file too',
    });
    expect(
      lessonAmong([
        { name: 'x.lesson.json', text: '{}' },
        { name: 'y.lesson.json', text: '{}' },
      ]),
    ).toEqual({ error: 'choose one lesson file at a time (x.lesson.json, y.lesson.json)' });
  });

  it('matches a step’s relative path by file name and names the steps still missing', () => {
    keepLessonCifs([{ name: 'A.cif', text: 'data_a' }]);
    expect(lessonCif('cifs/a.cif')?.text).toBe('data_a'); // case-insensitive fallback
    const missing = missingLessonCifs(lesson);
    expect([...missing]).toEqual([['b.cif', [3, 4]]]);
    expect(missingCifNotice(missing)).toBe(
      'This lesson shows b.cif (steps 3, 4): choose that file together with the lesson in “Open lesson…” to show it.',
    );
    forgetLessonFiles();
    expect(lessonCif('cifs/a.cif')).toBeUndefined();
    expect(missingCifNotice(new Map())).toBeNull();
  });
});
