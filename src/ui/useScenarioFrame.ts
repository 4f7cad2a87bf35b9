/**
 * Transient updates for the scenario panels: calls `write(frame)` whenever x changes, outside
 * React rendering, so a playing animation never re-renders the panels — they write their
 * DOM nodes directly.
 */
import { useEffect } from 'react';
import type { Frame } from '../insertion/frame';
import { frameAtShared } from '../state/frame-cache';
import type { LoadedScenario } from '../state/loaded-scenario';
import { useApp } from '../state/store';

export function useScenarioFrame(scenario: LoadedScenario | null, write: (frame: Frame) => void) {
  useEffect(() => {
    if (!scenario) return;
    const { path } = scenario;
    let lastX = Number.NaN;
    const update = (x: number | null) => {
      const at = x ?? path.xs[0];
      if (at === lastX) return;
      lastX = at;
      write(frameAtShared(path, at));
    };
    update(useApp.getState().x);
    return useApp.subscribe((s) => update(s.x));
  }, [scenario, write]);
}
