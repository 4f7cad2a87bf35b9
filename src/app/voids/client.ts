/**
 * Runs the Sites & channels analysis off the page: one worker, the newest job wins. Where a
 * worker cannot start or fails (a page opened from file://, a reply that cannot be sent) the
 * analysis runs on the page after the next frame instead; the answer is the same.
 */
import { type AnalysisOptions, analyse, type VoidAnalysis } from '../../voids/analyse';
import type { AtomSet } from '../../voids/framework';
import { ensureSymmetryTables } from '../symmetry-tables';
import type { VoidsJob, VoidsReply } from './job';

export interface VoidsAnswer {
  analysis: VoidAnalysis;
  ms: number;
  where: 'worker' | 'page';
}

interface Pending {
  job: VoidsJob;
  finish: (answer: VoidsAnswer) => void;
}

let worker: Worker | null | undefined; // null: no worker here, analyse on the page
let pending: Pending | null = null;
let nextId = 1;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<VoidsReply>) => {
      if (!pending || e.data.id !== pending.job.id) return; // an older job's late answer
      if (e.data.kind === 'failed') return fallBack();
      const { finish } = pending;
      pending = null;
      finish({ analysis: e.data.analysis, ms: e.data.ms, where: 'worker' });
    };
    w.onerror = (e) => {
      e.preventDefault(); // handled: the page does the job itself
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
  if (pending) void onPage(pending);
}

async function onPage(p: Pending) {
  await ensureSymmetryTables();
  await new Promise((resolve) => requestAnimationFrame(resolve)); // the panel paints first
  if (pending !== p) return; // a newer job replaced it
  pending = null;
  const started = performance.now();
  const analysis = analyse(p.job.atoms, p.job.options);
  p.finish({ analysis, ms: performance.now() - started, where: 'page' });
}

/** The analysis of `atoms`; a newer call leaves this one unanswered. */
export function analyseOffPage(atoms: AtomSet, options: AnalysisOptions): Promise<VoidsAnswer> {
  return new Promise((finish) => {
    const job: VoidsJob = { id: nextId++, atoms, options };
    pending = { job, finish };
    const w = startWorker();
    if (!w) return void onPage(pending);
    try {
      w.postMessage(job);
    } catch {
      fallBack(); // the atoms could not be cloned: analyse here
    }
  });
}
