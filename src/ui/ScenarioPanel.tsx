/** The right-hand panel during a scenario: readout, lattice chart, keyframes and references. */
import { doiUnconfirmed } from '../insertion/doi-status';
import type { LoadedScenario } from '../state/loaded-scenario';
import { useApp } from '../state/store';
import { LatticeChart } from './LatticeChart';
import { ProvenanceTag } from './ProvenanceTag';
import { ScenarioAtom } from './ScenarioAtom';
import { ScenarioReadout } from './ScenarioReadout';
import { FormulaText } from './Typeset';

export function ScenarioPanel({ scenario }: { scenario: LoadedScenario }) {
  const { scenario: s } = scenario.path;
  const interpolatedOnly = !s.latticeTable || s.latticeTable.length === 0;
  return (
    <section className="panel scenario-panel" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading">Insertion</h2>
      <div className="scenario-title">
        <FormulaText text={s.title} />
      </div>
      <ScenarioReadout scenario={scenario} />
      <LatticeChart scenario={scenario} />
      <ScenarioAtom scenario={scenario} />
      <p className="hint">
        {interpolatedOnly
          ? 'Dots: cells measured at the keyframes. Between them the cell is interpolated linearly in x.'
          : 'Dots: measured cells (keyframes and the published table). Between them the cell is interpolated linearly.'}{' '}
        Host atoms move linearly between the keyframe structures.
      </p>
      <h2>Keyframes</h2>
      <ul className="keyframes">
        {s.keyframes.map((k, i) => (
          <li key={k.cif}>
            x = {k.x}: {k.cif.replace(/\.cif$/, '')} · {k.doi ? `doi:${k.doi}` : k.cite}
            {k.doi && doiUnconfirmed(s, k.doi) && (
              <span className="unverified"> (DOI to be confirmed)</span>
            )}{' '}
            <ProvenanceTag notes={scenario.sourceNotes[i] ?? []} />
          </li>
        ))}
      </ul>
      <h2>References</h2>
      <ul className="references">
        {s.references.map((r) => (
          <li key={r.doi ?? r.cite}>
            {r.cite}
            {r.doi && (
              <>
                .{' '}
                <a href={`https://doi.org/${r.doi}`} target="_blank" rel="noreferrer noopener">
                  doi:{r.doi}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => useApp.getState().closeScenario()}>
        Back to the static structure
      </button>
    </section>
  );
}
