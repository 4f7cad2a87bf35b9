/** The Sites & channels job, shared by the page and its worker (plain data, structured clone). */
import { type AnalysisOptions, analyse, type VoidAnalysis } from '../../voids/analyse';
import type { AtomSet } from '../../voids/framework';

export interface VoidsJob {
  atoms: AtomSet;
  options: AnalysisOptions;
}

/** The analysis and how long it took (ms). */
export interface TimedAnalysis {
  analysis: VoidAnalysis;
  ms: number;
}

export function timedAnalysis({ atoms, options }: VoidsJob): TimedAnalysis {
  const started = performance.now();
  const analysis = analyse(atoms, options);
  return { analysis, ms: performance.now() - started };
}
