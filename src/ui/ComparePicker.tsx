/**
 * The bundled comparisons (2–4 structures side by side, cameras linked). A section of its own
 * below the view and supercell controls, so that at 1280×720 those stay above the fold.
 */
import { showComparison } from '../state/actions';
import { COMPARISONS } from '../state/compare-catalogue';
import { useApp } from '../state/store';
import { FormulaText } from './Typeset';

export function ComparePicker() {
  const comparing = useApp((s) => s.compare?.ids.join() ?? null);
  return (
    <section className="panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Side by side</h2>
      <div className="picker-group">
        <ul>
          {COMPARISONS.map((c) => {
            const on = c.ids.join() === comparing;
            return (
              <li key={c.ids.join()}>
                <button
                  type="button"
                  className={on ? 'picker-item active' : 'picker-item'}
                  aria-pressed={on}
                  data-compare={c.ids.join(',')}
                  title={c.blurb}
                  onClick={() => showComparison({ ids: [...c.ids], view: c.view && [...c.view] })}
                >
                  ⊞ <FormulaText text={c.title} />
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
