/** The caption of the current keyframe range, between the view and the timeline. */
import { useCallback, useRef } from 'react';
import { typesetFormulaText } from '../crystal/formula-typeset';
import type { Frame } from '../insertion/frame';
import type { LoadedScenario } from '../state/loaded-scenario';
import { useScenarioFrame } from './useScenarioFrame';

export function ScenarioCaption({ scenario }: { scenario: LoadedScenario }) {
  const box = useRef<HTMLDivElement>(null);
  const write = useCallback((f: Frame) => {
    if (!box.current) return;
    const text = typesetFormulaText(f.caption?.text ?? '');
    if (box.current.textContent !== text) box.current.textContent = text;
    // Hidden but still taking its place: the view below keeps its size.
    box.current.toggleAttribute('data-empty', text === '');
  }, []);
  useScenarioFrame(scenario, write);
  return <div ref={box} className="caption" data-testid="scenario-caption" aria-live="polite" />;
}
