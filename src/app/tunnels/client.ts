/**
 * Finds a structure's named tunnels off the page (the channel analysis, ~0.1–1 s), in a worker
 * that answers the newest job only; on the page where no worker starts (file://).
 */
import type { TunnelSize } from '../../crystal/tunnels';
import type { CellAtoms, Crystal } from '../../crystal/types';
import { findTunnels } from '../../voids/tunnel-sizes';
import { latestJobWorker, type Where } from '../latest-job-worker';

export interface TunnelJob {
  crystal: Crystal;
  cell: CellAtoms;
}

const finder = latestJobWorker<TunnelJob, TunnelSize[]>({
  start: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  onPage: ({ crystal, cell }) => findTunnels(crystal, cell),
});

/** The named tunnels of `crystal`; a newer call leaves this one unanswered. */
export async function findTunnelsOffPage(
  crystal: Crystal,
  cell: CellAtoms,
): Promise<{ tunnels: TunnelSize[]; where: Where }> {
  const { answer, where } = await finder.run({ crystal, cell });
  return { tunnels: answer, where };
}
