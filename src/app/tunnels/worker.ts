/// <reference lib="webworker" />
/**
 * The tunnel finder's Web Worker: the channel analysis (a grid of the free space, ~0.1–1 s)
 * runs here so the page keeps drawing while a structure's tunnel labels are worked out.
 */
import type { TunnelSize } from '../../crystal/tunnels';
import { findTunnels } from '../../voids/tunnel-sizes';
import type { WorkerReply } from '../latest-job-worker';
import type { TunnelJob } from './client';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<{ id: number; job: TunnelJob }>) => {
  const { id, job } = e.data;
  let reply: WorkerReply<TunnelSize[]>;
  try {
    reply = { id, kind: 'done', answer: findTunnels(job.crystal, job.cell) };
  } catch {
    reply = { id, kind: 'failed' };
  }
  scope.postMessage(reply);
};
