/// <reference lib="webworker" />
/**
 * The reader's Web Worker: a user's CIF is read and built here so the page keeps drawing.
 * It loads the space-group tables itself on the first job; Cancel terminates it.
 */
import wasmUrl from '@spglib/moyo-wasm/moyo_wasm_bg.wasm?url';
import { initMoyo } from '../../crystal/symmetry/moyo';
import { type JobMessage, type ReadJob, runReadJob } from './job';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const tables = initMoyo({ module_or_path: wasmUrl });

scope.onmessage = async (e: MessageEvent<ReadJob>) => {
  const job = e.data;
  const post = (m: JobMessage) => scope.postMessage(m);
  post({ id: job.id, kind: 'progress', stage: 'parse', fraction: 0 });
  try {
    await tables;
  } catch (err) {
    post({ id: job.id, kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
    return;
  }
  const result = runReadJob(job, (stage, fraction) =>
    post({ id: job.id, kind: 'progress', stage, fraction }),
  );
  post({ id: job.id, kind: 'done', result });
};
