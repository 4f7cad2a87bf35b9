import { describe, expect, it } from 'vitest';
import type { Mat3, Vec3 } from '../../src/crystal/types';
import { cameraFrame } from '../../src/scene/camera-frame';
import { cameraKeyAction } from '../../src/scene/camera-keys';
import {
  dragTurn,
  frameExtent,
  keyTurn,
  NO_TURN,
  sharedScale,
  turnedFrame,
  turnInFrame,
  wheelZoom,
} from '../../src/scene/compare-camera';
import { MAX_PITCH, viewInSetting } from '../../src/state/compare';

// β-MnO2 (tetragonal, tunnels along c) and ramsdellite (orthorhombic Pnma, tunnels along b).
const BETA: Mat3 = [4.3983, 0, 0, 0, 4.3983, 0, 0, 0, 2.873];
const RAMS: Mat3 = [9.2734, 0, 0, 0, 2.8638, 0, 0, 0, 4.5219];

function close(a: readonly number[], b: readonly number[]) {
  for (const [i, k] of a.entries()) expect(k).toBeCloseTo(b[i], 9);
}
const norm = (v: Vec3) => Math.hypot(...v);

describe('linked compare cameras', () => {
  it('no turn leaves each pane at its own frame', () => {
    const f = cameraFrame(RAMS, [0, 1, 0], [2, 3, 3]);
    const t = turnedFrame(f, NO_TURN);
    close(t.back, f.back);
    close(t.up, f.up);
  });

  it('one turn gives the same on-screen motion in panes of different settings', () => {
    const beta = cameraFrame(BETA, viewInSetting([0, 0, 1], 2), [3, 3, 2]);
    const rams = cameraFrame(RAMS, viewInSetting([0, 0, 1], 1), [2, 3, 3]);
    // The two start looking along different Cartesian directions (c and b)…
    expect(Math.abs(beta.back[2])).toBeCloseTo(1, 9);
    expect(Math.abs(rams.back[1])).toBeCloseTo(1, 9);
    const turn = dragTurn(dragTurn(NO_TURN, 90, 40, 400), -20, 15, 400);
    const a = turnedFrame(beta, turn);
    const b = turnedFrame(rams, turn);
    // …and after the same turn their cameras differ in space but agree in their own frames.
    expect(Math.hypot(...a.back.map((k, i) => k - b.back[i]))).toBeGreaterThan(0.5);
    close(turnInFrame(beta, a), turnInFrame(rams, b));
    // Still orthonormal, and actually turned.
    expect(norm(a.back)).toBeCloseTo(1, 9);
    expect(a.back[0] * a.up[0] + a.back[1] * a.up[1] + a.back[2] * a.up[2]).toBeCloseTo(0, 9);
    expect(turnInFrame(beta, a)[2]).toBeLessThan(0.99);
  });

  it('a sideways drag orbits about screen-up; a full pane height is a whole turn', () => {
    const f = cameraFrame(BETA, [0, 0, 1], [1, 1, 1]);
    const quarter = dragTurn(NO_TURN, 100, 0, 400); // a quarter of the height: 90°
    const t = turnedFrame(f, quarter);
    close(t.up, f.up);
    expect(t.back[0] * f.back[0] + t.back[1] * f.back[1] + t.back[2] * f.back[2]).toBeCloseTo(0, 9);
    const whole = turnedFrame(f, dragTurn(NO_TURN, 400, 0, 400));
    close(whole.back, f.back);
  });

  it('the tilt stops short of the pole', () => {
    const t = dragTurn(NO_TURN, 0, -5000, 400);
    expect(t.pitch).toBeLessThan(Math.PI / 2);
    expect(t.pitch).toBeGreaterThan(1.5);
  });

  it('one scale for every pane: the largest structure fits, the others are drawn to it', () => {
    const panes = [
      { width: 300, height: 500, halfWidth: 10, halfHeight: 10 }, // fits at 15 px/Å
      { width: 300, height: 500, halfWidth: 15, halfHeight: 12 }, // 10 px/Å: sets the scale
      { width: 320, height: 500, halfWidth: 12, halfHeight: 20 }, // 12.5 px/Å
    ];
    expect(sharedScale(panes, 1)).toBeCloseTo(10, 9);
    expect(sharedScale(panes, 2)).toBeCloseTo(20, 9);
    // A short pane lowers the shared scale for all.
    const short = { width: 320, height: 300, halfWidth: 12, halfHeight: 20 };
    expect(sharedScale([...panes, short], 1)).toBeCloseTo(7.5, 9);
    // Each pane at that scale: widths in pixels in proportion to widths in Å.
    const s = sharedScale(panes, 1);
    expect(2 * panes[1].halfWidth * s).toBeCloseTo(300, 9);
    expect(2 * panes[0].halfWidth * s).toBeCloseTo(200, 9);
  });

  it('a pane’s extent down the tunnel leaves the depth out', () => {
    // β-MnO2 3×3×2 down c: 3a across and 3a up, whatever the length along c.
    const f = cameraFrame(BETA, [0, 0, 1], [3, 3, 2]);
    const e = frameExtent(BETA, [3, 3, 2], f);
    expect(e.halfWidth).toBeCloseTo(1.5 * 4.3983, 9);
    expect(e.halfHeight).toBeCloseTo(1.5 * 4.3983, 9);
    // Ramsdellite 2×3×3 down b: 2a across, 3c up (c is up for views off c).
    const r = cameraFrame(RAMS, [0, 1, 0], [2, 3, 3]);
    const er = frameExtent(RAMS, [2, 3, 3], r);
    expect(er.halfWidth).toBeCloseTo(9.2734, 9);
    expect(er.halfHeight).toBeCloseTo(1.5 * 4.5219, 9);
  });

  it('wheel zoom stays within the zoom limits', () => {
    expect(wheelZoom(NO_TURN, -300).zoom).toBeGreaterThan(1);
    expect(wheelZoom(NO_TURN, 300).zoom).toBeLessThan(1);
    let t = NO_TURN;
    for (let i = 0; i < 100; i++) t = wheelZoom(t, -1000);
    expect(t.zoom).toBe(50);
  });

  it('camera keys on a pane turn and zoom as a drag and the wheel do', () => {
    const key = (name: string, shift = false) => {
      const a = cameraKeyAction(name, shift);
      if (!a || a.kind === 'reset') throw new Error(`${name} is no turn or zoom`);
      return a;
    };
    // ← turns as a drag to the left does (dx < 0): the yaw grows, by 10° (Shift: 2°).
    const left = keyTurn(NO_TURN, key('ArrowLeft'));
    expect(left.yaw).toBeCloseTo((10 * Math.PI) / 180, 12);
    expect(Math.sign(left.yaw)).toBe(Math.sign(dragTurn(NO_TURN, -5, 0, 500).yaw));
    expect(keyTurn(NO_TURN, key('ArrowRight', true)).yaw).toBeCloseTo((-2 * Math.PI) / 180, 12);
    // ↑ tips as a drag upwards does (dy < 0); the zoom and the yaw stay.
    const up = keyTurn(NO_TURN, key('ArrowUp'));
    expect(Math.sign(up.pitch)).toBe(Math.sign(dragTurn(NO_TURN, 0, -5, 500).pitch));
    expect([up.yaw, up.zoom]).toEqual([0, 1]);
    // Nine more presses of ↑ would pass the pole: the tilt stops short of it.
    let t = up;
    for (let i = 0; i < 9; i++) t = keyTurn(t, key('ArrowUp'));
    expect(t.pitch).toBeCloseTo(MAX_PITCH, 12);
    // + zooms in by the single view's step; − undoes it; the limits hold.
    const zin = keyTurn(NO_TURN, key('+'));
    expect(zin.zoom).toBeCloseTo(1.25, 12);
    expect(keyTurn(zin, key('-')).zoom).toBeCloseTo(1, 12);
    let z = NO_TURN;
    for (let i = 0; i < 40; i++) z = keyTurn(z, key('-'));
    expect(z.zoom).toBe(0.05);
  });
});
