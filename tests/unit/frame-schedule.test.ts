/** Video frame schedule: how many frames, when, and at which x or angle. */
import { describe, expect, it } from 'vitest';
import { frameCount, frameSchedule } from '../../src/export/frame-schedule';

describe('frameSchedule', () => {
  it('gives seconds·fps frames at i/fps, x from `from` to exactly `to`', () => {
    const f = frameSchedule({ from: 0, to: 1.4, seconds: 2 }, 30);
    expect(f.length).toBe(60);
    expect(f[1].time).toBeCloseTo(1 / 30, 12);
    expect(f[0].x).toBe(0);
    expect(f[59].x).toBeCloseTo(1.4, 12);
    expect(f[30].x).toBeCloseTo((30 / 59) * 1.4, 12);
    expect(f.every((fr) => fr.angle === 0)).toBe(true);
  });

  it('runs backwards for an extraction range', () => {
    const f = frameSchedule({ from: 1, to: 0.3, seconds: 1 }, 10);
    expect(f.map((fr) => fr.x)[9]).toBeCloseTo(0.3, 12);
    expect(f[1].x).toBeLessThan(f[0].x);
  });

  it('turns once without repeating the first angle', () => {
    const f = frameSchedule({ from: 0, to: 0, seconds: 1 }, 8, true);
    expect(f.map((fr) => fr.angle)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => (i * Math.PI) / 4));
  });

  it('rounds the count and keeps at least one frame', () => {
    expect(frameCount(0.34, 30)).toBe(10);
    expect(frameCount(0.001, 30)).toBe(1);
    expect(frameSchedule({ from: 0.5, to: 1, seconds: 0.001 }, 30)).toEqual([
      { index: 0, time: 0, x: 0.5, angle: 0 },
    ]);
  });
});
