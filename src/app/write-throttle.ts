/**
 * A write that must stay out of the animation frames (the link while a scenario plays): asked
 * for from inside a frame, it runs later in a task of its own when the page is idle, at most
 * once per `interval` while asked for again and again; `soon` asks for it without the wait (a
 * playback that stopped). The clock and the scheduler are passed in so tests can drive them.
 */
export interface Later {
  /** Runs `run` once after about `ms`, in a task of its own (idle time, where there is some). */
  (run: () => void, ms: number): () => void;
}

export interface WriteThrottle {
  /** The write is due: now + interval since the last one, or as soon as idle when `soon`. */
  request(soon: boolean): void;
  /** Drops a pending write (a write made directly covers it). */
  cancel(): void;
  /** Notes a write made directly, for the interval. */
  wrote(): void;
}

export function writeThrottle(
  write: () => void,
  interval: number,
  now: () => number,
  later: Later,
): WriteThrottle {
  let last = Number.NEGATIVE_INFINITY;
  let pending: { cancel: () => void; soon: boolean } | null = null;
  const run = () => {
    pending = null;
    last = now();
    write();
  };
  return {
    request(soon) {
      if (pending && (pending.soon || !soon)) return;
      pending?.cancel();
      const wait = soon ? 0 : Math.max(0, last + interval - now());
      pending = { cancel: later(run, wait), soon };
    },
    cancel() {
      pending?.cancel();
      pending = null;
    },
    wrote() {
      last = now();
    },
  };
}

/** The browser's `later`: a timer, then the next idle period (within 250 ms). */
export const idleLater: Later = (run, ms) => {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(run, { timeout: 250 });
    else run();
  }, ms);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
};
