import { describe, expect, it } from 'vitest';
import { nextKeyframe, previousKeyframe, step } from '../../src/insertion/playback';

const insertion = { xs: [0, 0.5, 2] };
const extraction = { xs: [2, 1, 0] };

describe('step: once', () => {
  it('advances by speed · dt and stops at the last keyframe', () => {
    expect(step(insertion, 0, 0.5, 1, 'once')).toEqual({ x: 0.5, speed: 1, playing: true });
    expect(step(insertion, 1.8, 0.5, 1, 'once')).toEqual({ x: 2, speed: 1, playing: false });
  });

  it('plays an extraction scenario towards decreasing x', () => {
    expect(step(extraction, 2, 0.25, 2, 'once')).toEqual({ x: 1.5, speed: 2, playing: true });
    expect(step(extraction, 0.3, 1, 2, 'once')).toEqual({ x: 0, speed: 2, playing: false });
  });

  it('plays backwards with a negative speed and stops at the first keyframe', () => {
    expect(step(insertion, 0.5, 1, -1, 'once')).toEqual({ x: 0, speed: -1, playing: false });
  });
});

describe('step: loop', () => {
  it('wraps past the end to the start', () => {
    const r = step(insertion, 1.8, 0.5, 1, 'loop');
    expect(r.x).toBeCloseTo(0.3, 12);
    expect(r.playing).toBe(true);
  });

  it('wraps backwards past the start to the end', () => {
    expect(step(insertion, 0.2, 0.5, -1, 'loop').x).toBeCloseTo(1.7, 12);
  });

  it('wraps in an extraction scenario', () => {
    expect(step(extraction, 0.5, 1, 1, 'loop').x).toBeCloseTo(1.5, 12);
  });
});

describe('step: bounce', () => {
  it('reflects at the end and reverses the speed', () => {
    const r = step(insertion, 1.8, 0.5, 1, 'bounce');
    expect(r.x).toBeCloseTo(1.7, 12);
    expect(r.speed).toBe(-1);
    const back = step(insertion, r.x, 2, r.speed, 'bounce');
    expect(back.x).toBeCloseTo(0.3, 12);
    expect(back.speed).toBe(1);
  });

  it('keeps its direction inside the range', () => {
    expect(step(insertion, 1, 0.5, -1, 'bounce')).toEqual({ x: 0.5, speed: -1, playing: true });
  });

  it('turns around when it lands exactly on an end', () => {
    expect(step(insertion, 1.5, 0.5, 1, 'bounce')).toEqual({ x: 2, speed: -1, playing: true });
    expect(step(insertion, 0.5, 0.5, -1, 'bounce')).toEqual({ x: 0, speed: 1, playing: true });
  });

  it('survives a long dt (several reflections)', () => {
    // 0 → 2 → 0 → 2 → 1 over 7 x units at speed 1.
    const r = step(insertion, 0, 7, 1, 'bounce');
    expect(r.x).toBeCloseTo(1, 12);
    expect(r.speed).toBe(-1);
  });
});

describe('keyframe navigation', () => {
  it('next and previous keyframes in scenario order', () => {
    expect(nextKeyframe(insertion, 0)).toBe(0.5);
    expect(nextKeyframe(insertion, 0.5)).toBe(2);
    expect(nextKeyframe(insertion, 2)).toBe(2);
    expect(previousKeyframe(insertion, 1)).toBe(0.5);
    expect(previousKeyframe(insertion, 0.5)).toBe(0);
    expect(previousKeyframe(insertion, 0)).toBe(0);
  });

  it('follows decreasing x in an extraction scenario', () => {
    expect(nextKeyframe(extraction, 1.5)).toBe(1);
    expect(nextKeyframe(extraction, 1)).toBe(0);
    expect(previousKeyframe(extraction, 0.5)).toBe(1);
    expect(previousKeyframe(extraction, 2)).toBe(2);
  });
});
