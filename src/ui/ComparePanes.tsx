/**
 * The compare view's page: a row of 2–4 panes, each with its structure's name (typeset as the
 * picker does), the direction it is seen along and its channel table from src/voids. The 3D
 * picture is one canvas behind the panes (the `viewer` the app hands in), drawn into each
 * pane's slot; drag, wheel or use the camera keys on any slot and every pane follows.
 */
import { type ReactNode, useEffect, useState } from 'react';
import { showComparison } from '../state/actions';
import { catalogueEntry } from '../state/catalogue';
import { type CompareState, paneView } from '../state/compare';
import { compareEntry } from '../state/compare-catalogue';
import type { LoadedStructure } from '../state/loaded-structure';
import { useApp } from '../state/store';
import { analyse, type VoidAnalysis } from '../voids/analyse';
import { atomsFromCrystal } from '../voids/framework';
import { num } from './format';
import { FormulaText } from './Typeset';
import './compare.css';

export function ComparePanes(props: {
  compare: CompareState;
  /** The canvas drawn behind the panes, given the element that holds their slots. */
  viewer: (root: HTMLElement) => ReactNode;
}) {
  const { compare, viewer } = props;
  const loaded = useApp((s) => s.compareLoaded);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const entry = compareEntry(compare.ids);
  const ready = loaded !== null && loaded.length === compare.ids.length;
  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <header className="compare-bar">
        <h2 id="compare-heading">
          {entry ? (
            <FormulaText text={entry.title} />
          ) : (
            `Comparing ${compare.ids.length} structures`
          )}
          <span className="compare-note">
            {' '}
            · linked cameras, one scale · Df, Di: largest free and included sphere (Å)
          </span>
        </h2>
        <p className="compare-keys" id="compare-keys">
          Drag or <kbd>←</kbd> <kbd>↑</kbd> <kbd>↓</kbd> <kbd>→</kbd> turn · wheel or <kbd>+</kbd>{' '}
          <kbd>−</kbd> zoom · <kbd>0</kbd> resets
        </p>
        <button
          type="button"
          onClick={() => useApp.getState().resetCompareCamera()}
          title="Every pane back down its own tunnel axis (0 on a pane)"
        >
          Reset view
        </button>
        <button type="button" onClick={() => showComparison(null)}>
          Back to the single view
        </button>
      </header>
      <div className="compare-stage" ref={setRoot}>
        {root && ready && viewer(root)}
        <div className="compare-panes">
          {compare.ids.map((id, i) => (
            <ComparePane
              key={id}
              id={id}
              index={i}
              compareView={compare.view}
              loaded={ready ? loaded[i] : null}
            />
          ))}
        </div>
      </div>
    </section>
  );
}

function direction(d: readonly number[]): string {
  return `[${d.map((x) => (x < 0 ? `${-x}̄` : String(x))).join('')}]`;
}

function ComparePane(props: {
  id: string;
  index: number;
  compareView: CompareState['view'];
  loaded: LoadedStructure | null;
}) {
  const { id, index, compareView, loaded } = props;
  const entry = catalogueEntry(id);
  const view = entry ? paneView(compareView, entry) : null;
  return (
    <article className="compare-pane" data-structure={id} aria-label={entry?.title ?? id}>
      <h3 className="compare-name">
        <FormulaText text={entry?.title ?? id} />
      </h3>
      {view && <p className="compare-dir">down {direction(view)}</p>}
      <div
        className="compare-slot"
        data-compare-slot={index}
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a widget that takes its own keys (arrows, +/−, 0)
        tabIndex={0}
        aria-label={`${entry?.title ?? id}${view ? ` seen down ${direction(view)}` : ''}; drag or use the arrow keys to turn all panes`}
        aria-describedby="compare-keys"
      />
      {loaded ? (
        <ChannelTable loaded={loaded} index={index} />
      ) : (
        <p className="compare-wait">Building…</p>
      )}
    </article>
  );
}

/**
 * The pane's channels: each named tunnel (n×m) with its largest free (Df) and included (Di)
 * sphere diameters; a structure without named tunnels lists its channels at the default probe.
 * Measured after the panes are drawn, one pane after the other, so the picture comes first.
 */
function ChannelTable(props: { loaded: LoadedStructure; index: number }) {
  const { loaded, index } = props;
  const [result, setResult] = useState<VoidAnalysis | null>(null);
  useEffect(() => {
    setResult(null);
    const timer = window.setTimeout(
      () => setResult(analyse(atomsFromCrystal(loaded.crystal, loaded.cell))),
      150 + 100 * index,
    );
    return () => window.clearTimeout(timer);
  }, [loaded.crystal, loaded.cell, index]);
  if (!result) return <p className="compare-wait">Measuring channels…</p>;
  const rows =
    result.tunnels.length > 0
      ? result.tunnels.map((t) => ({
          key: `${t.name}${t.direction.join()}`,
          name: t.name,
          along: direction(t.direction),
          Df: t.Df,
          Di: t.Di,
        }))
      : result.channels
          .filter((c) => c.dimensionality > 0)
          .map((c) => ({
            key: c.roots.join(),
            name: c.name ?? ['cage', 'tunnel', 'layer', '3D'][c.dimensionality],
            along: c.directions.map(direction).join(' '),
            Df: c.Df,
            Di: c.Di,
          }));
  return (
    <table className="compare-channels">
      <thead>
        <tr>
          <th scope="col">tunnel</th>
          <th scope="col">along</th>
          <th scope="col" title="largest free sphere diameter (Å): what can travel through">
            Df
          </th>
          <th scope="col" title="largest included sphere diameter (Å): the widest site">
            Di
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.name}</td>
            <td>{r.along}</td>
            <td>{num(r.Df, 2)}</td>
            <td>{num(r.Di, 2)}</td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={4}>no open channel for a {num(result.probe, 2)} Å probe</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
