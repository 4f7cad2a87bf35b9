/**
 * Runs the channel and site analysis (src/voids) for what is on screen while the Sites &
 * channels panel is open, and puts it in the store for the panel and the overlays.
 *
 * - A structure: once per crystal, probe and mobile set.
 * - A scenario: the framework at x, recomputed when x settles (SETTLE_MS after the last change,
 *   never while playing), not per animation frame.
 * The analysis itself runs in a Web Worker (src/app/voids/): ≈ 0.1 s for α-MnO₂, but over a
 * second for a ~200-atom cell or a scenario frame between keyframes (no symmetry to merge by).
 * Each run is deferred by a timer so the panel opens (or the slider lets go) before it starts,
 * and an answer that arrives after the subject, probe, mobile set or x changed is dropped.
 */

import type { Crystal } from '../crystal/types';
import { buildInsertionPath } from '../insertion/path';
import type { InsertionPath } from '../insertion/path-types';
import { frameAtShared } from '../state/frame-cache';
import type { LoadedScenario } from '../state/loaded-scenario';
import type { SiteSelection } from '../state/sites-state';
import { type AppState, useApp } from '../state/store';
import { type AnalysisOptions, siteDistance, type VoidAnalysis } from '../voids/analyse';
import { atomsFromFrame } from '../voids/frame-atoms';
import { type AtomSet, atomsFromCrystal } from '../voids/framework';
import { needSymmetryTables, symmetryTablesReady } from './symmetry-tables';
import { analyseOffPage } from './voids/client';

const SETTLE_MS = 250;
/** Å: a selected site still "the same" after a new x when a copy is this close. */
const SAME_SITE_AFTER_X = 0.5;

let timer: ReturnType<typeof setTimeout> | null = null;
/** Counts scheduled runs: an answer for an older one is stale. */
let generation = 0;
let cellPath: { scenario: LoadedScenario; path: InsertionPath | null } | null = null;

/** What the analysis depends on, x aside; a change clears the picked site and placed ions. */
function subjectOf(s: AppState): object | null {
  if (!s.sites) return null;
  if (s.scenarioId) return s.loadedScenario;
  return s.loaded?.crystal ?? null;
}

/** The scenario's path for one cell (atomsFromFrame needs it), built once per scenario. */
function pathForOneCell(scenario: LoadedScenario): InsertionPath | null {
  if (cellPath?.scenario !== scenario) {
    const built = buildInsertionPath(
      scenario.path.scenario,
      scenario.keyframeCrystals as Crystal[],
      [1, 1, 1],
    );
    cellPath = { scenario, path: built.ok ? built.value : null };
  }
  return cellPath.path;
}

/** What to analyse now: the framework on screen and the panel's options, or null. */
function job(): { atoms: AtomSet; options: AnalysisOptions } | null {
  const s = useApp.getState();
  if (!s.sites) return null;
  const options = { probe: s.probe, mobile: s.mobile };
  if (s.scenarioId) {
    const sc = s.loadedScenario;
    if (!sc) return null;
    const path = pathForOneCell(sc);
    if (!path) return null;
    const frame = frameAtShared(path, s.x ?? path.xs[0]);
    return { atoms: atomsFromFrame(path, frame, sc.keyframeCrystals as Crystal[]), options };
  }
  const loaded = s.loaded;
  if (!loaded) return null;
  return { atoms: atomsFromCrystal(loaded.crystal, loaded.cell), options };
}

/** The picked site in a new analysis of the same structure (a new x), or null. */
function carrySelection(sel: SiteSelection | null, a: VoidAnalysis): SiteSelection | null {
  if (!sel) return null;
  const f = sel.frac;
  let best: { site: number; d: number } | null = null;
  a.sites.forEach((site, i) => {
    for (const c of site.copies) {
      const d = siteDistance(a.framework, c, f);
      if (!best || d < best.d) best = { site: i, d };
    }
  });
  const found = best as { site: number; d: number } | null;
  return found && found.d < SAME_SITE_AFTER_X ? { site: found.site, frac: sel.frac } : null;
}

function schedule(delay: number, keepSelection: boolean) {
  if (timer) clearTimeout(timer);
  const mine = ++generation;
  timer = setTimeout(() => {
    timer = null;
    // Wyckoff letters and symmetry merging need the space-group tables, which load after
    // the first frame: ask for them now and run once they are in.
    if (useApp.getState().sites && !symmetryTablesReady()) {
      void needSymmetryTables().then(() => schedule(0, keepSelection));
      return;
    }
    const next = job();
    if (!next) {
      useApp.setState({ voids: null, siteSelection: null });
      return;
    }
    void analyseOffPage(next.atoms, next.options).then(({ analysis, ms, where }) => {
      if (mine !== generation || !useApp.getState().sites) return; // asked again meanwhile
      const sel = useApp.getState().siteSelection;
      useApp.setState({
        voids: analysis,
        voidsRun: { ms, where },
        siteSelection: keepSelection ? carrySelection(sel, analysis) : null,
      });
    });
  }, delay);
}

export function startVoidsRun() {
  if (subjectOf(useApp.getState())) schedule(0, false);
  useApp.subscribe((s, prev) => {
    const subject = subjectOf(s);
    if (subject !== subjectOf(prev)) {
      useApp.setState({ siteSelection: null, placedIons: [] });
      if (!subject) {
        if (timer) clearTimeout(timer);
        generation++; // an answer still on its way is for a closed panel
        useApp.setState({ voids: null });
      } else schedule(0, false);
      return;
    }
    if (!subject) return;
    if (s.probe !== prev.probe || s.mobile !== prev.mobile) schedule(0, false);
    else if (s.scenarioId && !s.playing && (s.x !== prev.x || prev.playing))
      schedule(SETTLE_MS, true);
  });
}
