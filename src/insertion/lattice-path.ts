/**
 * The lattice as a function of x: piecewise linear in (a, b, c, α, β, γ) through the keyframe
 * cells and the scenario's measured `latticeTable` points. At a keyframe's x it is that
 * keyframe CIF's cell exactly (the keyframe wins over a table point at the same x).
 */
import { latticeFromParams } from '../crystal/lattice';
import { type Diagnostic, fail, ok, type Result } from '../crystal/result';
import type { Lattice, LatticeParams } from '../crystal/types';
import type { LatticePoint } from './types';

/** Two x values closer than this are the same point (x units). */
export const X_EPS = 1e-9;

export type LatticeSource = 'keyframe' | 'table' | 'interpolated';

export interface LatticeNode {
  x: number;
  params: LatticeParams;
  source: 'keyframe' | 'table';
  /** The keyframe's lattice object (exact), or the table point's, built once. */
  lattice: Lattice;
}

export interface LatticeAt {
  lattice: Lattice;
  source: LatticeSource;
}

const PARAMS = ['a', 'b', 'c', 'alpha', 'beta', 'gamma'] as const;

/** Nodes sorted by ascending x; table points at a keyframe's x are dropped with a warning. */
export function latticeNodes(
  keyframes: { x: number; lattice: Lattice }[],
  table: LatticePoint[] | undefined,
  warnings: Diagnostic[],
): Result<LatticeNode[]> {
  const nodes: LatticeNode[] = keyframes.map((k) => ({
    x: k.x,
    params: k.lattice,
    source: 'keyframe',
    lattice: k.lattice,
  }));
  for (const [i, p] of (table ?? []).entries()) {
    if (keyframes.some((k) => Math.abs(k.x - p.x) < X_EPS)) {
      warnings.push({
        message: `latticeTable[${i}]: x = ${p.x} is a keyframe; the keyframe CIF's cell is used`,
      });
      continue;
    }
    const lattice = latticeFromParams(p);
    if (!lattice.ok) return fail(`latticeTable[${i}]: ${lattice.error.message}`);
    nodes.push({ x: p.x, params: p, source: 'table', lattice: lattice.value });
  }
  return ok(nodes.sort((u, v) => u.x - v.x));
}

/** Index i of the node interval [i, i+1] holding x (x clamped to the node range). */
function bracket(nodes: LatticeNode[], x: number): number {
  let i = 0;
  while (i < nodes.length - 2 && x >= nodes[i + 1].x) i++;
  return i;
}

/** The lattice at x; its source says whether x is a node (measured) or between nodes. */
export function latticeAt(nodes: LatticeNode[], x: number): LatticeAt {
  const i = bracket(nodes, x);
  const [u, v] = [nodes[i], nodes[i + 1]];
  if (Math.abs(x - u.x) < X_EPS) return { lattice: u.lattice, source: u.source };
  if (Math.abs(x - v.x) < X_EPS) return { lattice: v.lattice, source: v.source };
  const t = Math.min(1, Math.max(0, (x - u.x) / (v.x - u.x)));
  const p = {} as LatticeParams;
  for (const k of PARAMS) p[k] = u.params[k] + t * (v.params[k] - u.params[k]);
  const lattice = latticeFromParams(p);
  // Blended angles of two valid cells can fail to close a cell only for pathological
  // triclinic pairs; hold the nearer node's cell rather than return NaN geometry.
  if (!lattice.ok) return { lattice: (t < 0.5 ? u : v).lattice, source: 'interpolated' };
  return { lattice: lattice.value, source: 'interpolated' };
}
