import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/crystal/types';
import {
  cameraAt,
  ease,
  GLIDE_SECONDS,
  planStep,
  slerpDirection,
  stepFrameAt,
} from '../../src/lesson/transition';
import type { LessonStep } from '../../src/lesson/types';

const still: LessonStep = { subject: { kind: 'structure', id: 'beta-MnO2' }, caption: '' };
const ranged: LessonStep = {
  subject: { kind: 'scenario', id: 'k-alpha-mno2' },
  caption: '',
  x: { from: 0, to: 1.4, seconds: 4 },
};

const angle = (a: Vec3, b: Vec3) =>
  Math.acos(
    Math.min(1, (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) / (Math.hypot(...a) * Math.hypot(...b))),
  );

describe('step transitions', () => {
  it('a still step: the camera glides for 0.8 s, eased, then the step is done', () => {
    const plan = planStep(still);
    expect(plan.glideSeconds).toBe(GLIDE_SECONDS);
    expect(stepFrameAt(plan, 0)).toEqual({ glide: 0, x: null, playing: false, done: false });
    expect(stepFrameAt(plan, 0.4).glide).toBeCloseTo(0.5, 10);
    expect(stepFrameAt(plan, 0.1).glide).toBeLessThan(0.1 / 0.8); // starts gently
    expect(stepFrameAt(plan, 0.8)).toEqual({ glide: 1, x: null, playing: false, done: true });
    expect(stepFrameAt(plan, 5).glide).toBe(1);
  });

  it('a range step holds x at from during the glide, plays to `to`, then stops', () => {
    const plan = planStep(ranged);
    expect(stepFrameAt(plan, 0.5)).toMatchObject({ x: 0, playing: false, done: false });
    const mid = stepFrameAt(plan, 0.8 + 2);
    expect(mid.x).toBeCloseTo(0.7, 10);
    expect(mid.playing).toBe(true);
    expect(stepFrameAt(plan, 0.8 + 4)).toEqual({ glide: 1, x: 1.4, playing: false, done: true });
    expect(stepFrameAt(plan, 60).x).toBe(1.4);
    // x never runs backwards
    let last = -1;
    for (let t = 0; t < 6; t += 0.05) {
      const x = stepFrameAt(plan, t).x as number;
      expect(x).toBeGreaterThanOrEqual(last);
      last = x;
    }
  });

  it('a fixed-x step and a jump (no glide)', () => {
    const fixed = planStep({ ...ranged, x: 0.3 }, false);
    expect(stepFrameAt(fixed, 0)).toEqual({ glide: 1, x: 0.3, playing: false, done: true });
    const reversed = planStep({ ...ranged, x: { from: 1.4, to: 0, seconds: 2 } }, false);
    expect(stepFrameAt(reversed, 1).x).toBeCloseTo(0.7, 10);
  });

  it('eases from 0 to 1 monotonically', () => {
    expect(ease(-1)).toBe(0);
    expect(ease(2)).toBe(1);
    for (let f = 0; f < 1; f += 0.01) expect(ease(f + 0.01)).toBeGreaterThanOrEqual(ease(f));
  });

  it('slerps directions at constant angular speed, also between opposite ones', () => {
    const a: Vec3 = [0, 0, 1];
    const b: Vec3 = [0, 2, 0];
    const half = slerpDirection(a, b, 0.5);
    expect(half[1]).toBeCloseTo(Math.SQRT1_2, 10);
    expect(half[2]).toBeCloseTo(Math.SQRT1_2, 10);
    expect(angle(slerpDirection(a, b, 0.25), a)).toBeCloseTo(Math.PI / 8, 10);
    const opposite = slerpDirection([1, 0, 0], [-1, 0, 0], 0.5);
    expect(Math.hypot(...opposite)).toBeCloseTo(1, 10);
    expect(angle(opposite, [1, 0, 0])).toBeCloseTo(Math.PI / 2, 10);
  });

  it('the camera keeps up perpendicular to back and zooms geometrically', () => {
    const from = { back: [0, 0, 1] as Vec3, up: [0, 1, 0] as Vec3, zoom: 1 };
    const to = { back: [1, 0, 0] as Vec3, up: [0, 0, 1] as Vec3, zoom: 4 };
    for (const f of [0, 0.3, 0.5, 0.9, 1]) {
      const c = cameraAt(from, to, f);
      const d = c.back[0] * c.up[0] + c.back[1] * c.up[1] + c.back[2] * c.up[2];
      expect(Math.abs(d)).toBeLessThan(1e-9);
      expect(Math.hypot(...c.up)).toBeCloseTo(1, 10);
    }
    expect(cameraAt(from, to, 0.5).zoom).toBeCloseTo(2, 10);
    const end = cameraAt(from, to, 1);
    expect(angle(end.back, to.back)).toBeLessThan(1e-9);
    expect(angle(end.up, to.up)).toBeLessThan(1e-9);
  });
});
