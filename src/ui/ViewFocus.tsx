/**
 * The 3D view as a keyboard and screen-reader user meets it: one focusable element named for
 * what is shown (structure or scenario, direction, supercell, style), a live region that
 * announces changes of view and the selected atom, and the key hint. Reached with Tab, the
 * view takes the arrow keys and +/− (src/scene/KeyboardCamera.tsx); focused by a click it
 * leaves them to the timeline, as before.
 */
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { nearestNeighbours } from '../crystal/model';
import { catalogueEntry } from '../state/catalogue';
import { frameAtShared } from '../state/frame-cache';
import { describeScenarioAtom } from '../state/scenario-atom';
import { type AppState, useApp } from '../state/store';
import { describeAtom, describeView } from './view-description';
import './view-focus.css';

const LOADING = '3D view (loading)';

function viewLabel(s: AppState): string {
  const scenario = s.scenarioId ? s.loadedScenario : null;
  const loaded = s.loaded;
  let title: string | undefined;
  if (scenario) title = scenario.path.scenario.title;
  else if (loaded)
    title =
      loaded.source.kind === 'bundled'
        ? (catalogueEntry(loaded.source.id)?.title ?? loaded.crystal.name)
        : `${loaded.source.name} · ${loaded.crystal.name}`;
  if (!title) return LOADING;
  return describeView({
    title,
    scenario: Boolean(scenario),
    view: s.view,
    supercell: s.supercell,
    style: s.style,
    projection: s.projection,
  });
}

/** The selected atom as a sentence, or null with nothing selected. */
function useSelectionText(): string | null {
  const selection = useApp((s) => s.selection);
  const loaded = useApp((s) => s.loaded);
  const scenario = useApp((s) => (s.scenarioId ? s.loadedScenario : null));
  // The Wyckoff letters arrive with the space-group tables, after the first frame.
  const tables = useApp((s) => s.symmetryTables);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the tables fill site.wyckoff in place
  return useMemo(() => {
    if (!selection) return null;
    if (scenario) {
      const frame = frameAtShared(scenario.path, useApp.getState().x ?? scenario.path.xs[0]);
      const info = describeScenarioAtom(scenario, selection, frame);
      if (!info) return null;
      return describeAtom({
        kind: info.kind === 'guest' ? 'guest ion' : 'atom',
        label: info.label,
        species: [{ element: info.element, oxidation: info.oxidation }],
        frac: info.frac,
        nearest: info.neighbours[0] ?? null,
      });
    }
    if (!loaded || selection.atom >= loaded.model.atoms.count) return null;
    const { crystal, cell, model } = loaded;
    const site = crystal.sites[model.atoms.site[selection.atom]];
    const cellAtom = model.atoms.cellAtom[selection.atom];
    const near = nearestNeighbours(crystal, cell, { atom: cellAtom }, 1);
    return describeAtom({
      kind: 'atom',
      label: site.label,
      species: site.species,
      wyckoff: site.wyckoff,
      frac: [0, 1, 2].map((k) => cell.frac[3 * cellAtom + k]),
      nearest: near.ok ? (near.value[0] ?? null) : null,
    });
  }, [selection, loaded, scenario, tables]);
}

export function ViewFocus({ children }: { children: ReactNode }) {
  const label = useApp(viewLabel);
  const byPointer = useRef(false);
  return (
    <div
      className="view-focus"
      data-view-focus=""
      role="application"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a widget that takes its own keys (arrows, +/−)
      tabIndex={0}
      aria-label={label}
      aria-describedby="view-keys"
      onPointerDown={(e) => {
        if (document.activeElement !== e.currentTarget) byPointer.current = true;
      }}
      onFocus={(e) => {
        if (e.target !== e.currentTarget) return;
        e.currentTarget.dataset.keys = byPointer.current ? 'off' : 'on';
        byPointer.current = false;
      }}
      onBlur={(e) => {
        if (e.target === e.currentTarget) e.currentTarget.dataset.keys = 'off';
      }}
    >
      {children}
      <p className="view-keys" id="view-keys">
        <kbd>←</kbd> <kbd>↑</kbd> <kbd>↓</kbd> <kbd>→</kbd> rotate · <kbd>+</kbd> <kbd>−</kbd> zoom
        · <kbd>0</kbd> reset view
      </p>
      <ViewAnnouncer label={label} />
    </div>
  );
}

/** Says what changed: the view (after the first) and each newly selected atom. */
function ViewAnnouncer({ label }: { label: string }) {
  const selectionText = useSelectionText();
  const [message, setMessage] = useState('');
  const previous = useRef(LOADING);
  useEffect(() => {
    // The first view needs no announcement: the name says it when the view is reached.
    if (previous.current !== LOADING) setMessage(label);
    previous.current = label;
  }, [label]);
  useEffect(() => {
    if (selectionText) setMessage(selectionText);
  }, [selectionText]);
  return (
    <p className="sr-only" role="status" data-testid="view-announcer">
      {message}
    </p>
  );
}
