/**
 * Turns store changes into loads and builds, outside React. The one-way flow is
 * URL → store → controller → core → store.loaded → scene. A failed load or build leaves
 * `loaded` as it was and adds a notice, so the view never goes blank.
 */
import { formatDiagnostic } from '../crystal/result';
import { fitSupercell, type SupercellFit, supercellFitNotice } from '../crystal/supercell-fit';
import { formatXValue, xOutOfRange } from '../insertion/x-range';
import { parseLessonLink } from '../lesson/link';
import { catalogueEntry } from '../state/catalogue';
import type { CompareState } from '../state/compare';
import { scenarioEntry } from '../state/scenario-catalogue';
import { useApp } from '../state/store';
import type { Supercell } from '../state/view-state';
import { keepFile, keptFile } from '../storage/kept-file';
import { shortValue } from '../text/short-value';
import { loadBundledCif } from './bundled-files';
import { dropCompare, recolourCompare, showCompare } from './compare-load';
import {
  adoptEntry,
  correctEntry,
  onHistoryStep,
  openEntry,
  openingDone,
  writeHistory,
} from './history';
import { startLessonFromUrl } from './lesson-controller';
import { buildLoaded, prepareCrystal, rebuildLoaded } from './load-structure';
import { readWithProgress, stopReading } from './read/progress';
import { recolourScenario, recolourStructure } from './recolour';
import { loadScenarioForView } from './scenario-source';
import {
  loadSymmetryTablesAfterFirstFrame,
  needSymmetryTables,
  readWithTablesIfNeeded,
  symmetryTablesReady,
} from './symmetry-tables';
import { stateFromSearch } from './url-state';
import { warningsByImpact } from './warning-order';

const CANCELLED = ' was cancelled; the view is as it was.';
let request = 0; // newest request wins: a slow load finishing late must not replace a newer one

export function startController() {
  const { state, notices } = stateFromSearch(window.location.search);
  useApp.setState({ ...state, chosenView: state.view });
  openEntry(useApp.getState());
  for (const n of notices) useApp.getState().notify('warning', n);
  if (state.file !== null && !state.scenarioId) void restoreFile(state.file);
  else void showBundled(state.structureId, state.supercell);
  if (state.scenarioId) void showScenario(state.scenarioId, state.supercell);
  if (state.compare) void showCompare(state.compare);

  useApp.subscribe((s, prev) => {
    if (s.compare !== prev.compare && !sameCompare(s.compare, prev.compare)) {
      if (s.compare) void showCompare(s.compare);
      else dropCompare();
    }
    if (s.palette !== prev.palette) recolourCompare();
    if (s.scenarioId !== prev.scenarioId && s.scenarioId)
      void showScenario(s.scenarioId, s.supercell);
    else if (s.structureId !== prev.structureId) void showBundled(s.structureId, s.supercell);
    else if (s.supercell !== prev.supercell) {
      // A size already on screen (a fitted link, a refused change put back) needs no build.
      if (s.scenarioId) {
        const shown = s.loadedScenario?.id === s.scenarioId ? s.loadedScenario.path : null;
        if (!sameSize(shown?.supercell, s.supercell)) void showScenario(s.scenarioId, s.supercell);
      } else if (!sameSize(s.loaded?.scene.supercell, s.supercell)) rebuild();
    } else if (s.alkaliPolyhedra !== prev.alkaliPolyhedra && !s.scenarioId) rebuild();
    else if (s.palette !== prev.palette) recolour();
    // A picked atom's Wyckoff letter: the tables now, if the background load has not begun.
    if (s.selection && s.selection !== prev.selection && !symmetryTablesReady())
      void needSymmetryTables();
    // A lesson step playing its range moves x too: the link follows it at the same pace,
    // outside the frames; so does the write when playback stops (inside the last frame).
    const moved = s.x !== prev.x;
    writeHistory(
      s,
      moved && (s.playing || s.lessonStep >= 0)
        ? 'moving'
        : moved && prev.playing
          ? 'stopped'
          : null,
    );
  });
  onHistoryStep(applyEntry);
  void startLessonFromUrl().finally(openingDone);
  loadSymmetryTablesAfterFirstFrame();
}

/** Back or Forward: show what the entry's query describes, as opening it as a link would. */
function applyEntry(search: string) {
  const { state } = stateFromSearch(search);
  const s = useApp.getState();
  // A scenario's or a file's link does not name the bundled structure: keep the one loaded.
  if (state.scenarioId || state.file !== null) state.structureId = s.structureId;
  adoptEntry({ ...s, ...state });
  useApp.setState({
    ...state,
    chosenView: state.view,
    loadedScenario: state.scenarioId ? s.loadedScenario : null,
    selection: null,
    cameraResetCount: s.cameraResetCount + 1,
    compareResetCount: s.compareResetCount + 1,
    ...lessonAt(search, s),
  });
  const fileShown = s.loaded?.source.kind === 'file';
  if (!state.scenarioId && state.file !== null) void restoreFile(state.file);
  else if (!state.scenarioId && fileShown && state.structureId === s.structureId)
    void showBundled(state.structureId, state.supercell);
}

