/**
 * The lesson format (`structures/*.lesson.json`): a titled, ordered list of steps, each one
 * view a link can hold (structure or scenario, style, supercell, camera, projection,
 * background, overlays, x) plus a caption. Pure data; validate.ts checks untrusted JSON
 * against it and step-state.ts maps a step to the view state (and so the URL) it stands for.
 */
import type { Background, DrawStyle, Projection, Supercell, Uvw } from '../state/view-state';

/** The format tag written in every file, so a later version can tell old files apart. */
export const LESSON_FORMAT = 'tunnelscope-lesson/1';

export interface LessonReference {
  /** Authors, journal, volume, page, year as a reader would cite them. */
  cite: string;
  /** `10.xxxx/…`, only when it was read in a source; otherwise left out. */
  doi?: string;
}

/** What is drawn: one of a bundled structure, a bundled scenario or a CIF beside the lesson. */
export type StepSubject =
  | { kind: 'structure'; id: string }
  | { kind: 'scenario'; id: string }
  | { kind: 'cif'; file: string };

/** A scenario step plays x from `from` to `to` in `seconds`, then stops. */
export interface PlayRange {
  from: number;
  to: number;
  seconds: number;
}

export interface StepCamera {
  view: Uvw;
  up: Uvw | null;
  /** Relative to the framed fit (1 = the whole supercell fits). */
  zoom: number;
}

/**
 * Overlays drawn over the structure. Each is optional in the file (absent = the app's
 * default); new overlays are added here as the app gains them.
 */
export interface StepOverlays {
  tunnelLabels?: boolean;
  alkaliPolyhedra?: boolean;
}

export interface LessonStep {
  subject: StepSubject;
  /** Caption in the lesson markup (markup.ts): `K^+^`, `MnO_6_`, citations `[1]`. */
  caption: string;
  style?: DrawStyle;
  supercell?: Supercell;
  camera?: StepCamera;
  projection?: Projection;
  background?: Background;
  overlays?: StepOverlays;
  /** Scenario steps only: a fixed x, or a range played once. */
  x?: number | PlayRange;
  /**
   * Bundled structure ids (2–4, each once) shown side by side in the compare view; the
   * camera's view is then the panes' direction (each in its own tunnel setting). The subject
   * is the first of them when the step names none.
   */
  cmp?: string[];
  /**
   * `cmp` steps only: where the linked cameras were left, as a link's `turn=` and `zoom=`
   * (degrees: a yaw about each pane's screen-up, then a tilt about its screen-right; the zoom
   * relative to the shared fit). Absent: every pane at its own frame.
   */
  turn?: CompareTurnField;
}

/** A comparison's pose in the file's units (degrees), state/compare.ts's ComparePose. */
export interface CompareTurnField {
  yaw: number;
  pitch: number;
  zoom: number;
}

export interface Lesson {
  format: typeof LESSON_FORMAT;
  title: string;
  author?: string;
  notes?: string;
  references: LessonReference[];
  steps: LessonStep[];
}

export function isPlayRange(x: LessonStep['x']): x is PlayRange {
  return typeof x === 'object' && x !== null;
}
