/**
 * Tunnel labels for whatever is on screen, from the channel analysis (src/voids/tunnel-sizes.ts):
 * a bundled structure, a user's own file or a scenario's host. The analysis waits for the
 * structure's first frame (on the first load, the 3D view's first frame), then runs in a
 * worker (on the page where no worker starts), so a structure never waits for its labels;
 * they appear when the answer comes.
 */
import { expandCell } from '../crystal/expand';
import type { TunnelSize } from '../crystal/tunnels';
import type { CellAtoms, Crystal } from '../crystal/types';
import { afterFirstFrame } from '../state/first-frame';
import { type AppState, useApp } from '../state/store';
import { findTunnelsOffPage } from './tunnels/client';

interface Target {
  crystal: Crystal;
  cell?: CellAtoms;
}

let asked: Crystal | null = null;
/** Answers kept per crystal: a supercell change or a switch back asks nothing again. */
const found = new WeakMap<Crystal, TunnelSize[]>();

/** What the analysis looks at: the scenario's host, or the structure on screen. */
function shown(s: AppState): Target | null {
  if (s.scenarioId) return s.loadedScenario ? { crystal: s.loadedScenario.hostCrystal } : null;
  return s.loaded ? { crystal: s.loaded.crystal, cell: s.loaded.cell } : null;
}

function publish(crystal: Crystal, list: TunnelSize[]) {
  if (asked === crystal) useApp.setState({ tunnels: { of: crystal, list } });
}

function ask({ crystal, cell }: Target) {
  if (crystal === asked) return;
  asked = crystal;
  const known = found.get(crystal);
  if (known) {
    publish(crystal, known);
    return;
  }
  // After the frame that draws the structure: labels never hold up its first picture. On the
  // page's first load the structure is built before the 3D view's chunk has even arrived, so
  // the next animation frame is not that frame: the analysis (a worker busy on the second
  // core, which the GPU process and the renderer need) waits for the view's first frame.
  afterFirstFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (asked !== crystal) return;
        void findTunnelsOffPage(crystal, cell ?? expandCell(crystal)).then((answer) => {
          found.set(crystal, answer.tunnels);
          publish(crystal, answer.tunnels);
        });
      }, 0),
    ),
  );
}

/** True while the tunnels of what is on screen are still being found (exports wait). */
export function tunnelsPending(): boolean {
  const s = useApp.getState();
  const t = shown(s);
  return t !== null && s.tunnels?.of !== t.crystal;
}

export function startTunnelFinder() {
  const first = shown(useApp.getState());
  if (first) ask(first);
  useApp.subscribe((s, prev) => {
    if (
      s.loaded === prev.loaded &&
      s.loadedScenario === prev.loadedScenario &&
      s.scenarioId === prev.scenarioId
    )
      return;
    const t = shown(s);
    if (t) ask(t);
  });
}
