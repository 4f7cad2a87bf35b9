/**
 * The framework of a scenario at x: the host atoms of frameAt(x), one conventional cell, as an
 * AtomSet. Between keyframes the blend need not keep the keyframes' symmetry, so operations
 * (and with them Wyckoff letters and symmetry merging) are kept only at a keyframe itself.
 */
import { elementSymbol } from '../crystal/elements';
import type { Crystal } from '../crystal/types';
import type { Frame } from '../insertion/frame';
import type { InsertionPath } from '../insertion/path-types';
import type { AtomSet } from './framework';

const AT_KEYFRAME = 1e-9; // blend weight this close to 0 or 1 is the keyframe itself

/**
 * `path` must be built for a 1×1×1 supercell; `crystals` are the scenario's keyframe crystals
 * in scenario order (for oxidation states by label and, at a keyframe, its symmetry).
 */
export function atomsFromFrame(path: InsertionPath, frame: Frame, crystals: Crystal[]): AtomSet {
  const { host } = path;
  const frac = frame.writeHostFrac(new Float32Array(3 * host.count));
  const oxidationByLabel = new Map<string, number | undefined>();
  for (const c of crystals)
    for (const s of c.sites)
      if (!oxidationByLabel.has(s.label)) oxidationByLabel.set(s.label, s.species[0]?.oxidation);
  const element: string[] = [];
  const oxidation: (number | undefined)[] = [];
  for (let i = 0; i < host.count; i++) {
    element.push(elementSymbol(host.element[i]));
    oxidation.push(oxidationByLabel.get(host.labels[host.labelIndex[i]]));
  }
  const at =
    frame.t < AT_KEYFRAME ? frame.segment : frame.t > 1 - AT_KEYFRAME ? frame.segment + 1 : -1;
  const keyframe = at >= 0 ? crystals[at] : undefined;
  return {
    lattice: frame.lattice,
    count: host.count,
    frac: Float64Array.from(frac),
    element,
    oxidation,
    ops: keyframe?.ops ?? [],
    hallNumber: keyframe?.spaceGroup.hallNumber ?? null,
  };
}
