/**
 * The free path of a channel, for drawing it as a tube: a closed polyline through one period of
 * each channel copy along each of its directions.
 *
 * Choice: the ridge of the free-space field. The period is cut into thin slices across the
 * direction u (by a lattice functional φ(f) = h·f with integer h and h·u = 1, so a slice is
 * well defined on the periodic cell and a channel copy, winding once along u, crosses each slice
 * once), and in each slice the grid point of the copy with the largest free distance is taken.
 * Those points, unwrapped into one continuous strand (each the lattice image nearest the one
 * before) and closed by the first point plus u, are the line where the largest sphere sits as it
 * travels: through the cage centres and window centres, and through the bottleneck's slice at
 * the bottleneck point. A grid point is within the field's error bound of the ridge.
 */
import { minimumImage } from '../crystal/lattice';
import type { Vec3 } from '../crystal/types';
import type { VoidAnalysis } from './analyse';
import { cartOf } from './exact';
import { gridFrac } from './sites';

export interface ChannelPath {
  /** Index into the analysis' channels. */
  channel: number;
  direction: [number, number, number];
  /**
   * Fractional points of one period, unwrapped (consecutive points are neighbours in space);
   * the last is the first plus `direction`, so the strand closes on its own next period.
   */
  points: Vec3[];
  /** Free radius at each point (Å). */
  free: number[];
}

/** Integers h with h·u = 1, for u with gcd 1 (extended Euclid over the components). */
export function unitFunctional(u: readonly number[]): [number, number, number] {
  // ext(a, b) → [g, x, y] with a·x + b·y = g = gcd(a, b) (g ≥ 0).
  const ext = (a: number, b: number): [number, number, number] => {
    if (b === 0) return a < 0 ? [-a, -1, 0] : [a, 1, 0];
    const [g, x, y] = ext(b, a % b);
    return [g, y, x - Math.trunc(a / b) * y];
  };
  const [g1, x1, y1] = ext(u[0], u[1]);
  const [g, x2, y2] = ext(g1, u[2]);
  if (g !== 1) throw new Error(`direction [${u.join(',')}] is not primitive`);
  return [x1 * x2 + 0, y1 * x2 + 0, y2 + 0];
}

function lengthOf(a: VoidAnalysis, u: readonly number[]): number {
  const c = cartOf(a.framework, [u[0], u[1], u[2]]);
  return Math.hypot(c[0], c[1], c[2]);
}

/** The ridge of one channel copy (component `root`) along u. */
export function ridgePath(a: VoidAnalysis, root: number, u: [number, number, number]) {
  const { field, sweep } = a;
  const h = unitFunctional(u);
  const slices = Math.max(4, Math.ceil(lengthOf(a, u) / field.spacing));
  const best = new Int32Array(slices).fill(-1);
  const labels = sweep.labels;
  const value = field.value;
  const [n0, n1, n2] = field.n;
  for (let i = 0; i < n0; i++)
    for (let j = 0; j < n1; j++) {
      const row = (i * n1 + j) * n2;
      const phiRow = (h[0] * i) / n0 + (h[1] * j) / n1;
      for (let k = 0; k < n2; k++) {
        const p = row + k;
        if (labels[p] !== root) continue;
        const phi = phiRow + (h[2] * k) / n2;
        // The slice of φ mod 1, nudged so a point exactly on a slice boundary is stable.
        const s = Math.floor((phi - Math.floor(phi) + 1e-9) * slices) % slices;
        if (best[s] < 0 || value[p] > value[best[s]]) best[s] = p;
      }
    }
  const points: Vec3[] = [];
  const free: number[] = [];
  for (let s = 0; s < slices; s++) {
    const p = best[s];
    if (p < 0) continue;
    const f = gridFrac(field, p);
    const prev = points.at(-1);
    if (prev) {
      const m = minimumImage(a.framework.lattice, prev, f);
      for (let d = 0; d < 3; d++) f[d] += m.image[d];
    }
    points.push(f);
    free.push(value[p]);
  }
  if (points.length > 0) {
    points.push([points[0][0] + u[0], points[0][1] + u[1], points[0][2] + u[2]]);
    free.push(free[0]);
  }
  return { points, free };
}

/** Every channel copy's ridge along each of its directions (cages have none). */
export function channelPaths(a: VoidAnalysis): ChannelPath[] {
  const out: ChannelPath[] = [];
  a.channels.forEach((ch, channel) => {
    if (ch.dimensionality === 0) return;
    for (const root of ch.roots)
      for (const direction of ch.directions) {
        const { points, free } = ridgePath(a, root, direction);
        if (points.length > 1) out.push({ channel, direction, points, free });
      }
  });
  return out;
}
