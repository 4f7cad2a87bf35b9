/**
 * One step ⇄ one view state (and so one link): a step names every part of the view, and
 * what it leaves out takes the defaults of its structure or scenario, as a link without
 * `sc` or `view` does.
 */
import { type ComparePose, formatComparePose } from '../state/compare';
import { viewStateToSearch } from '../state/url';
import { DEFAULT_VIEW_STATE, type Supercell, type Uvw, type ViewState } from '../state/view-state';
import {
  type CompareTurnField,
  isPlayRange,
  type LessonStep,
  type PlayRange,
  type StepSubject,
} from './types';

const DEG = Math.PI / 180;

function poseOf(turn: CompareTurnField): ComparePose {
  return { yaw: turn.yaw * DEG, pitch: turn.pitch * DEG, zoom: turn.zoom };
}

/** A pose in the step's units, as the link writes it (0.01°, zoom to 0.001); null = no turn. */
function turnOf(pose: ComparePose): CompareTurnField | null {
  const { turn, zoom } = formatComparePose(pose);
  if (turn === null && zoom === null) return null;
  const [yaw, pitch] = turn === null ? [0, 0] : turn.split(',').map(Number);
  return { yaw, pitch, zoom: zoom === null ? 1 : Number(zoom) };
}

/** The textbook view and supercell of a bundled structure or scenario (the catalogues'). */
export type SubjectDefaults = (
  subject: StepSubject,
) => { view: Uvw; supercell: Supercell } | undefined;

export function stepToViewState(step: LessonStep, defaults: SubjectDefaults): ViewState {
  const d = defaults(step.subject);
  const camera = step.camera ?? { view: d?.view ?? DEFAULT_VIEW_STATE.view, up: null, zoom: 1 };
  const subject = step.subject;
  return {
    ...DEFAULT_VIEW_STATE,
    structureId: subject.kind === 'structure' ? subject.id : DEFAULT_VIEW_STATE.structureId,
    scenarioId: subject.kind === 'scenario' ? subject.id : null,
    style: step.style ?? DEFAULT_VIEW_STATE.style,
    supercell: [...(step.supercell ?? d?.supercell ?? DEFAULT_VIEW_STATE.supercell)],
    view: [...camera.view],
    up: camera.up ? [...camera.up] : null,
    zoom: camera.zoom,
    projection: step.projection ?? DEFAULT_VIEW_STATE.projection,
    background: step.background ?? DEFAULT_VIEW_STATE.background,
    x:
      subject.kind === 'scenario' && step.x !== undefined
        ? isPlayRange(step.x)
          ? step.x.from
          : step.x
        : null,
    playing: false,
    alkaliPolyhedra: step.overlays?.alkaliPolyhedra ?? DEFAULT_VIEW_STATE.alkaliPolyhedra,
    tunnelLabels: step.overlays?.tunnelLabels ?? DEFAULT_VIEW_STATE.tunnelLabels,
    embed: false,
    controls: true,
    compare: step.cmp
      ? {
          ids: [...step.cmp],
          view: step.camera ? [...step.camera.view] : null,
          ...(step.turn && { camera: poseOf(step.turn) }),
        }
      : null,
  };
}

/** A step that holds the whole view as it is now ("Add this view"); every field explicit. */
export function viewStateToStep(
  state: ViewState,
  subject: StepSubject,
  caption: string,
  play?: PlayRange,
): LessonStep {
  const step: LessonStep = {
    subject,
    caption,
    style: state.style,
    supercell: [...state.supercell],
    camera: { view: [...state.view], up: state.up ? [...state.up] : null, zoom: state.zoom },
    projection: state.projection,
    background: state.background,
    overlays: { tunnelLabels: state.tunnelLabels, alkaliPolyhedra: state.alkaliPolyhedra },
  };
  if (state.compare && subject.kind === 'structure') {
    step.cmp = [...state.compare.ids];
    const view = state.compare.view;
    if (view) step.camera = { view: [...view], up: null, zoom: 1 };
    else delete step.camera;
    const turn = state.compare.camera && turnOf(state.compare.camera);
    if (turn) step.turn = turn;
  }
  if (subject.kind === 'scenario') {
    if (play) step.x = { ...play };
    else if (state.x !== null) step.x = state.x;
  }
  return step;
}

/** The step's view as URL parameters (`{"s":"beta-MnO2","sc":"3x3x2","view":"001"}`). */
export function stepParameters(
  step: LessonStep,
  defaults: SubjectDefaults,
): Record<string, string> {
  const search = viewStateToSearch(stepToViewState(step, defaults), { includeStructure: true });
  const params = Object.fromEntries(new URLSearchParams(search));
  if (step.subject.kind === 'cif') {
    delete params.s; // a user's file has no bundled id; the lesson names it instead
    return { cif: step.subject.file, ...params };
  }
  return params;
}
