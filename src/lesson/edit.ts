/**
 * Editing a lesson: each operation returns a new lesson (the old one is kept for undo) and
 * the step that should be selected after it.
 */
import type { Lesson, LessonStep } from './types';
import { LESSON_FORMAT } from './types';

export interface Edited {
  lesson: Lesson;
  selected: number;
}

function withSteps(lesson: Lesson, steps: LessonStep[]): Lesson {
  return { ...lesson, steps };
}

export function emptyLesson(title = 'New lesson'): Lesson {
  return { format: LESSON_FORMAT, title, references: [], steps: [] };
}

/** Inserts `step` after `after` (-1: at the start; past the end: at the end). */
export function insertStep(lesson: Lesson, step: LessonStep, after: number): Edited {
  const at = Math.min(lesson.steps.length, Math.max(0, after + 1));
  const steps = [...lesson.steps];
  steps.splice(at, 0, step);
  return { lesson: withSteps(lesson, steps), selected: at };
}

export function moveStep(lesson: Lesson, index: number, delta: -1 | 1): Edited {
  const to = index + delta;
  if (index < 0 || index >= lesson.steps.length || to < 0 || to >= lesson.steps.length)
    return { lesson, selected: index };
  const steps = [...lesson.steps];
  [steps[index], steps[to]] = [steps[to], steps[index]];
  return { lesson: withSteps(lesson, steps), selected: to };
}

export function deleteStep(lesson: Lesson, index: number): Edited {
  if (index < 0 || index >= lesson.steps.length) return { lesson, selected: index };
  const steps = lesson.steps.filter((_, i) => i !== index);
  return { lesson: withSteps(lesson, steps), selected: Math.min(index, steps.length - 1) };
}

export function duplicateStep(lesson: Lesson, index: number): Edited {
  const step = lesson.steps[index];
  if (!step) return { lesson, selected: index };
  return insertStep(lesson, structuredClone(step), index);
}

export function setCaption(lesson: Lesson, index: number, caption: string): Edited {
  const steps = lesson.steps.map((s, i) => (i === index ? { ...s, caption } : s));
  return { lesson: withSteps(lesson, steps), selected: index };
}
