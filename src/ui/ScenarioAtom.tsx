/** The atom clicked during a scenario: what it is and what surrounds it, at the x of the click. */
import { useMemo } from 'react';
import { frameAtShared } from '../state/frame-cache';
import type { LoadedScenario } from '../state/loaded-scenario';
import { describeScenarioAtom } from '../state/scenario-atom';
import { useApp } from '../state/store';
import { fracText, ionName, num } from './format';
import { NeighbourTable } from './NeighbourTable';

export function ScenarioAtom({ scenario }: { scenario: LoadedScenario }) {
  const selection = useApp((s) => s.selection);
  const info = useMemo(() => {
    if (!selection) return null;
    const frame = frameAtShared(scenario.path, useApp.getState().x ?? scenario.path.xs[0]);
    return describeScenarioAtom(scenario, selection, frame);
  }, [scenario, selection]);
  if (!info) return <p className="hint">Click an atom or an ion to inspect it.</p>;
  return (
    <div className="inspector" data-testid="scenario-atom">
      <h2>Selected {info.kind === 'guest' ? 'guest ion' : 'atom'}</h2>
      <div className="big">
        {info.label} <span className="ion">{ionName(info.element, info.oxidation)}</span>
      </div>
      <table>
        <tbody>
          <tr>
            <th>Fractional x, y, z</th>
            <td>{fracText(info.frac)}</td>
          </tr>
          <tr>
            <th>At</th>
            <td>x = {num(info.x, 3)}</td>
          </tr>
        </tbody>
      </table>
      <NeighbourTable rows={info.neighbours} />
    </div>
  );
}
