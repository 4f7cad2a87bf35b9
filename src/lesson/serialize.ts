/**
 * A lesson back to the file format (what "Save lesson" downloads and a link carries):
 * the subject as `structure`/`scenario`/`cif`, optional fields left out when absent.
 */
import type { Lesson, LessonStep } from './types';

export function stepToJson(step: LessonStep): Record<string, unknown> {
  const { subject, caption, ...rest } = step;
  const head = subject.kind === 'cif' ? { cif: subject.file } : { [subject.kind]: subject.id };
  const out: Record<string, unknown> = { ...head };
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) out[key] = value;
  out.caption = caption;
  return out;
}

export function lessonToJson(lesson: Lesson): Record<string, unknown> {
  return {
    format: lesson.format,
    title: lesson.title,
    ...(lesson.author !== undefined && { author: lesson.author }),
    ...(lesson.notes !== undefined && { notes: lesson.notes }),
    references: lesson.references,
    steps: lesson.steps.map(stepToJson),
  };
}

/** The file text: two-space JSON with a final newline, as the bundled lessons are written. */
export function lessonToText(lesson: Lesson): string {
  return `${JSON.stringify(lessonToJson(lesson), null, 2)}\n`;
}
