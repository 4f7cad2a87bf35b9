/// <reference lib="webworker" />
/**
 * The Sites & channels analysis's Web Worker: the free-space grid, percolation sweep and site
 * search (≈0.1 s for α-MnO₂, over a second for a ~200-atom cell or a scenario frame with no
 * symmetry to merge by) run here so the page keeps drawing and answering. It loads the
 * space-group tables itself (sites are merged and lettered by symmetry).
 */
import wasmUrl from '@spglib/moyo-wasm/moyo_wasm_bg.wasm?url';
import { initMoyo } from '../../crystal/symmetry/moyo';
import { analyse } from '../../voids/analyse';
import type { VoidsJob, VoidsReply } from './job';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const tables = initMoyo({ module_or_path: wasmUrl });

scope.onmessage = async (e: MessageEvent<VoidsJob>) => {
  const { id, atoms, options } = e.data;
  const post = (m: VoidsReply) => scope.postMessage(m);
  try {
    await tables;
    const started = performance.now();
    const analysis = analyse(atoms, options);
    post({ id, kind: 'done', analysis, ms: performance.now() - started });
  } catch (err) {
    post({ id, kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
  }
};
