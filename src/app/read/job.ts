/**
 * One user file read and built, start to finish: the same function runs in the reader's Web
 * Worker and, where no worker can start (a page opened from file://), on the page itself.
 * Messages are plain data (typed arrays are copied by structured clone).
 */
import type { ReadStage } from '../../crystal/read';
import type { Result } from '../../crystal/result';
import { fitSupercell, type SupercellFit } from '../../crystal/supercell-fit';
import type { LoadedStructure } from '../../state/loaded-structure';
import { type BuildChoices, buildLoaded, prepareCrystal } from '../load-structure';

export interface ReadJob {
  id: number;
  text: string;
  file: string;
  choices: BuildChoices;
}

/** Where a read is: the reader's stages, then building what the view draws. */
export type JobStage = ReadStage | 'build';

export type JobMessage =
  | { id: number; kind: 'progress'; stage: JobStage; fraction: number }
  | { id: number; kind: 'done'; result: JobResult }
  /** The worker itself could not work (its tables did not load): read on the page instead. */
  | { id: number; kind: 'failed'; reason: string };

/** What a job gives: the structure (or why not) and the supercell fitted under the atom cap. */
export interface JobResult {
  built: Result<LoadedStructure>;
  fit: SupercellFit | null;
}

/** Share of the whole job each stage takes (measured on a 20,000-atom P1 file in Node). */
const STAGE_SPAN: Record<JobStage, [number, number]> = {
  parse: [0, 0.3],
  sites: [0.3, 0.5],
  build: [0.5, 1],
};

/** A stage's own fraction → the fraction of the whole job. */
export function overallFraction(stage: JobStage, fraction: number): number {
  const [from, to] = STAGE_SPAN[stage];
  return from + (to - from) * Math.min(1, Math.max(0, fraction));
}

export function runReadJob(
  job: ReadJob,
  onProgress: (stage: JobStage, fraction: number) => void,
): JobResult {
  const prepared = prepareCrystal(job.text, job.file, onProgress);
  if (!prepared.ok) return { built: prepared, fit: null };
  onProgress('build', 0);
  // A supercell over the drawn-atom cap is fitted under it (the controller says so).
  const fit = fitSupercell(prepared.value.cell, job.choices.supercell);
  const choices = { ...job.choices, supercell: fit.size };
  const built = buildLoaded(prepared.value, { kind: 'file', name: job.file }, choices);
  return {
    built: built.ok ? { ...built, warnings: [...prepared.warnings, ...built.warnings] } : built,
    fit,
  };
}
