/// <reference lib="webworker" />
/**
 * The tunnel finder's Web Worker: the channel analysis (a grid of the free space, ~0.1–1 s)
 * runs here so the page keeps drawing while a structure's tunnel labels are worked out.
 */
import { findTunnels } from '../../voids/tunnel-sizes';
import type { TunnelJob, TunnelReply } from './job';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<TunnelJob>) => {
  const { id, crystal, cell } = e.data;
  const started = performance.now();
  const tunnels = findTunnels(crystal, cell);
  const reply: TunnelReply = { id, tunnels, ms: performance.now() - started };
  scope.postMessage(reply);
};
