/**
 * Presentation mode: the view fills the window (and the screen, where the browser allows
 * fullscreen), the caption in large type below it, step n/N, and the keys a presenter remote
 * sends: →/PageDown/space next, ←/PageUp back, Home/End, F fullscreen, Esc leaves.
 */
import { useEffect } from 'react';
import { goToStep, setPresenting, stepBy } from '../state/actions';
import { useApp } from '../state/store';
import { CaptionText } from './CaptionText';
import './Presentation.css';

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  // Refused in some contexts (headless, iframes without allowfullscreen): the full-window
  // layout works without it.
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

function leave() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  setPresenting(false);
}

const KEYS: Record<string, () => void> = {
  ArrowRight: () => stepBy(1),
  PageDown: () => stepBy(1),
  ' ': () => stepBy(1),
  ArrowLeft: () => stepBy(-1),
  PageUp: () => stepBy(-1),
  Home: () => goToStep(0),
  End: () => goToStep(Number.MAX_SAFE_INTEGER),
  f: toggleFullscreen,
  F: toggleFullscreen,
  Escape: leave,
};

export function Presentation() {
  const lesson = useApp((s) => s.lesson);
  const index = useApp((s) => s.lessonStep);
  const dark = useApp((s) => s.background === 'black');

  useEffect(() => {
    // Capture phase: in presentation the keys step the lesson, before the view or timeline
    // can take them.
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const action = KEYS[e.key];
      if (!action) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  if (!lesson) return null;
  const step = lesson.steps[index];
  const n = lesson.steps.length;
  return (
    <section className="presentation" aria-label="Presentation">
      <p className="presentation-caption" aria-live="polite" data-step={index + 1}>
        {step ? <CaptionText text={step.caption} references={lesson.references} /> : null}
      </p>
      <div className="presentation-bar">
        <span className="presentation-title">
          <CaptionText text={lesson.title} />
        </span>
        <span className="presentation-count">
          step {index + 1}/{n}
        </span>
        <button
          type="button"
          onClick={() => stepBy(-1)}
          disabled={index <= 0}
          aria-label="Previous step"
        >
          ←
        </button>
        <button
          type="button"
          onClick={() => stepBy(1)}
          disabled={index >= n - 1}
          aria-label="Next step"
        >
          →
        </button>
        <button type="button" onClick={toggleFullscreen} title="Fullscreen (F)">
          Fullscreen
        </button>
        <button
          type="button"
          aria-pressed={dark}
          onClick={() => useApp.getState().toggleBackground()}
          title="Dark background"
        >
          Dark
        </button>
        <button type="button" onClick={leave} title="Leave the presentation (Esc)">
          Leave
        </button>
        <span className="presentation-keys">
          → PgDn space next · ← PgUp back · Home End · F fullscreen · Esc leave
        </span>
      </div>
    </section>
  );
}
