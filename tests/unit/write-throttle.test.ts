/**
 * The link's write while a scenario plays (src/app/write-throttle.ts), on a simulated clock:
 * never inside a frame, at most every 500 ms of playing, and once as soon as playback stops.
 */
import { describe, expect, it } from 'vitest';
import { type Later, writeThrottle } from '../../src/app/write-throttle';

/** A simulated page: a clock, timers, and a flag for "inside an animation frame". */
function page() {
  let now = 0;
  let inFrame = false;
  const timers: { at: number; run: () => void; live: boolean }[] = [];
  const later: Later = (run, ms) => {
    const t = { at: now + ms, run, live: true };
    timers.push(t);
    return () => {
      t.live = false;
    };
  };
  const writes: { at: number; inFrame: boolean }[] = [];
  const throttle = writeThrottle(
    () => writes.push({ at: now, inFrame }),
    500,
    () => now,
    later,
  );
  /** Advances to `t`, running due timers in their own tasks (outside frames). */
  const advance = (t: number) => {
    for (;;) {
      const due = timers.filter((x) => x.live && x.at <= t).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      now = Math.max(now, due.at);
      due.live = false;
      due.run();
    }
    now = t;
  };
  const frame = (t: number, work: () => void) => {
    advance(t);
    inFrame = true;
    work();
    inFrame = false;
  };
  return { throttle, writes, advance, frame };
}

describe('the link while a scenario plays', () => {
  it('10 s of 60 fps playback writes at most every 500 ms, never inside a frame', () => {
    const p = page();
    const frames = 600;
    for (let i = 0; i < frames; i++) p.frame((i * 1000) / 60, () => p.throttle.request(false));
    p.advance(10_000);
    expect(p.writes.length).toBeGreaterThanOrEqual(18); // the link does follow x
    expect(p.writes.length).toBeLessThanOrEqual(21); // ≤ 2 per played second (+ the first)
    expect(p.writes.filter((w) => w.inFrame)).toEqual([]);
    const gaps = p.writes.slice(1).map((w, i) => w.at - p.writes[i].at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
  });

  it('a stop writes once as soon as the page is idle, not after the interval', () => {
    const p = page();
    p.frame(0, () => p.throttle.request(false));
    p.advance(16);
    expect(p.writes.map((w) => w.at)).toEqual([0]); // the first follows at once
    p.frame(100, () => p.throttle.request(false)); // due at 500
    p.frame(116, () => p.throttle.request(true)); // playback stopped in this frame
    p.advance(120);
    expect(p.writes.map((w) => w.at)).toEqual([0, 116]);
    expect(p.writes.every((w) => !w.inFrame)).toBe(true);
    p.advance(5000);
    expect(p.writes).toHaveLength(2); // the interval's write was replaced by the stop's
  });

  it('a direct write cancels the pending one and restarts the interval', () => {
    const p = page();
    p.throttle.wrote(); // the opening write, at 0
    p.frame(100, () => p.throttle.request(false)); // due at 500
    p.advance(200);
    p.throttle.cancel(); // a choice wrote the link directly at 200
    p.throttle.wrote();
    p.advance(600);
    expect(p.writes).toEqual([]);
    p.frame(650, () => p.throttle.request(false));
    p.advance(3000);
    expect(p.writes.map((w) => w.at)).toEqual([700]);
  });
});
