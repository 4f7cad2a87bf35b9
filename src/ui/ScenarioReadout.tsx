/** x, the formula and the cell at x with its change from the start; written per frame via refs. */
import { useCallback, useRef } from 'react';
import type { Frame } from '../insertion/frame';
import type { LoadedScenario } from '../state/loaded-scenario';
import { formulaText, num } from './format';
import { useScenarioFrame } from './useScenarioFrame';

const ROWS = [
  { key: 'a', label: 'a', unit: 'Å' },
  { key: 'b', label: 'b', unit: 'Å' },
  { key: 'c', label: 'c', unit: 'Å' },
  { key: 'volume', label: 'V', unit: 'Å³' },
] as const;

/** A change in percent with its sign: +1.23 %, −0.40 %, ±0.00 %. */
export function signedPercent(p: number): string {
  const r = Math.round(p * 100) / 100;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(2)} %`;
}

export function ScenarioReadout({ scenario }: { scenario: LoadedScenario }) {
  const x = useRef<HTMLSpanElement>(null);
  const formula = useRef<HTMLSpanElement>(null);
  const guests = useRef<HTMLSpanElement>(null);
  const source = useRef<HTMLSpanElement>(null);
  const values = useRef<(HTMLTableCellElement | null)[]>([]);
  const changes = useRef<(HTMLTableCellElement | null)[]>([]);

  const write = useCallback(
    (f: Frame) => {
      if (x.current) x.current.textContent = num(f.x, 3);
      if (formula.current) formula.current.textContent = formulaText(f.formula);
      if (guests.current)
        guests.current.textContent = `${f.guestsPresent} of ${scenario.path.guests.count} ${scenario.guest.element}⁺ sites filled in view`;
      if (source.current) {
        source.current.textContent =
          f.latticeSource === 'interpolated'
            ? 'cell interpolated between measured points'
            : 'cell measured at this x';
        source.current.dataset.measured = String(f.measured);
      }
      ROWS.forEach((row, k) => {
        const v = values.current[k];
        const c = changes.current[k];
        if (v)
          v.textContent = `${num(f.lattice[row.key], row.key === 'volume' ? 1 : 4)} ${row.unit}`;
        if (c) c.textContent = signedPercent(f.change[row.key]);
      });
    },
    [scenario],
  );
  useScenarioFrame(scenario, write);

  return (
    <div className="readout" data-testid="scenario-readout">
      <div className="readout-x">
        x = <span ref={x} data-testid="readout-x" /> ·{' '}
        <span ref={formula} className="formula" data-testid="readout-formula" />
      </div>
      <table>
        <tbody>
          {ROWS.map((row, k) => (
            <tr key={row.key}>
              <th>{row.label}</th>
              <td
                data-testid={`readout-${row.key}`}
                ref={(el) => {
                  values.current[k] = el;
                }}
              />
              <td
                className="change"
                ref={(el) => {
                  changes.current[k] = el;
                }}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="hint">
        <span ref={source} className="lattice-source" />
        <br />
        <span ref={guests} />
      </div>
    </div>
  );
}
