/**
 * The scenario readout in one line for an embedded view: x, the formula and the change of
 * a, b, c and V from the first keyframe. Written per frame through refs, like the full one.
 */
import { useCallback, useRef } from 'react';
import type { Frame } from '../insertion/frame';
import type { LoadedScenario } from '../state/loaded-scenario';
import { formulaText, num } from './format';
import { signedPercent } from './ScenarioReadout';
import { useScenarioFrame } from './useScenarioFrame';
import './compact-readout.css';

const KEYS = [
  { key: 'a', label: 'a' },
  { key: 'b', label: 'b' },
  { key: 'c', label: 'c' },
  { key: 'volume', label: 'V' },
] as const;

export function CompactReadout({ scenario }: { scenario: LoadedScenario }) {
  const x = useRef<HTMLSpanElement>(null);
  const formula = useRef<HTMLSpanElement>(null);
  const changes = useRef<(HTMLSpanElement | null)[]>([]);
  const write = useCallback((f: Frame) => {
    if (x.current) x.current.textContent = num(f.x, 3);
    if (formula.current) formula.current.textContent = formulaText(f.formula);
    KEYS.forEach((k, i) => {
      const el = changes.current[i];
      if (el) el.textContent = signedPercent(f.change[k.key]);
    });
  }, []);
  useScenarioFrame(scenario, write);
  return (
    <div className="compact-readout" data-testid="compact-readout">
      <span className="compact-x">
        x = <span ref={x} data-testid="compact-x" />
      </span>
      <span ref={formula} className="formula compact-formula" />
      {KEYS.map((k, i) => (
        <span key={k.key} className="compact-change">
          <i>{k.label}</i>{' '}
          <span
            ref={(el) => {
              changes.current[i] = el;
            }}
          />
        </span>
      ))}
    </div>
  );
}
