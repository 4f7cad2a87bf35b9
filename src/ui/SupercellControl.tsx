/** Repeats along a, b, c. Above the cap the store keeps the old supercell and says why. */
import { useApp } from '../state/store';
import { MAX_REPEAT, type Supercell } from '../state/view-state';

const AXES = ['a', 'b', 'c'] as const;

export function SupercellControl() {
  const supercell = useApp((s) => s.supercell);
  const setSupercell = useApp((s) => s.setSupercell);
  const notify = useApp((s) => s.notify);

  const change = (axis: number, value: number) => {
    if (!Number.isInteger(value) || value < 1) return;
    if (value > MAX_REPEAT) {
      notify(
        'error',
        `A supercell repeat of ${value} along ${AXES[axis]} is above the limit of ${MAX_REPEAT}.`,
      );
      return;
    }
    const next = [...supercell] as Supercell;
    next[axis] = value;
    setSupercell(next);
  };

  return (
    <section className="panel" aria-labelledby="supercell-heading">
      <h2 id="supercell-heading">Supercell</h2>
      <div className="row supercell">
        {AXES.map((axis, k) => (
          <label key={axis}>
            {axis}
            <input
              type="number"
              min={1}
              max={MAX_REPEAT}
              value={supercell[k]}
              aria-label={`Repeats along ${axis}`}
              onChange={(e) => change(k, Number(e.target.value))}
            />
          </label>
        ))}
      </div>
    </section>
  );
}
