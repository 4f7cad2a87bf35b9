import { describe, expect, it } from 'vitest';
import {
  deleteStep,
  duplicateStep,
  emptyLesson,
  insertStep,
  moveStep,
  setCaption,
} from '../../src/lesson/edit';
import type { LessonStep } from '../../src/lesson/types';

const step = (caption: string): LessonStep => ({
  subject: { kind: 'structure', id: 'beta-MnO2' },
  caption,
});
const captions = (l: { steps: LessonStep[] }) => l.steps.map((s) => s.caption);

describe('lesson editing', () => {
  const three = [step('a'), step('b'), step('c')].reduce(
    (l, s, i) => insertStep(l, s, i - 1).lesson,
    emptyLesson(),
  );

  it('adds after the selected step', () => {
    expect(captions(three)).toEqual(['a', 'b', 'c']);
    const r = insertStep(three, step('x'), 0);
    expect(captions(r.lesson)).toEqual(['a', 'x', 'b', 'c']);
    expect(r.selected).toBe(1);
    expect(captions(three)).toEqual(['a', 'b', 'c']); // the old lesson is untouched (undo)
  });

  it('moves up and down, not past the ends', () => {
    expect(captions(moveStep(three, 0, 1).lesson)).toEqual(['b', 'a', 'c']);
    expect(moveStep(three, 2, -1)).toMatchObject({ selected: 1 });
    expect(moveStep(three, 0, -1).lesson).toBe(three);
    expect(moveStep(three, 2, 1).lesson).toBe(three);
  });

  it('deletes, duplicates (a deep copy) and edits captions', () => {
    expect(deleteStep(three, 2)).toMatchObject({ selected: 1 });
    expect(captions(deleteStep(three, 1).lesson)).toEqual(['a', 'c']);
    const d = duplicateStep(three, 1);
    expect(captions(d.lesson)).toEqual(['a', 'b', 'b', 'c']);
    expect(d.lesson.steps[2]).not.toBe(d.lesson.steps[1]);
    expect(captions(setCaption(three, 1, 'K^+^').lesson)).toEqual(['a', 'K^+^', 'c']);
  });
});
