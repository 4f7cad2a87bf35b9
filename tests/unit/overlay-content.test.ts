/**
 * The overlays an export carries at x: the scenario's readout and caption follow x (each
 * video frame asks at its own x), the lesson step's caption wins, the switches leave parts out,
 * and the video's text scale matches how its camera frames the structure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/crystal/result';
import { type OverlayState, overlayContentAt, readoutLine } from '../../src/export/overlay-content';
import { ALL_LABELS } from '../../src/export/request';
import { videoOverlayFrame, videoPxPerCss } from '../../src/export/video-plan';
import { frameAt } from '../../src/insertion/frame';
import { loadScenario } from '../../src/insertion/load';
import { buildInsertionPath } from '../../src/insertion/path';

const DIR = path.resolve(__dirname, '../../structures');

function kScenarioState(x: number): OverlayState {
  const text = readFileSync(path.join(DIR, 'k-alpha-mno2.scenario.json'), 'utf8');
  const r = loadScenario(text, 'structures/k-alpha-mno2.scenario.json', (p) =>
    readFileSync(path.resolve(DIR, '..', p), 'utf8'),
  );
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  const built = buildInsertionPath(r.value.scenario, r.value.crystals, [1, 1, 2]);
  if (!built.ok) throw new Error(built.error.message);
  return {
    x,
    palette: 'teaching',
    scenarioId: 'k-alpha-mno2',
    loaded: null,
    loadedScenario: { hostCrystal: r.value.crystals[0], path: built.value },
    lesson: null,
    lessonStep: -1,
  };
}

describe('overlayContentAt', () => {
  const state = kScenarioState(0);
  const title = ['K⁺ into α-MnO₂'];

  it('gives the readout and caption of the x asked for, not of the state’s x', () => {
    const at0 = overlayContentAt(state, title, ALL_LABELS, 0);
    const at1 = overlayContentAt(state, title, ALL_LABELS, 1);
    expect(at0.title[0]).toBe('K⁺ into α-MnO₂');
    expect(at0.title[1]).toMatch(/^x = 0 · /);
    expect(at1.title[1]).toMatch(/^x = 1 · K/);
    expect(at0.caption).toMatch(/^α-MnO₂ \(Kijima/);
    expect(at1.caption).toMatch(/^The cell grows/);
    // Without an x the state's own is used.
    expect(overlayContentAt(state, title, ALL_LABELS)).toEqual(at0);
  });

  it('writes the formula and the cell’s change at x like the readout panel', () => {
    const f = frameAt(kScenarioState(1.42).loadedScenario!.path, 1.42);
    const line = readoutLine(f);
    expect(line.startsWith('x = 1.42 · K')).toBe(true);
    expect(line).toMatch(/a \+0\.55 %/); // 9.777 → 9.831 Å
    expect(line).toContain(' · V +');
    expect(line).not.toMatch(/\d\.\d{4}/);
  });

  it('carries the key with the guest, and leaves out what is switched off', () => {
    const all = overlayContentAt(state, title, ALL_LABELS, 0.5);
    expect(all.key?.elements.map((e) => e.element)).toEqual(['Mn', 'O', 'K']);
    expect(all.key?.elements.find((e) => e.element === 'K')?.guest).toBe(true);
    const none = overlayContentAt(
      state,
      title,
      { ...ALL_LABELS, title: false, key: false, caption: false },
      0.5,
    );
    expect(none).toEqual({ title: [], key: null, caption: '' });
  });

  it('shows a lesson step’s caption instead of the scenario’s', () => {
    const lesson = { steps: [{ caption: 'Watch K^+^ fill MnO_6_ tunnels.' }] };
    const c = overlayContentAt({ ...state, lesson, lessonStep: 0 }, title, ALL_LABELS, 1);
    expect(c.caption).toBe('Watch K⁺ fill MnO₆ tunnels.');
  });

  it('has no readout or caption for a structure', () => {
    const c = overlayContentAt(
      { ...state, scenarioId: null, loadedScenario: null },
      ['β-MnO₂'],
      ALL_LABELS,
    );
    expect(c.title).toEqual(['β-MnO₂']);
    expect(c.caption).toBe('');
  });
});

describe('video overlay geometry', () => {
  it('scales text as the video camera scales the structure: by the short side', () => {
    // An orthographic camera keeps the short side's span: 720 px for the view's 600.
    expect(videoPxPerCss({ width: 900, height: 600 }, 1280, 720, false)).toBeCloseTo(1.2, 12);
    // A tall view: its width is the short side.
    expect(videoPxPerCss({ width: 500, height: 800 }, 1280, 720, false)).toBeCloseTo(1.44, 12);
    // A perspective camera keeps its vertical field of view.
    expect(videoPxPerCss({ width: 500, height: 800 }, 1280, 720, true)).toBeCloseTo(0.9, 12);
  });

  it('places labels in a box of the video’s size in CSS px from its own corner', () => {
    const f = videoOverlayFrame({ width: 900, height: 600 }, 1280, 720, false);
    expect(f).toMatchObject({ width: 1280, height: 720, region: { x: 0, y: 0 } });
    expect(f.region.width * f.pxPerCss).toBeCloseTo(1280, 9);
    expect(f.region.height * f.pxPerCss).toBeCloseTo(720, 9);
  });
});
