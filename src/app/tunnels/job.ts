/** Messages between the page and the tunnel finder's worker (plain data, structured clone). */
import type { TunnelSize } from '../../crystal/tunnels';
import type { CellAtoms, Crystal } from '../../crystal/types';

export interface TunnelJob {
  id: number;
  crystal: Crystal;
  cell: CellAtoms;
}

export interface TunnelReply {
  id: number;
  tunnels: TunnelSize[];
  /** Time the analysis took (ms), for the timing note. */
  ms: number;
}
