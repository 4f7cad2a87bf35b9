/**
 * When the camera has stopped: both views write where it was left (into the store, and so
 * the link) once no drag, wheel or key has moved it for SETTLE_MS, not on every event.
 */
import { useCallback, useEffect, useRef } from 'react';

/** The camera counts as stopped this long after the last drag, wheel or key (ms). */
export const SETTLE_MS = 250;

/** `settle(run)`: runs `run` SETTLE_MS after the latest call; dropped on unmount. */
export function useSettled(): (run: () => void) => void {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback((run: () => void) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(run, SETTLE_MS);
  }, []);
}
