/**
 * A user's file read with its progress in the store: the bar's words and fraction follow the
 * job, Cancel (from the panel, through src/state/actions.ts) stops it, and the structure comes
 * back under a key of the page.
 */

import { useApp } from '../../state/store';
import { withNewKey } from '../load-structure';
import { cancelRead, isReading, type ReadOutcome, readUserFile } from './client';
import { type JobStage, overallFraction, type ReadJob } from './job';

const STAGE_WORDS: Record<JobStage, string> = {
  parse: 'reading the text',
  sites: 'reading the atom sites and symmetry',
  build: 'building the model',
};

/** The bar's Cancel: the read stops, the bar goes; the controller says so and keeps the view. */
export function cancelReading(): void {
  if (cancelRead()) useApp.setState({ reading: null });
}

/** Stops a read that a newer request (another structure, a scenario) has replaced. */
export function stopReading(): void {
  if (isReading()) cancelRead();
  if (useApp.getState().reading) useApp.setState({ reading: null });
}

export async function readWithProgress(
  file: string,
  text: string,
  choices: ReadJob['choices'],
): Promise<ReadOutcome> {
  const chars = text.length;
  useApp.setState({ reading: { file, chars, stage: STAGE_WORDS.parse, fraction: 0 } });
  const outcome = await readUserFile(text, file, choices, (stage, fraction) => {
    const reading = useApp.getState().reading;
    if (reading?.file !== file) return;
    const stageWords = STAGE_WORDS[stage];
    const overall = overallFraction(stage, fraction);
    if (reading.stage !== stageWords || Math.abs(reading.fraction - overall) >= 0.01)
      useApp.setState({ reading: { file, chars, stage: stageWords, fraction: overall } });
  });
  if (outcome === 'cancelled' || !outcome.built.ok) return outcome;
  return { ...outcome, built: { ...outcome.built, value: withNewKey(outcome.built.value) } };
}