/** The open lesson at the step an entry names (no step: before its first), if it is that lesson. */
function lessonAt(search: string, s: ReturnType<typeof useApp.getState>) {
  if (!s.lesson) return {};
  const link = parseLessonLink(search, '');
  if (link.bundled !== null && link.bundled !== s.lessonId) return {};
  if (link.step === null) return { lessonStep: -1, presenting: false };
  return {
    lessonStep: Math.min(s.lesson.steps.length - 1, link.step - 1),
    presenting: link.present,
  };
}

/**
 * A link that names the user's file: show the copy kept in this browser, or say the file is
 * not in the link and show the default structure (the entry is corrected, not added to).
 */
async function restoreFile(name: string) {
  const text = await keptFile(name);
  if (text !== null) {
    await openUserFile(name, text, undefined, { keep: false });
    return;
  }
  useApp
    .getState()
    .notify(
      'warning',
      `${shortValue(name)}: the file is not in the link — open it again (Open CIF… or drop it on the page).`,
    );
  const next = { ...useApp.getState(), file: null };
  correctEntry(next);
  useApp.setState({ file: null });
  void showBundled(next.structureId, next.supercell);
}

/** Picker action: a new id loads through the store; the same id reloads after a user file. */
export function showStructure(id: string) {
  const s = useApp.getState();
  if (s.compare) s.setCompare(null);
  if (s.scenarioId) s.closeScenario();
  if (id !== s.structureId) s.setStructure(id, catalogueEntry(id));
  else if (s.loaded?.source.kind !== 'bundled') {
    useApp.setState({ file: null });
    void showBundled(id, s.supercell);
  }
}

/**
 * Picker action for a comparison, or null to leave it: the single view's structure, camera
 * and supercell were left untouched meanwhile, so leaving shows them as they were.
 */
export function showComparison(compare: CompareState | null) {
  useApp.getState().setCompare(compare);
}

/** Picker action for a scenario. */
export function showScenarioById(id: string) {
  const s = useApp.getState();
  if (s.compare) s.setCompare(null);
  if (id !== s.scenarioId) s.setScenario(id, scenarioEntry(id));
}

