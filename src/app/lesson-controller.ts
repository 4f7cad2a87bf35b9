/**
 * Lessons in the app: opening one (bundled, from a link, from a file), showing a step (its
 * view state applied to the store, the camera gliding there, a scenario range played once),
 * and the lesson part of the link. Outside React, like the controller.
 */
import { formatDiagnostic } from '../crystal/result';
import { decodeLessonData, lessonSearchParams, parseLessonLink } from '../lesson/link';
import { stepToViewState } from '../lesson/step-state';
import { planStep, stepFrameAt } from '../lesson/transition';
import type { Lesson } from '../lesson/types';
import { type LessonResult, parseLessonText, validateLesson } from '../lesson/validate';
import { type AppState, useApp } from '../state/store';
import { loadBundledCif, loadBundledScenarioText } from './bundled-files';
import { openUserFile } from './controller';
import { BUNDLED_CATALOGUE, subjectDefaults } from './lesson-catalogue';
import { keepDrafts, loadDraft } from './lesson-draft';
import {
  forgetLessonFiles,
  keepLessonCifs,
  lessonAmong,
  lessonCif,
  missingCifNotice,
  missingLessonCifs,
  type PickedFile,
} from './lesson-files';

const lessonFiles = import.meta.glob('../../structures/*.lesson.json', {
  query: '?raw',
  import: 'default',
});
const lessonById = new Map(
  Object.entries(lessonFiles).map(([path, load]) => [
    path.replace(/^.*\//, '').replace(/\.lesson\.json$/, ''),
    load,
  ]),
);

export const BUNDLED_LESSON_IDS: readonly string[] = [...lessonById.keys()].sort();

export async function loadBundledLesson(id: string): Promise<LessonResult> {
  const load = lessonById.get(id);
  const file = `${id}.lesson.json`;
  if (!load)
    return {
      ok: false,
      error: {
        file,
        field: 'lesson',
        reason: 'no bundled lesson has that id',
        message: `no bundled lesson has the id “${id}”`,
      },
      warnings: [],
    };
  return parseLessonText((await load()) as string, file, BUNDLED_CATALOGUE);
}

/** Checks lesson text from a user's file; the current lesson stays when it is bad. */
function readLessonFile(text: string, name: string): LessonResult {
  return parseLessonText(text, name, BUNDLED_CATALOGUE);
}

export function openLesson(lesson: Lesson, id: string | null, step = 0, present = false) {
  useApp.setState({ lesson, lessonId: id, lessonStep: -1, presenting: present });
  goToStep(step, false);
}

/**
 * Opens a lesson file picked (or dropped) together with the CIFs its steps show. A bad lesson
 * changes nothing; steps whose CIF did not come with it are named in a notice.
 */
export function openLessonFiles(files: readonly PickedFile[]) {
  const { notify } = useApp.getState();
  const picked = lessonAmong(files);
  if ('error' in picked) return notify('error', `Lesson not opened — ${picked.error}.`);
  const r = readLessonFile(picked.lesson.text, picked.lesson.name);
  if (!r.ok) return notify('error', `Lesson not opened — ${formatDiagnostic(r.error)}`);
  keepLessonCifs(picked.cifs);
  openLesson(r.value, null, 0);
  const missing = missingCifNotice(missingLessonCifs(r.value));
  if (missing) notify('warning', missing);
}

export function closeLesson() {
  forgetLessonFiles();
  useApp.setState({ lesson: null, lessonId: null, lessonStep: -1, presenting: false });
}

let playToken = 0; // a newer step stops an older step's playback

/** Shows step `index` (0-based, clamped); `glide` false jumps (first step, reload). */
export function goToStep(index: number, glide = true) {
  const s = useApp.getState();
  const lesson = s.lesson;
  if (!lesson || lesson.steps.length === 0) return;
  const i = Math.min(lesson.steps.length - 1, Math.max(0, index));
  const step = lesson.steps[i];
  const cif = step.subject.kind === 'cif' ? lessonCif(step.subject.file) : undefined;
  if (step.subject.kind === 'cif' && !cif) {
    s.notify('warning', missingCifNotice(new Map([[step.subject.file, [i + 1]]])) ?? '');
  }
  const v = stepToViewState(step, subjectDefaults);
  const patch: Partial<AppState> = {
    lessonStep: i,
    style: v.style,
    view: v.view,
    up: v.up,
    zoom: v.zoom,
    pan: null,
    projection: v.projection,
    background: v.background,
    alkaliPolyhedra: v.alkaliPolyhedra,
    tunnelLabels: v.tunnelLabels,
    compare: v.compare,
    playing: false,
    selection: null,
    cameraGlide: glide,
  };
  if (v.supercell.join() !== s.supercell.join()) patch.supercell = v.supercell;
  const showsFile = s.loaded?.source.kind === 'file' ? s.loaded.source.name : null;
  const changesSubject =
    step.subject.kind === 'scenario'
      ? s.scenarioId !== v.scenarioId
      : step.subject.kind === 'structure'
        ? s.scenarioId !== null || s.structureId !== v.structureId
        : cif !== undefined && (s.scenarioId !== null || showsFile !== cif.name);
  if (step.subject.kind === 'scenario') {
    patch.scenarioId = v.scenarioId;
    patch.x = v.x;
  } else if (step.subject.kind === 'structure') {
    Object.assign(patch, {
      scenarioId: null,
      loadedScenario: null,
      x: null,
      structureId: v.structureId,
    });
  } else if (cif) {
    Object.assign(patch, { scenarioId: null, loadedScenario: null, x: null });
  }
  // A new subject re-frames when it has loaded (its key changes); the same one re-frames now.
  if (!changesSubject) patch.cameraResetCount = s.cameraResetCount + 1;
  // The same comparison again (two steps, one row of panes): its cameras take this step's turn.
  if (v.compare) patch.compareResetCount = s.compareResetCount + 1;
  useApp.setState(patch);
  // The lesson's own CIF opens as a user file would (not kept in the browser: it came with
  // the lesson); its view re-frames when it has loaded.
  if (cif && changesSubject) void openUserFile(cif.name, cif.text, undefined, { keep: false });
  playStep(i);
  prefetch(lesson, i + 1);
}

/** Drives x through the step's range once the step's scenario is on screen. */
function playStep(index: number) {
  const mine = ++playToken;
  const { lesson } = useApp.getState();
  const step = lesson?.steps[index];
  if (step?.subject.kind !== 'scenario' || typeof step.x !== 'object') return;
  const id = step.subject.id;
  const plan = planStep(step);
  let start = -1;
  const tick = (now: number) => {
    if (mine !== playToken) return;
    const s = useApp.getState();
    if (s.lessonStep !== index || s.scenarioId !== id) return;
    if (start < 0) {
      if (s.loadedScenario?.id !== id || s.busy) {
        requestAnimationFrame(tick);
        return;
      }
      start = now;
    }
    const frame = stepFrameAt(plan, (now - start) / 1000);
    if (frame.x !== null && frame.x !== s.x) useApp.setState({ x: frame.x });
    if (!frame.done) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Loads the next step's file ahead, so the move to it does not wait for the network. */
function prefetch(lesson: Lesson, index: number) {
  const next = lesson.steps[index]?.subject;
  if (next?.kind === 'structure') void loadBundledCif(next.id).catch(() => {});
  if (next?.kind === 'scenario') void loadBundledScenarioText(next.id).catch(() => {});
}

export function stepBy(delta: number) {
  const { lessonStep } = useApp.getState();
  goToStep(lessonStep + delta);
}

export function setPresenting(presenting: boolean) {
  useApp.setState({ presenting });
}

/** The lesson's parameters for the link (written beside the view's). */
export function lessonUrlParams(): [string, string][] {
  const { lesson, lessonId, lessonStep, presenting } = useApp.getState();
  if (!lesson || lessonStep < 0) return [];
  return lessonSearchParams({ bundled: lessonId, step: lessonStep + 1, present: presenting });
}

/** Opens the lesson a link names (bundled id or fragment), at its step. */
export async function startLessonFromUrl() {
  keepDrafts();
  const link = parseLessonLink(window.location.search, window.location.hash);
  const { notify } = useApp.getState();
  for (const n of link.notices) notify('warning', n);
  const step = (link.step ?? 1) - 1;
  if (link.data !== null) {
    const decoded = decodeLessonData(link.data);
    if (!decoded.ok) return notify('error', `Lesson link: ${decoded.reason}.`);
    const r = validateLesson(decoded.json, 'lesson link', BUNDLED_CATALOGUE);
    if (!r.ok) return notify('error', formatDiagnostic(r.error));
    openLesson(r.value, null, step, link.present);
  } else if (link.bundled !== null) {
    const r = await loadBundledLesson(link.bundled);
    if (!r.ok)
      return notify('error', `Ignored URL parameter lesson: ${formatDiagnostic(r.error)}.`);
    openLesson(r.value, link.bundled, step, link.present);
  } else {
    const draft = loadDraft();
    // The draft opens in the editor; it moves the view only when the link names a step.
    if (draft && link.step !== null) openLesson(draft, null, step, link.present);
    else if (draft) useApp.setState({ lesson: draft, lessonId: null, lessonStep: -1 });
    return;
  }
  const { lesson } = useApp.getState();
  if (lesson && link.step !== null && link.step > lesson.steps.length)
    notify('warning', `The lesson has ${lesson.steps.length} steps; showing the last.`);
}
