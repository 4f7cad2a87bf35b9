/** x, the formula and the cell at x with its change from the start; written per frame via refs. */
import { useCallback, useRef } from 'react';
import './modelled-tags.css';
import type { Frame } from '../insertion/frame';
import type { LoadedScenario } from '../state/loaded-scenario';
import { formulaText, num } from './format';
import { useScenarioFrame } from './useScenarioFrame';

const LENGTHS = [
  { key: 'a', label: 'a', unit: 'Å' },
  { key: 'b', label: 'b', unit: 'Å' },
  { key: 'c', label: 'c', unit: 'Å' },
  { key: 'volume', label: 'V', unit: 'Å³' },
] as const;
/** β, shown when a keyframe is monoclinic; its change is in degrees, not per cent. */
const BETA = { key: 'beta', label: 'β', unit: '°' } as const;
type Row = (typeof LENGTHS)[number] | typeof BETA;

function degrees(d: number): string {
  const r = Math.round(d * 100) / 100;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(2)}°`;
}

/** A change in percent with its sign: +1.23 %, −0.40 %, ±0.00 %. */
export function signedPercent(p: number): string {
  const r = Math.round(p * 100) / 100;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(2)} %`;
}

export function ScenarioReadout({ scenario }: { scenario: LoadedScenario }) {
  const { path } = scenario;
  const monoclinic = path.keyframeLattices.some((l) => Math.abs(l.beta - 90) > 1e-6);
  const rows: readonly Row[] = monoclinic ? [...LENGTHS, BETA] : LENGTHS;
  const beta0 = path.keyframeLattices[0].beta;
  const modelled = path.scenario.modelled ?? [];
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
      rows.forEach((row, k) => {
        const v = values.current[k];
        const c = changes.current[k];
        const digits = row.key === 'volume' ? 1 : row.key === 'beta' ? 2 : 4;
        if (v) v.textContent = `${num(f.lattice[row.key], digits)} ${row.unit}`;
        if (c)
          c.textContent =
            row.key === 'beta' ? degrees(f.lattice.beta - beta0) : signedPercent(f.change[row.key]);
      });
    },
    [scenario, rows, beta0],
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
          {rows.map((row, k) => (
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
      {modelled.length > 0 && (
        <ul className="modelled-values" data-testid="readout-modelled">
          {modelled.map((m) => (
            <li key={m.what} title={m.note}>
              <span className={`value-tag tag-${m.tag}`}>{m.tag}</span> {m.what}: {m.note}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
