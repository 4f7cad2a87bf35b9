/// <reference lib="webworker" />
/**
 * The Sites & channels analysis's Web Worker: the free-space grid, percolation sweep and site
 * search (≈0.1 s for α-MnO₂, over a second for a ~200-atom cell or a scenario frame with no
 * symmetry to merge by) run here so the page keeps drawing and answering. It loads the
 * space-group tables itself (sites are merged and lettered by symmetry).
 */
import wasmUrl from '@spglib/moyo-wasm/moyo_wasm_bg.wasm?url';
import { initMoyo } from '../../crystal/symmetry/moyo';
import type { WorkerReply } from '../latest-job-worker';
import { type TimedAnalysis, timedAnalysis, type VoidsJob } from './job';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const tables = initMoyo({ module_or_path: wasmUrl });

scope.onmessage = async (e: MessageEvent<{ id: number; job: VoidsJob }>) => {
  const { id, job } = e.data;
  let reply: WorkerReply<TimedAnalysis>;
  try {
    await tables;
    reply = { id, kind: 'done', answer: timedAnalysis(job) };
  } catch {
    reply = { id, kind: 'failed' };
  }
  scope.postMessage(reply);
};
