/**
 * The lesson being edited survives a reload: it is kept in localStorage whenever it changes.
 * A stored value that no longer validates (a newer format, a removed structure, a damaged
 * entry) is dropped with a notice rather than breaking the page.
 */
import { formatDiagnostic } from '../crystal/result';
import { lessonToJson } from '../lesson/serialize';
import type { Lesson } from '../lesson/types';
import { validateLesson } from '../lesson/validate';
import { useApp } from '../state/store';
import { BUNDLED_CATALOGUE } from './lesson-catalogue';

export const DRAFT_KEY = 'tunnelscope.lesson-draft';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe): drafts are not kept
  }
}

export function saveDraft(lesson: Lesson | null) {
  const store = storage();
  if (!store) return;
  try {
    if (lesson) store.setItem(DRAFT_KEY, JSON.stringify(lessonToJson(lesson)));
    else store.removeItem(DRAFT_KEY);
  } catch {
    useApp
      .getState()
      .notify(
        'warning',
        'The lesson could not be kept in this browser’s storage (full?): save it as a file.',
      );
  }
}

/** The stored draft, or null (none, or a bad one: dropped with a notice). */
export function loadDraft(): Lesson | null {
  const store = storage();
  const text = store?.getItem(DRAFT_KEY);
  if (!store || !text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const r = json === undefined ? null : validateLesson(json, 'stored lesson', BUNDLED_CATALOGUE);
  if (r?.ok) return r.value;
  store.removeItem(DRAFT_KEY);
  useApp
    .getState()
    .notify(
      'warning',
      `Ignored the lesson kept from last time: ${r ? formatDiagnostic(r.error) : 'it is not valid JSON'}.`,
    );
  return null;
}

/** Keeps the user's own lesson (not an unedited bundled one) in storage as it changes. */
export function keepDrafts() {
  useApp.subscribe((s, prev) => {
    if (s.lesson === prev.lesson && s.lessonId === prev.lessonId) return;
    if (s.lesson && s.lessonId === null) saveDraft(s.lesson);
  });
}
