/**
 * The lesson editor: open a bundled lesson or your own file, present it, and build one from
 * the views on screen — add, caption, reorder, duplicate, delete (with undo), save as a file.
 */
import { useEffect, useRef, useState } from 'react';
import { formatDiagnostic } from '../crystal/result';
import {
  deleteStep,
  duplicateStep,
  type Edited,
  emptyLesson,
  insertStep,
  moveStep,
  setCaption,
} from '../lesson/edit';
import { markupToUnicode, parseMarkup } from '../lesson/markup';
import { lessonToText } from '../lesson/serialize';
import { viewStateToStep } from '../lesson/step-state';
import type { Lesson, StepSubject } from '../lesson/types';
import {
  bundledLessonIds,
  closeLesson,
  goToStep,
  loadBundledLesson,
  openLesson,
  readLessonFile,
  setPresenting,
} from '../state/actions';
import { useApp } from '../state/store';
import { CaptionText } from './CaptionText';
import './LessonPanel.css';

/** Applies an edit: the lesson is now the user's own (kept as a draft), the step selected. */
function apply(edited: Edited) {
  useApp.setState({ lesson: edited.lesson, lessonId: null, lessonStep: edited.selected });
}

function currentSubject(): StepSubject | null {
  const s = useApp.getState();
  if (s.scenarioId) return { kind: 'scenario', id: s.scenarioId };
  if (s.loaded?.source.kind === 'file') return { kind: 'cif', file: s.loaded.source.name };
  if (s.loaded) return { kind: 'structure', id: s.structureId };
  return null;
}

function addThisView() {
  const s = useApp.getState();
  const subject = currentSubject();
  if (!subject) return;
  const lesson = s.lesson ?? emptyLesson();
  apply(
    insertStep(
      lesson,
      viewStateToStep(s, subject, ''),
      s.lessonStep < 0 ? lesson.steps.length - 1 : s.lessonStep,
    ),
  );
}

function download(lesson: Lesson) {
  const name = `${
    markupToUnicode(lesson.title)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'lesson'
  }.lesson.json`;
  const url = URL.createObjectURL(new Blob([lessonToText(lesson)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Opens a lesson file; a bad one reports file, step, field and reason and changes nothing. */
export async function openLessonFile(file: File) {
  const r = readLessonFile(await file.text(), file.name);
  if (!r.ok) {
    useApp.getState().notify('error', `Lesson not opened — ${formatDiagnostic(r.error)}`);
    return;
  }
  openLesson(r.value, null, 0);
}

export function LessonPanel() {
  const lesson = useApp((s) => s.lesson);
  const selected = useApp((s) => s.lessonStep);
  const lessonId = useApp((s) => s.lessonId);
  const [pick, setPick] = useState(bundledLessonIds()[0] ?? '');
  const [undo, setUndo] = useState<{ lesson: Lesson; step: number; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!undo) return;
    const t = window.setTimeout(() => setUndo(null), 15_000);
    return () => window.clearTimeout(t);
  }, [undo]);

  const openBundled = async () => {
    const r = await loadBundledLesson(pick);
    if (r.ok) openLesson(r.value, pick, 0);
    else useApp.getState().notify('error', formatDiagnostic(r.error));
  };

  const step = lesson && selected >= 0 ? lesson.steps[selected] : undefined;
  const markup = step ? parseMarkup(step.caption) : null;

  return (
    <section className="panel lesson-panel" aria-label="Lesson">
      <h2>Lesson</h2>
      <div className="lesson-row">
        <select aria-label="Bundled lesson" value={pick} onChange={(e) => setPick(e.target.value)}>
          {bundledLessonIds().map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void openBundled()}>
          Open
        </button>
      </div>
      <div className="lesson-row">
        <button type="button" onClick={() => openLesson(emptyLesson(), null, 0)}>
          New lesson
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          Open lesson…
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".json,application/json"
          aria-label="Open a lesson file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openLessonFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {lesson && (
        <>
          <label className="lesson-title">
            Title
            <input
              value={lesson.title}
              onChange={(e) =>
                useApp.setState({ lesson: { ...lesson, title: e.target.value }, lessonId: null })
              }
            />
          </label>
          <ol className="lesson-steps" aria-label="Steps">
            {lesson.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are positional; the caption keeps edits apart
              <li key={`${i}:${s.caption}`} aria-current={i === selected ? 'step' : undefined}>
                <button type="button" className="lesson-step-show" onClick={() => goToStep(i)}>
                  <span className="lesson-step-n">{i + 1}</span>
                  <span className="lesson-step-caption">
                    {s.caption ? <CaptionText text={s.caption} /> : <em>no caption</em>}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          <div className="lesson-row">
            <button type="button" onClick={addThisView}>
              Add this view
            </button>
            <button
              type="button"
              disabled={lesson.steps.length === 0}
              onClick={() => {
                goToStep(Math.max(0, selected));
                setPresenting(true);
              }}
            >
              Present
            </button>
          </div>
          {step && (
            <div className="lesson-step-edit">
              <label>
                Caption of step {selected + 1}
                <textarea
                  rows={3}
                  value={step.caption}
                  onChange={(e) => apply(setCaption(lesson, selected, e.target.value))}
                />
              </label>
              {markup && !markup.ok && <p className="lesson-error">{markup.reason}</p>}
              <p className="lesson-hint">K^+^ → K⁺ · MnO_6_ → MnO₆ · [1] cites reference 1</p>
              <div className="lesson-row">
                <button
                  type="button"
                  disabled={selected === 0}
                  onClick={() => apply(moveStep(lesson, selected, -1))}
                >
                  Move up
                </button>
                <button
                  type="button"
                  disabled={selected >= lesson.steps.length - 1}
                  onClick={() => apply(moveStep(lesson, selected, 1))}
                >
                  Move down
                </button>
                <button type="button" onClick={() => apply(duplicateStep(lesson, selected))}>
                  Duplicate
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setUndo({ lesson, step: selected, text: `Step ${selected + 1} deleted.` });
                    apply(deleteStep(lesson, selected));
                  }}
                >
                  Delete
                </button>
              </div>
            </div>
          )}
          {undo && (
            <p className="lesson-undo" role="status">
              {undo.text}{' '}
              <button
                type="button"
                onClick={() => {
                  useApp.setState({ lesson: undo.lesson, lessonId: null, lessonStep: undo.step });
                  setUndo(null);
                }}
              >
                Undo
              </button>
            </p>
          )}
          <div className="lesson-row">
            <button
              type="button"
              disabled={lesson.steps.length === 0}
              onClick={() => download(lesson)}
            >
              Save lesson
            </button>
            <button type="button" onClick={closeLesson}>
              Close
            </button>
          </div>
          {lessonId === null && (
            <p className="lesson-hint">Your changes are kept in this browser until you save.</p>
          )}
        </>
      )}
    </section>
  );
}
