/** The bundled structures, grouped the way a lecture is: tunnels, layers, frameworks. */

import { showScenarioById, showStructure } from '../state/actions';
import { CATALOGUE, type CatalogueEntry } from '../state/catalogue';
import { SCENARIOS } from '../state/scenario-catalogue';
import { useApp } from '../state/store';
import { FormulaText } from './Typeset';

export function StructurePicker() {
  const currentScenario = useApp((s) => s.scenarioId);
  const current = useApp((s) =>
    s.loaded?.source.kind === 'bundled' && !s.scenarioId && !s.compare ? s.structureId : null,
  );
  const groups = new Map<string, CatalogueEntry[]>();
  for (const e of CATALOGUE) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);

  return (
    <section className="panel" aria-labelledby="picker-heading">
      <h2 id="picker-heading">Structures</h2>
      {[...groups].map(([group, entries]) => (
        <div key={group} className="picker-group">
          <h3>{group}</h3>
          <ul>
            {entries.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className={e.id === current ? 'picker-item active' : 'picker-item'}
                  aria-pressed={e.id === current}
                  data-structure={e.id}
                  title={e.blurb}
                  onClick={() => showStructure(e.id)}
                >
                  <FormulaText text={e.title} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="picker-group">
        <h3>Insertion scenarios</h3>
        <ul>
          {SCENARIOS.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={e.id === currentScenario ? 'picker-item active' : 'picker-item'}
                aria-pressed={e.id === currentScenario}
                data-scenario={e.id}
                onClick={() => showScenarioById(e.id)}
              >
                ▶ <FormulaText text={e.title} />
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
