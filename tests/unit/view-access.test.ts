import { describe, expect, it } from 'vitest';
import { cameraKeyAction, TURN_DEGREES, ZOOM_STEP } from '../../src/scene/camera-keys';
import { describeAtom, describeView, spokenDirection } from '../../src/ui/view-description';

describe('camera keys', () => {
  it('turns by the step, opposite ways for opposite arrows', () => {
    const left = cameraKeyAction('ArrowLeft', false);
    const right = cameraKeyAction('ArrowRight', false);
    expect(left).toEqual({ kind: 'turn', azimuth: (TURN_DEGREES * Math.PI) / 180, polar: 0 });
    expect(right).toEqual({ kind: 'turn', azimuth: -(TURN_DEGREES * Math.PI) / 180, polar: 0 });
    const up = cameraKeyAction('ArrowUp', false);
    const down = cameraKeyAction('ArrowDown', false);
    expect(up?.kind === 'turn' && up.polar > 0 && up.azimuth === 0).toBe(true);
    expect(down?.kind === 'turn' && down.polar < 0).toBe(true);
  });

  it('Shift gives a finer turn', () => {
    const coarse = cameraKeyAction('ArrowLeft', false);
    const fine = cameraKeyAction('ArrowLeft', true);
    if (coarse?.kind !== 'turn' || fine?.kind !== 'turn') throw new Error('not a turn');
    expect(fine.azimuth).toBeGreaterThan(0);
    expect(fine.azimuth).toBeLessThan(coarse.azimuth);
  });

  it('+ and − zoom by reciprocal factors; 0 resets; other keys are left alone', () => {
    expect(cameraKeyAction('+', true)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(cameraKeyAction('=', false)).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(cameraKeyAction('-', false)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(cameraKeyAction('0', false)).toEqual({ kind: 'reset' });
    for (const key of [' ', 'Home', 'End', 'PageDown', 'f', 'Escape', 'a'])
      expect(cameraKeyAction(key, false)).toBeNull();
  });
});

describe('view description', () => {
  it('names structure, direction, supercell, style and projection', () => {
    const text = describeView({
      title: 'α-MnO₂ (hollandite)',
      scenario: false,
      view: [0, 0, 1],
      supercell: [2, 2, 3],
      style: 'ball-and-stick',
      projection: 'orthographic',
    });
    expect(text).toBe(
      '3D view of α-MnO₂ (hollandite), looking down [0 0 1], supercell 2 × 2 × 3, ball-and-stick, orthographic',
    );
  });

  it('says a scenario is one and speaks free directions as three numbers', () => {
    const text = describeView({
      title: 'K⁺ into α-MnO₂',
      scenario: true,
      view: [0.3141, -1, 0.07],
      supercell: [1, 1, 4],
      style: 'polyhedral',
      projection: 'perspective',
    });
    expect(text).toContain('insertion scenario K⁺ into α-MnO₂');
    expect(text).toContain('[0.31 −1 0.07]');
    expect(text).toContain('polyhedra');
    expect(spokenDirection([1, -1, 0])).toBe('[1 −1 0]');
  });

  it('reads out a selected atom with its ion, site, position and nearest neighbour', () => {
    expect(
      describeAtom({
        kind: 'atom',
        label: 'Mn1',
        species: [{ element: 'Mn', oxidation: 4 }],
        wyckoff: '8h',
        frac: [0.3517, 0.16789, 0],
        nearest: { label: 'O2', distance: 1.8834 },
      }),
    ).toBe(
      'Selected atom Mn1, Mn⁴⁺, Wyckoff site 8h, at x 0.352, y 0.168, z 0, nearest O2 at 1.88 Å.',
    );
    const mixed = describeAtom({
      kind: 'guest ion',
      label: 'K1',
      species: [{ element: 'K', oxidation: 1 }],
      frac: [0, 0, 0.5],
    });
    expect(mixed).toBe('Selected guest ion K1, K⁺, at x 0, y 0, z 0.5.');
  });
});
