/**
 * Runs the Sites & channels analysis off the page, in a worker that answers the newest job
 * only; on the page where no worker starts (file://) or the worker fails.
 */
import type { AnalysisOptions } from '../../voids/analyse';
import type { AtomSet } from '../../voids/framework';
import { latestJobWorker, type Where } from '../latest-job-worker';
import { ensureSymmetryTables } from '../symmetry-tables';
import { type TimedAnalysis, timedAnalysis, type VoidsJob } from './job';

const analyser = latestJobWorker<VoidsJob, TimedAnalysis>({
  start: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  onPage: timedAnalysis,
  beforePage: ensureSymmetryTables, // sites are merged and lettered by symmetry
});

/** The analysis of `atoms`; a newer call leaves this one unanswered. */
export async function analyseOffPage(
  atoms: AtomSet,
  options: AnalysisOptions,
): Promise<TimedAnalysis & { where: Where }> {
  const { answer, where } = await analyser.run({ atoms, options });
  return { ...answer, where };
}
