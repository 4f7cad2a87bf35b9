/**
 * A supercell asked for by a link or for a newly opened file that would draw more than
 * MAX_SUPERCELL_ATOMS: rather than show nothing, the view shows the largest block under the
 * cap that is no larger than the request along any axis. Typed changes are refused instead
 * (the old view stays), see the controller.
 */
import { MAX_SUPERCELL_ATOMS, supercellAtomCount } from './supercell';
import type { CellAtoms } from './types';

export type Size3 = [number, number, number];

export interface SupercellFit {
  requested: Size3;
  requestedAtoms: number;
  /** The size to draw: `requested` when it fits, else the reduced block. */
  size: Size3;
  atoms: number;
  reduced: boolean;
}

/**
 * Shrinks the largest repeat by one until the block fits (ties: the first axis), so the result
 * keeps the request's proportions as far as whole repeats allow. At most 3 × 20 steps of one
 * linear count each. A cell over the cap even at 1×1×1 comes back as 1×1×1 over the cap: the
 * builder then refuses it with its own message.
 */
export function fitSupercell(cell: CellAtoms, requested: readonly number[]): SupercellFit {
  const req = [requested[0], requested[1], requested[2]] as Size3;
  const requestedAtoms = supercellAtomCount(cell, req);
  const size = [...req] as Size3;
  let atoms = requestedAtoms;
  while (atoms > MAX_SUPERCELL_ATOMS && Math.max(...size) > 1) {
    const k = size.indexOf(Math.max(...size));
    size[k] -= 1;
    atoms = supercellAtomCount(cell, size);
  }
  return { requested: req, requestedAtoms, size, atoms, reduced: size.join() !== req.join() };
}

/** What the user is told when a fit was reduced. */
export function supercellFitNotice(fit: SupercellFit): string {
  const n = (v: number) => v.toLocaleString('en');
  return (
    `Supercell ${fit.requested.join('×')} would draw ${n(fit.requestedAtoms)} atoms, above the cap of ` +
    `${n(MAX_SUPERCELL_ATOMS)}: showing ${fit.size.join('×')} (${n(fit.atoms)} atoms) instead.`
  );
}
