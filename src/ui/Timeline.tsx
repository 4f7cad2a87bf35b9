/**
 * Play, pause, scrub, speed, loop/bounce, keyframe steps, and the keyboard: space plays and
 * pauses, ←/→ nudge x, Shift+←/→ jump to the previous/next keyframe, Home/End go to the ends.
 * The slider runs in scenario order (left = first keyframe), so extraction plays left to right.
 */
import { useCallback, useEffect, useRef } from 'react';
import { nextKeyframe, type PlayMode, previousKeyframe } from '../insertion/playback';
import type { LoadedScenario } from '../state/loaded-scenario';
import { useApp } from '../state/store';
import { num } from './format';
import { useScenarioFrame } from './useScenarioFrame';

const SLIDER_STEPS = 1000;
const NUDGE = 0.01; // fraction of the scenario per arrow key
const SPEEDS = [
  { label: '¼×', value: 0.025 },
  { label: '½×', value: 0.05 },
  { label: '1×', value: 0.1 },
  { label: '2×', value: 0.2 },
  { label: '4×', value: 0.4 },
];

export function Timeline({ scenario }: { scenario: LoadedScenario }) {
  const { path } = scenario;
  const playing = useApp((s) => s.playing);
  const playMode = useApp((s) => s.playMode);
  const speed = useApp((s) => s.speed);
  const slider = useRef<HTMLInputElement>(null);
  const x0 = path.xs[0];
  const x1 = path.xs[path.xs.length - 1];
  const toS = useCallback((x: number) => (x - x0) / (x1 - x0), [x0, x1]);
  const fromS = useCallback((s: number) => x0 + s * (x1 - x0), [x0, x1]);

  const write = useCallback(
    (f: { x: number }) => {
      if (slider.current) {
        slider.current.value = String(Math.round(toS(f.x) * SLIDER_STEPS));
        slider.current.setAttribute('aria-valuetext', `x = ${num(f.x, 3)}`);
      }
    },
    [toS],
  );
  useScenarioFrame(scenario, write);

  const go = useCallback(
    (x: number) =>
      useApp.setState({ x: Math.min(path.xMax, Math.max(path.xMin, x)), playing: false }),
    [path],
  );
  const togglePlay = useCallback(() => {
    const s = useApp.getState();
    const x = s.x ?? x0;
    // Pressing play at the end of a one-way run starts it again from the beginning.
    const atEnd = s.playMode === 'once' && Math.abs(toS(x) - 1) < 1e-9;
    useApp.setState({ playing: !s.playing, x: !s.playing && atEnd ? x0 : x });
  }, [x0, toS]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'range')
        return;
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
      const x = useApp.getState().x ?? x0;
      const s = toS(x);
      if (e.key === ' ') togglePlay();
      else if (e.key === 'ArrowRight')
        go(e.shiftKey ? nextKeyframe(path, x) : fromS(Math.min(1, s + NUDGE)));
      else if (e.key === 'ArrowLeft')
        go(e.shiftKey ? previousKeyframe(path, x) : fromS(Math.max(0, s - NUDGE)));
      else if (e.key === 'Home') go(x0);
      else if (e.key === 'End') go(x1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [path, x0, x1, toS, fromS, go, togglePlay]);

  return (
    <section className="timeline" aria-label="Scenario timeline">
      <button
        type="button"
        onClick={() => go(previousKeyframe(path, useApp.getState().x ?? x0))}
        title="Previous keyframe (Shift+←)"
      >
        |◀
      </button>
      <button
        type="button"
        className="play"
        onClick={togglePlay}
        aria-pressed={playing}
        title="Play / pause (space)"
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button
        type="button"
        onClick={() => go(nextKeyframe(path, useApp.getState().x ?? x0))}
        title="Next keyframe (Shift+→)"
      >
        ▶|
      </button>
      <input
        ref={slider}
        className="scrub"
        type="range"
        min={0}
        max={SLIDER_STEPS}
        defaultValue={0}
        aria-label="x"
        onChange={(e) => go(fromS(Number(e.target.value) / SLIDER_STEPS))}
        onKeyDown={(e) => {
          // The window handler owns the arrow keys (nudge / keyframe), not the slider's own step.
          if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') e.preventDefault();
        }}
      />
      <select
        aria-label="Speed"
        value={speed}
        onChange={(e) => useApp.getState().setSpeed(Number(e.target.value))}
      >
        {SPEEDS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Repeat"
        value={playMode}
        onChange={(e) => useApp.getState().setPlayMode(e.target.value as PlayMode)}
      >
        <option value="once">Once</option>
        <option value="loop">Loop</option>
        <option value="bounce">Bounce</option>
      </select>
    </section>
  );
}
