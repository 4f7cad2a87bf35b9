/**
 * Repeats along a, b, c. A value that is no repeat (empty, 0, negative, fractional, above the
 * per-axis limit) is not applied: the field says why while it holds it, and on leaving the
 * field (or Enter) a notice says so and the field returns to the last good value. A size over
 * the atom cap is refused by the controller, which keeps the old supercell and says why.
 */
import { useState } from 'react';
import { readRepeat, repeatProblem } from '../state/repeat-entry';
import { useApp } from '../state/store';
import { MAX_REPEAT, type Supercell } from '../state/view-state';
import './supercell-control.css';

const AXES = ['a', 'b', 'c'] as const;

/** What one field holds while it is not a good repeat, and why. */
interface Held {
  axis: number;
  text: string;
  problem: string;
}

export function SupercellControl() {
  const supercell = useApp((s) => s.supercell);
  const setSupercell = useApp((s) => s.setSupercell);
  const notify = useApp((s) => s.notify);
  const [held, setHeld] = useState<Held | null>(null);
  const [kept, setKept] = useState<string | null>(null);

  const change = (axis: number, text: string) => {
    const entry = readRepeat(text);
    if (!entry.ok) {
      setHeld({ axis, text, problem: entry.problem });
      setKept(null);
      return;
    }
    setHeld(null);
    setKept(null);
    if (entry.value === supercell[axis]) return;
    const next = [...supercell] as Supercell;
    next[axis] = entry.value;
    setSupercell(next);
  };

  /** Leaving a field that holds a bad value: say so and show the last good value again. */
  const commit = (axis: number) => {
    if (held?.axis !== axis) return;
    const message = `${repeatProblem(AXES[axis], held.problem)}; kept ${supercell[axis]}`;
    notify('warning', `Supercell ${message}.`);
    setKept(message);
    setHeld(null);
  };

  const message = held ? `${repeatProblem(AXES[held.axis], held.problem)}.` : kept && `${kept}.`;
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
              step={1}
              value={held?.axis === k ? held.text : supercell[k]}
              aria-label={`Repeats along ${axis}`}
              aria-invalid={held?.axis === k || undefined}
              aria-describedby={message ? 'supercell-problem' : undefined}
              onChange={(e) => change(k, e.target.value)}
              onBlur={() => commit(k)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit(k);
              }}
            />
          </label>
        ))}
      </div>
      {message && (
        <p id="supercell-problem" className="supercell-problem" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
