/**
 * Finds a structure's named tunnels off the page: one worker, the newest job wins. Where a
 * worker cannot start or fails (a page opened from file://) the analysis runs on the page,
 * after the next frame so the structure is drawn first; the answer is the same.
 */
import type { TunnelSize } from '../../crystal/tunnels';
import type { CellAtoms, Crystal } from '../../crystal/types';
import { findTunnels } from '../../voids/tunnel-sizes';
import type { TunnelJob, TunnelReply } from './job';

export interface TunnelAnswer {
  tunnels: TunnelSize[];
  ms: number;
  where: 'worker' | 'page';
}

interface Pending {
  job: TunnelJob;
  finish: (answer: TunnelAnswer) => void;
}

let worker: Worker | null | undefined; // null: no worker here, analyse on the page
let pending: Pending | null = null;
let nextId = 1;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<TunnelReply>) => {
      if (!pending || e.data.id !== pending.job.id) return; // an older job's late answer
      const { finish } = pending;
      pending = null;
      finish({ tunnels: e.data.tunnels, ms: e.data.ms, where: 'worker' });
    };
    w.onerror = (e) => {
      e.preventDefault(); // handled: the page does the job itself
      worker?.terminate();
      worker = null;
      if (pending) onPage(pending);
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

function onPage(p: Pending) {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (pending !== p) return; // a newer job replaced it
      pending = null;
      const started = performance.now();
      const tunnels = findTunnels(p.job.crystal, p.job.cell);
      p.finish({ tunnels, ms: performance.now() - started, where: 'page' });
    }, 0),
  );
}

/** The named tunnels of `crystal`; a newer call leaves this one unanswered. */
export function findTunnelsOffPage(crystal: Crystal, cell: CellAtoms): Promise<TunnelAnswer> {
  return new Promise((finish) => {
    const job: TunnelJob = { id: nextId++, crystal, cell };
    pending = { job, finish };
    const w = startWorker();
    if (w) w.postMessage(job);
    else onPage(pending);
  });
}
