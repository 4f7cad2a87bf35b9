/**
 * Turns store changes into loads and builds, outside React. The one-way flow is
 * URL → store → controller → core → store.loaded → scene. A failed load or build leaves
 * `loaded` as it was and adds a notice, so the view never goes blank.
 */
import { formatDiagnostic } from '../crystal/result';
import { catalogueEntry, STRUCTURE_IDS } from '../state/catalogue';
import { SCENARIO_IDS, scenarioEntry } from '../state/scenario-catalogue';
import { useApp } from '../state/store';
import { parseViewUrl, viewStateToSearch } from '../state/url';
import type { Supercell } from '../state/view-state';
import { loadBundledCif } from './bundled-files';
import { lessonUrlParams, startLessonFromUrl } from './lesson-controller';
import { buildLoaded, prepareCrystal, rebuildLoaded } from './load-structure';
import { recolourScenario, recolourStructure } from './recolour';
import { loadScenarioForView } from './scenario-source';
import { ensureSymmetryTables } from './symmetry-tables';
import { warningsByImpact } from './warning-order';

let request = 0; // newest request wins: a slow load finishing late must not replace a newer one

export function startController() {
  const { state, notices } = parseViewUrl(window.location.search, STRUCTURE_IDS, SCENARIO_IDS);
  // A link without sc or view gets the structure's (or scenario's) own defaults.
  const given = new URLSearchParams(window.location.search);
  const entry = state.scenarioId
    ? scenarioEntry(state.scenarioId)
    : catalogueEntry(state.structureId);
  if (entry && !given.has('sc')) state.supercell = entry.supercell;
  if (entry && !given.has('view')) state.view = entry.view;
  useApp.setState({ ...state, chosenView: state.view });
  for (const n of notices) useApp.getState().notify('warning', n);
  void showBundled(state.structureId, state.supercell);
  if (state.scenarioId) void showScenario(state.scenarioId, state.supercell);

  useApp.subscribe((s, prev) => {
    if (s.scenarioId !== prev.scenarioId && s.scenarioId)
      void showScenario(s.scenarioId, s.supercell);
    else if (s.structureId !== prev.structureId) void showBundled(s.structureId, s.supercell);
    else if (s.supercell !== prev.supercell) {
      if (s.scenarioId) void showScenario(s.scenarioId, s.supercell);
      else rebuild();
    } else if (s.alkaliPolyhedra !== prev.alkaliPolyhedra && !s.scenarioId) rebuild();
    else if (s.palette !== prev.palette) recolour();
    // A lesson step playing its range moves x too: the link follows it at the same pace.
    syncUrl((s.playing || s.lessonStep >= 0) && s.x !== prev.x);
  });
  void startLessonFromUrl();
}

/** Picker action: a new id loads through the store; the same id reloads after a user file. */
export function showStructure(id: string) {
  const s = useApp.getState();
  if (s.scenarioId) s.closeScenario();
  if (id !== s.structureId) s.setStructure(id, catalogueEntry(id));
  else if (s.loaded?.source.kind !== 'bundled') void showBundled(id, s.supercell);
}

/** Picker action for a scenario. */
export function showScenarioById(id: string) {
  const s = useApp.getState();
  if (id !== s.scenarioId) s.setScenario(id, scenarioEntry(id));
}

async function showScenario(id: string, supercell: Supercell) {
  const mine = ++request;
  useApp.setState({ busy: true });
  try {
    const result = await loadScenarioForView(id, supercell, useApp.getState().palette);
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
      else useApp.setState({ scenarioId: null, x: null, playing: false });
      return;
    }
    const s = useApp.getState();
    const { path } = result.value;
    const x = s.x === null ? path.xs[0] : Math.min(path.xMax, Math.max(path.xMin, s.x));
    useApp.setState({ loadedScenario: result.value, x, selection: null });
  } catch (e) {
    if (mine === request)
      fail(`Could not load the scenario “${id}”: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    if (mine === request) useApp.setState({ busy: false });
  }
}

async function showBundled(id: string, supercell: Supercell) {
  const mine = ++request;
  useApp.setState({ busy: true });
  try {
    const [text] = await Promise.all([loadBundledCif(id), ensureSymmetryTables()]);
    if (mine !== request) return;
    show(prepareAndBuild(text, `${id}.cif`, { kind: 'bundled', id }, supercell));
  } catch (e) {
    if (mine === request)
      fail(`Could not load the structure “${id}”: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    if (mine === request) useApp.setState({ busy: false });
  }
}

/** Opens a user's file; `text` null means it was refused before reading (reason given). */
export async function openUserFile(name: string, text: string | null, refusal?: string) {
  if (text === null) {
    fail(refusal ?? `${name}: the file could not be read.`);
    return;
  }
  const mine = ++request;
  useApp.setState({ busy: true });
  try {
    await ensureSymmetryTables();
    if (mine !== request) return;
    show(prepareAndBuild(text, name, { kind: 'file', name }, useApp.getState().supercell));
  } finally {
    if (mine === request) useApp.setState({ busy: false });
  }
}

function prepareAndBuild(
  text: string,
  file: string,
  source: Parameters<typeof buildLoaded>[1],
  supercell: Supercell,
): ReturnType<typeof buildLoaded> {
  const prepared = prepareCrystal(text, file);
  if (!prepared.ok) return prepared;
  const { alkaliPolyhedra, palette } = useApp.getState();
  const built = buildLoaded(prepared.value, source, { supercell, alkaliPolyhedra, palette });
  return built.ok ? { ...built, warnings: [...prepared.warnings, ...built.warnings] } : built;
}

function show(result: ReturnType<typeof buildLoaded>) {
  const { notify } = useApp.getState();
  if (!result.ok) {
    fail(formatDiagnostic(result.error));
    return;
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
}

/** Rebuilds the shown structure for the current supercell and polyhedron choice. */
function rebuild() {
  const { loaded, supercell, alkaliPolyhedra, palette } = useApp.getState();
  if (!loaded) return;
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

let lastUrlWrite = 0;
// While playing, the link follows x every 2 s: a history write costs ~1–2 ms of a frame
// (measured by npm run bench), too much to pay every few frames.
const URL_INTERVAL_MS = 2000;

function syncUrl(playingTick: boolean) {
  const now = performance.now();
  if (playingTick && now - lastUrlWrite < URL_INTERVAL_MS) return;
  lastUrlWrite = now;
  const s = useApp.getState();
  let search = viewStateToSearch(s, { includeStructure: s.loaded?.source.kind !== 'file' });
  const lessonParams = lessonUrlParams(); // ?lesson=…&step=… beside the view
  if (lessonParams.length > 0)
    search = `${search || '?'}${search ? '&' : ''}${new URLSearchParams(lessonParams)}`;
  if (search !== window.location.search)
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
}
