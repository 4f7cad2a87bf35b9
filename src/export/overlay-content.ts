/**
 * What the overlays of an exported picture or video frame say at a given x: the title block
 * (with a scenario's readout — x, the formula and the cell's change — as its detail line), the
 * colour key and the caption (the lesson step's, else the scenario's caption at x). Pure, so a
 * PNG and every frame of a video are made by the same function and tested in Node; only the
 * title's text comes from the page (what the view's corner shows).
 */
import { typesetFormulaText } from '../crystal/formula-typeset';
import { subscriptDigits } from '../crystal/typeset';
import { type Frame, frameAt } from '../insertion/frame';
import type { InsertionPath } from '../insertion/path-types';
import { markupToUnicode } from '../lesson/markup';
import { type KeyState, keyOfState } from './image-key';
import type { OverlayContent } from './image-layout';
import type { ImageLabels } from './request';

/** The parts of the app's state the overlays are made from (structurally typed). */
export interface OverlayState extends KeyState {
  x: number | null;
  lesson: { steps: readonly { caption?: string }[] } | null;
  lessonStep: number;
  loadedScenario: (KeyState['loadedScenario'] & { path: InsertionPath }) | null;
}

/** A change in per cent with its sign, as the readout panel writes it: +1.23 %, −0.40 %. */
function signedPercent(p: number): string {
  const r = Math.round(p * 100) / 100;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(2)} %`;
}

/** The scenario readout in one line: `x = 0.5 · K₀.₅Mn₈O₁₆ · a +0.12 % · c −0.30 % · V +0.20 %`. */
export function readoutLine(frame: Frame): string {
  const x = Number(frame.x.toFixed(3));
  const changes = (['a', 'b', 'c', 'volume'] as const).map(
    (k) => `${k === 'volume' ? 'V' : k} ${signedPercent(frame.change[k])}`,
  );
  return [`x = ${x}`, subscriptDigits(frame.formula), ...changes].join(' · ');
}

/**
 * The overlays at `x` (the state's own x when absent): `title` is the view's title block as
 * the page shows it; each overlay is left out when `labels` switches it off.
 */
export function overlayContentAt(
  state: OverlayState,
  title: readonly string[],
  labels: ImageLabels,
  x: number | null = state.x,
): OverlayContent {
  const scenario = state.scenarioId ? state.loadedScenario : null;
  const frame = scenario ? frameAt(scenario.path, x ?? scenario.path.xs[0]) : null;
  const step =
    state.lesson && state.lessonStep >= 0 ? state.lesson.steps[state.lessonStep] : undefined;
  const caption = step?.caption
    ? markupToUnicode(step.caption)
    : typesetFormulaText(frame?.caption?.text ?? '');
  return {
    title: labels.title ? [...title, ...(frame ? [readoutLine(frame)] : [])] : [],
    key: labels.key ? keyOfState(state) : null,
    caption: labels.caption ? caption.trim() : '',
  };
}
