/**
 * The named tunnels of what is on screen, found by the channel analysis after the structure
 * is drawn (src/app/tunnel-finder.ts). Held apart from the loaded structure because they
 * arrive later, and tied to the crystal they were found in, so a late answer for a structure
 * no longer shown is never drawn over the new one.
 */
import type { TunnelSize } from '../crystal/tunnels';
import type { Crystal } from '../crystal/types';

export interface FoundTunnels {
  /** The crystal analysed: the loaded structure's, or a scenario's host. */
  of: Crystal;
  list: TunnelSize[];
}

const NONE: readonly TunnelSize[] = [];

/** The tunnels found in `crystal`, or none (yet). The same empty list each time, for selectors. */
export function tunnelsOf(
  found: FoundTunnels | null,
  crystal: Crystal | null | undefined,
): readonly TunnelSize[] {
  return found && crystal && found.of === crystal ? found.list : NONE;
}
