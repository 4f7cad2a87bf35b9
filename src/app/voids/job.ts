/** Messages between the page and the site analysis's worker (plain data, structured clone). */
import type { AnalysisOptions, VoidAnalysis } from '../../voids/analyse';
import type { AtomSet } from '../../voids/framework';

export interface VoidsJob {
  id: number;
  atoms: AtomSet;
  options: AnalysisOptions;
}

export type VoidsReply =
  | { id: number; kind: 'done'; analysis: VoidAnalysis; ms: number }
  | { id: number; kind: 'failed'; reason: string };
