/**
 * buildInsertionPath: scenario + keyframe Crystals → InsertionPath (path-types.ts). All the
 * matching, ordering and checking happens here, once; frame.ts only reads the result.
 */
import { composition } from '../crystal/composition';
import { expandCell } from '../crystal/expand';
import { type Diagnostic, fail, ok, type Result } from '../crystal/result';
import type { Crystal, Lattice } from '../crystal/types';
import { hostComposition, keyframeCompositionError } from './composition';
import { changeOrder, ranksOf } from './fill-order';
import { latticeNodes } from './lattice-path';
import { hostLabels, type KeyframeCell, type TrackedAtoms, trackAtoms } from './match';
import type { GuestPositions, HostAtoms, InsertionPath, Supercell } from './path-types';
import { scenarioDirection } from './scenario-checks';
import type { EntryFace, Scenario } from './types';

/** Entry points sit this far outside the supercell's entry face (conventional cells). */
export const ENTRY_OFFSET = 1;
const AXES = ['a', 'b', 'c'] as const;

/** Copies per-cell coordinates into every cell of the supercell (cell-major order). */
function replicate(frac: Float64Array, perCell: number, n: Supercell): Float32Array {
  const out = new Float32Array(3 * perCell * n[0] * n[1] * n[2]);
  let at = 0;
  for (let i = 0; i < n[0]; i++) {
    for (let j = 0; j < n[1]; j++) {
      for (let k = 0; k < n[2]; k++) {
        for (let p = 0; p < perCell; p++, at += 3) {
          out[at] = frac[3 * p] + i;
          out[at + 1] = frac[3 * p + 1] + j;
          out[at + 2] = frac[3 * p + 2] + k;
        }
      }
    }
  }
  return out;
}

function repeatEach<T extends Uint8Array | Uint16Array>(
  a: T,
  cells: number,
  make: (n: number) => T,
): T {
  const out = make(a.length * cells);
  for (let c = 0; c < cells; c++) out.set(a, c * a.length);
  return out;
}

function supercellAtoms(t: TrackedAtoms, n: Supercell): HostAtoms {
  const cells = n[0] * n[1] * n[2];
  return {
    count: t.count * cells,
    perCell: t.count,
    frac: t.frac.map((f) => replicate(f, t.count, n)),
    element: repeatEach(t.element, cells, (k) => new Uint8Array(k)),
    labelIndex: repeatEach(t.labelIndex, cells, (k) => new Uint16Array(k)),
    labels: t.labels,
  };
}

/** The scenario's entry face, else the front's, else the shortest axis (the tunnel axis). */
export function entryFace(s: Scenario, lattice: Lattice): EntryFace {
  if (s.entry) return s.entry;
  if (s.fill.kind === 'front') return { axis: s.fill.axis, from: s.fill.from };
  let axis: EntryFace['axis'] = 'c';
  // Ties prefer c, then a (hexagonal a = b < c: along a).
  for (const k of ['a', 'b'] as const) if (lattice[k] < lattice[axis] - 1e-6) axis = k;
  return { axis, from: 'low' };
}

function guestPositions(
  t: TrackedAtoms,
  s: Scenario,
  n: Supercell,
  face: EntryFace,
): GuestPositions {
  const atoms = supercellAtoms(t, n);
  const N = atoms.count;
  const order = changeOrder(
    { ...atoms, frac: Float64Array.from(atoms.frac[0]), supercell: n },
    s.fill,
    face,
  );
  const change = ranksOf(order);
  // Extraction runs the fill order backwards in x: the first to leave is the last present.
  const rank = scenarioDirection(s) > 0 ? change : change.map((r) => N - 1 - r);
  const byRank = new Uint32Array(N);
  const arriveX = new Float64Array(N);
  const startX = new Float64Array(N);
  const xMin = Math.min(...s.keyframes.map((k) => k.x));
  rank.forEach((p, g) => {
    byRank[p] = g;
    arriveX[g] = (s.fullX * (p + 0.5)) / N;
    // One ion's window before arrival, clipped at the lowest keyframe so that the keyframe
    // there (often the empty host) shows no ion half way in.
    startX[g] = Math.max((s.fullX * (p - 0.5)) / N, Math.min(xMin, arriveX[g]));
  });
  const entryAxis = AXES.indexOf(face.axis) as 0 | 1 | 2;
  const entryCoord = face.from === 'low' ? -ENTRY_OFFSET : n[entryAxis] + ENTRY_OFFSET;
  return { ...atoms, rank, byRank, arriveX, startX, entry: face, entryAxis, entryCoord };
}

function checkSupercell(n: Supercell): string | undefined {
  const bad = n.findIndex((v) => !Number.isInteger(v) || v < 1);
  return bad < 0 ? undefined : `supercell ${n.join('×')}: each repeat must be an integer ≥ 1`;
}

/** Scenario + one Crystal per keyframe (scenario order) → the precomputed insertion path. */
export function buildInsertionPath(
  scenario: Scenario,
  keyframeCrystals: Crystal[],
  supercell: Supercell,
): Result<InsertionPath> {
  const badCell = checkSupercell(supercell);
  if (badCell) return fail(badCell);
  if (keyframeCrystals.length !== scenario.keyframes.length) {
    return fail(
      `${scenario.keyframes.length} keyframes but ${keyframeCrystals.length} crystals given`,
    );
  }
  const frames: KeyframeCell[] = keyframeCrystals.map((crystal, k) => ({
    file: scenario.keyframes[k].cif,
    crystal,
    cell: expandCell(crystal),
  }));
  const warnings: Diagnostic[] = [];
  // Guests first: a guest label missing from every CIF would otherwise surface as a
  // confusing host error about the CIF's real guest label.
  const guest = trackAtoms(frames, scenario.guestSites, false);
  if (!guest.ok) return { ...guest, error: { message: `guestSites: ${guest.error.message}` } };
  const host = trackAtoms(frames, hostLabels(frames, scenario.guestSites), true);
  if (!host.ok) return host;

  const hostComp = keyframeCrystals.map((c) => hostComposition(c, scenario.guestSites));
  for (const [k, c] of keyframeCrystals.entries()) {
    const problem = keyframeCompositionError(
      scenario,
      k,
      hostComp[k],
      guest.value.count,
      composition(c),
    );
    if (problem) return fail(problem);
  }
  const lattices = keyframeCrystals.map((c) => c.lattice);
  const nodes = latticeNodes(
    scenario.keyframes.map((k, i) => ({ x: k.x, lattice: lattices[i] })),
    scenario.latticeTable,
    warnings,
  );
  if (!nodes.ok) return nodes;
  const xs = scenario.keyframes.map((k) => k.x);
  return ok(
    {
      scenario,
      direction: scenarioDirection(scenario),
      xs,
      xMin: Math.min(...xs),
      xMax: Math.max(...xs),
      supercell: [...supercell],
      cells: supercell[0] * supercell[1] * supercell[2],
      host: supercellAtoms(host.value, supercell),
      guests: guestPositions(guest.value, scenario, supercell, entryFace(scenario, lattices[0])),
      keyframeLattices: lattices,
      latticeNodes: nodes.value,
      hostComposition: hostComp,
    },
    warnings,
  );
}