async function showScenario(id: string, supercell: Supercell) {
  stopReading();
  const mine = ++request;
  useApp.setState({ busy: true });
  try {
    const before = useApp.getState();
    // A scenario newly shown (a link, the picker, Back) fits an over-cap supercell under the cap.
    const fitOverCap = before.loadedScenario?.id !== id;
    const result = await loadScenarioForView(id, supercell, before.palette, { fitOverCap });
    if (mine !== request) return;
    if (!result.ok) {
      fail(formatDiagnostic(result.error));
      const { loadedScenario } = useApp.getState();
      // Keep what was shown: the previous scenario at its supercell, or the static structure.
      if (loadedScenario)
        useApp.setState({
          scenarioId: loadedScenario.id,
          supercell: loadedScenario.path.supercell,
        });
      else {
        useApp.setState({ scenarioId: null, x: null, playing: false });
        const { loaded, structureId, supercell: size } = useApp.getState();
        if (!loaded) void showBundled(structureId, size); // a link's scenario: never a blank view
      }
      return;
    }
    const s = useApp.getState();
    const { path, supercellFit } = result.value;
    const outside = s.x === null ? null : xOutOfRange(s.x, path.xMin, path.xMax);
    if (s.x !== null && outside)
      s.notify(
        'warning',
        `Ignored URL parameter x=${formatXValue(s.x)}: ${outside}; showing x = ${formatXValue(path.xs[0])}.`,
      );
    const x = s.x === null || outside ? path.xs[0] : Math.min(path.xMax, Math.max(path.xMin, s.x));
    useApp.setState({ loadedScenario: result.value, x, selection: null });
    noteFit(supercellFit ?? null);
  } catch (e) {
    if (mine === request)
      fail(`Could not load the scenario “${id}”: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    if (mine === request) useApp.setState({ busy: false });
  }
}

async function showBundled(id: string, supercell: Supercell) {
  stopReading();
  const mine = ++request;
  useApp.setState({ busy: true });
  try {
    const text = await loadBundledCif(id);
    if (mine !== request) return;
    const prepared = await readWithTablesIfNeeded(() => prepareCrystal(text, `${id}.cif`));
    if (mine !== request) return;
    const { built, fit } = buildPrepared(prepared, { kind: 'bundled', id }, supercell);
    if (show(built)) noteFit(fit);
  } catch (e) {
    if (mine === request)
      fail(`Could not load the structure “${id}”: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    if (mine === request) useApp.setState({ busy: false });
  }
}

/**
 * Opens a user's file; `text` null means it was refused before reading (reason given). A file
 * that builds is kept in this browser (unless `keep` is false) so a reload shows it again.
 */
export async function openUserFile(
  name: string,
  text: string | null,
  refusal?: string,
  options: { keep: boolean } = { keep: true },
) {
  if (text === null) {
    fail(refusal ?? `${name}: the file could not be read.`);
    return;
  }
  const mine = ++request;
  // A notice that an earlier read was cancelled no longer applies.
  useApp.setState((s) => ({
    busy: true,
    notices: s.notices.filter((n) => !n.text.endsWith(CANCELLED)),
  }));
  try {
    // Read off the page (a Web Worker) with a progress bar and Cancel; the old view stays.
    const { supercell, alkaliPolyhedra, palette } = useApp.getState();
    const outcome = await readWithProgress(name, text, { supercell, alkaliPolyhedra, palette });
    if (mine !== request) return;
    if (outcome === 'cancelled') {
      useApp.getState().notify('info', `Reading ${name}${CANCELLED}`);
      return;
    }
    if (show(outcome.built)) {
      if (options.keep) void keepFile(name, text);
      useApp.setState({ file: name, compare: null });
      noteFit(outcome.fit);
      const now = useApp.getState(); // choices changed while reading: build again for them
      if (
        (!outcome.fit?.reduced && now.supercell !== supercell) ||
        now.alkaliPolyhedra !== alkaliPolyhedra
      )
        rebuild();
      else if (now.palette !== palette) recolour();
    }
  } finally {
    if (mine === request) useApp.setState({ busy: false, reading: null });
  }
}

/** Builds a newly read file; a supercell over the atom cap is fitted under it. */
function buildPrepared(
  prepared: ReturnType<typeof prepareCrystal>,
  source: Parameters<typeof buildLoaded>[1],
  requested: Supercell,
): { built: ReturnType<typeof buildLoaded>; fit: SupercellFit | null } {
  if (!prepared.ok) return { built: prepared, fit: null };
  const fit = fitSupercell(prepared.value.cell, requested);
  const { alkaliPolyhedra, palette } = useApp.getState();
  const supercell = fit.size;
  const built = buildLoaded(prepared.value, source, { supercell, alkaliPolyhedra, palette });
  return {
    built: built.ok ? { ...built, warnings: [...prepared.warnings, ...built.warnings] } : built,
    fit,
  };
}

/** Says that a smaller supercell than asked for is shown, and makes it the current one. */
function noteFit(fit: SupercellFit | null) {
  if (!fit?.reduced) return;
  useApp.getState().notify('warning', supercellFitNotice(fit));
  useApp.setState({ supercell: fit.size });
}

function sameCompare(a: CompareState | null, b: CompareState | null): boolean {
  return a?.ids.join() === b?.ids.join();
}

function sameSize(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

/** Puts a built structure on screen (true), or says why it could not be built (false). */
function show(result: ReturnType<typeof buildLoaded>): boolean {
  const { notify } = useApp.getState();
  if (!result.ok) {
    fail(formatDiagnostic(result.error));
    return false;
  }
  useApp.setState({ loaded: result.value, selection: null });
  const warnings = warningsByImpact(result.warnings).map(formatDiagnostic);
  if (warnings.length > 0)
    notify(
      'warning',
      warnings.length > 3
        ? `${warnings.slice(0, 3).join('\n')}\n… and ${warnings.length - 3} more`
        : warnings.join('\n'),
    );
  return true;
}

/** Rebuilds the shown structure for the current supercell and polyhedron choice. */
function rebuild() {
  const { loaded, supercell, alkaliPolyhedra, palette, structureId } = useApp.getState();
  // Nothing on screen (a load failed): load the structure afresh at the new size.
  if (!loaded) return void showBundled(structureId, supercell);
  const result = rebuildLoaded(loaded, { supercell, alkaliPolyhedra, palette });
  if (result.ok) useApp.setState({ loaded: result.value, selection: null });
  else {
    fail(formatDiagnostic(result.error));
    useApp.setState({ supercell: loaded.scene.supercell }); // keep what the user had
  }
}

/** New colours for what is on screen (structure and scenario), nothing rebuilt. */
function recolour() {
  const { loaded, loadedScenario, palette } = useApp.getState();
  useApp.setState({
    loaded: loaded && recolourStructure(loaded, palette),
    loadedScenario: loadedScenario && recolourScenario(loadedScenario, palette),
  });
}

function fail(message: string) {
  useApp.getState().notify('error', message);
}
