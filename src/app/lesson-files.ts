/**
 * The CIF files a lesson's own steps show. A page cannot read files beside a lesson file, so
 * the user opens them together with it (several files in "Open lesson…"); they are kept here,
 * by name, for as long as that lesson is open, and a step naming one opens it as a user file.
 */
import type { Lesson } from '../lesson/types';

const kept = new Map<string, { name: string; text: string }>();

/** A step names its file relative to the lesson; the picked files carry only their names. */
function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

export function lessonCif(file: string): { name: string; text: string } | undefined {
  const base = baseName(file);
  return kept.get(base) ?? kept.get(base.toLowerCase());
}

/** The steps (1-based) whose CIF is not among the kept files, by file name. */
export function missingLessonCifs(lesson: Lesson): Map<string, number[]> {
  const missing = new Map<string, number[]>();
  lesson.steps.forEach((step, i) => {
    if (step.subject.kind !== 'cif' || lessonCif(step.subject.file)) return;
    const list = missing.get(step.subject.file) ?? [];
    list.push(i + 1);
    missing.set(step.subject.file, list);
  });
  return missing;
}

export function missingCifNotice(missing: Map<string, number[]>): string | null {
  if (missing.size === 0) return null;
  const parts = [...missing].map(
    ([file, steps]) => `${file} (step${steps.length > 1 ? 's' : ''} ${steps.join(', ')})`,
  );
  return `This lesson shows ${parts.join('; ')}: choose ${
    missing.size > 1 ? 'those files' : 'that file'
  } together with the lesson in “Open lesson…” to show ${missing.size > 1 ? 'them' : 'it'}.`;
}

export interface PickedFile {
  name: string;
  text: string;
}

/** The one lesson file among files picked together, or why there is not exactly one. */
export function lessonAmong(
  files: readonly PickedFile[],
): { lesson: PickedFile; cifs: PickedFile[] } | { error: string } {
  // Anything not named as a CIF is taken for the lesson (a saved download may have no .json).
  const lessons = files.filter((f) => !/\.m?cif$/i.test(f.name));
  if (lessons.length === 1)
    return { lesson: lessons[0], cifs: files.filter((f) => f !== lessons[0]) };
  return {
    error:
      lessons.length === 0
        ? 'the files chosen are all CIFs; choose the lesson file too'
        : `choose one lesson file at a time (${lessons.map((l) => l.name).join(', ')})`,
  };
}

/** Keeps the CIFs that came with a lesson, replacing those of the lesson before. */
export function keepLessonCifs(cifs: readonly PickedFile[]): void {
  kept.clear();
  for (const f of cifs) {
    kept.set(baseName(f.name), f);
    kept.set(baseName(f.name).toLowerCase(), f);
  }
}

/** Forgets the kept files (a new or bundled lesson brings none). */
export function forgetLessonFiles(): void {
  kept.clear();
}
