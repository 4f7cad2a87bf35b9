/**
 * Reads a user's file off the page: one job at a time in a Web Worker, with progress and
 * Cancel. Where a worker cannot start or fails (file://, no module workers) the job runs on
 * the page instead, after one frame so the progress bar is drawn first; the result is the same.
 */
import { ensureSymmetryTables } from '../symmetry-tables';
import { type JobMessage, type JobResult, type JobStage, type ReadJob, runReadJob } from './job';

export type ReadOutcome = JobResult | 'cancelled';

interface Running {
  job: ReadJob;
  onProgress: (stage: JobStage, fraction: number) => void;
  finish: (outcome: ReadOutcome) => void;
}

let worker: Worker | null | undefined; // null: workers do not work here, read on the page
let running: Running | null = null;
let nextId = 1;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<JobMessage>) => received(e.data);
    w.onerror = (e) => {
      e.preventDefault(); // handled: the page reads the file itself
      fallBack();
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** The worker cannot do the job: stop using it and run the job in hand on the page. */
function fallBack() {
  worker?.terminate();
  worker = null;
  if (running) void readOnPage(running);
}

function received(m: JobMessage) {
  if (!running || m.id !== running.job.id) return; // a cancelled job's late message
  if (m.kind === 'progress') running.onProgress(m.stage, m.fraction);
  else if (m.kind === 'failed') fallBack();
  else {
    const { finish } = running;
    running = null;
    finish(m.result);
  }
}

async function readOnPage(r: Running) {
  await ensureSymmetryTables();
  await new Promise((resolve) => requestAnimationFrame(resolve)); // let the bar paint first
  if (running !== r) return; // cancelled meanwhile
  const result = runReadJob(r.job, r.onProgress);
  if (running !== r) return;
  running = null;
  r.finish(result);
}

/**
 * Reads and builds `text`; resolves with the structure, its error, or 'cancelled' when
 * cancelRead() (or a newer read) stopped it first.
 */
export function readUserFile(
  text: string,
  file: string,
  choices: ReadJob['choices'],
  onProgress: Running['onProgress'],
): Promise<ReadOutcome> {
  cancelRead();
  return new Promise((finish) => {
    const job: ReadJob = { id: nextId++, text, file, choices };
    running = { job, onProgress, finish };
    const w = startWorker();
    if (w) w.postMessage(job);
    else void readOnPage(running);
  });
}

/** Stops the read in hand (the worker is ended mid-job; the next read starts a new one). */
export function cancelRead(): boolean {
  if (!running) return false;
  const { finish } = running;
  running = null;
  if (worker) {
    worker.terminate();
    worker = undefined;
  }
  finish('cancelled');
  return true;
}

/** True while a read is in hand. */
export function isReading(): boolean {
  return running !== null;
}
