/**
 * `npm run --silent inspect -- structures/NAME.lesson.json`: a lesson as the app reads it,
 * one JSON object on stdout: `{"title","steps":[{"index","caption","state":{…}}]}`, each
 * step's state as the URL parameters it maps to (plus `play` for an x range). A bad file
 * exits 1 with `FILE:LINE: step N: field: reason` on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLED_CATALOGUE, subjectDefaults } from '../app/lesson-catalogue';
import { formatDiagnostic } from '../crystal/result';
import { markupToUnicode } from '../lesson/markup';
import { stepParameters } from '../lesson/step-state';
import { isPlayRange, type Lesson } from '../lesson/types';
import { type LessonResult, parseLessonText } from '../lesson/validate';

export function inspectLessonText(text: string, file: string): LessonResult {
  const dir = path.dirname(file);
  return parseLessonText(text, file, {
    ...BUNDLED_CATALOGUE,
    cifExists: (name) => existsSync(path.join(dir, name)),
  });
}

export function lessonJson(lesson: Lesson) {
  return {
    title: markupToUnicode(lesson.title),
    ...(lesson.author !== undefined && { author: lesson.author }),
    references: lesson.references,
    steps: lesson.steps.map((step, i) => ({
      index: i + 1,
      caption: markupToUnicode(step.caption),
      state: stepParameters(step, subjectDefaults),
      ...(isPlayRange(step.x) && { play: step.x }),
    })),
  };
}

export function inspectLessonMain(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('--'));
  const options = argv.filter((a) => a.startsWith('--'));
  if (options.length > 0) {
    process.stderr.write(`unknown option ${options[0]} (a lesson takes none)\n`);
    return 1;
  }
  if (files.length !== 1) {
    process.stderr.write('usage: inspect FILE.lesson.json\n');
    return 1;
  }
  const file = files[0];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read: ${(e as Error).message}\n`);
    return 1;
  }
  const result = inspectLessonText(text, file);
  if (!result.ok) {
    process.stderr.write(`${formatDiagnostic(result.error)}\n`);
    return 1;
  }
  for (const w of result.warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
  process.stdout.write(`${JSON.stringify(lessonJson(result.value))}\n`);
  return 0;
}
