/**
 * Atom columns seen down a zone axis [uvw]: the conventional cell projected onto the screen
 * plane, positions folded into one cell of the projected 2D lattice, atoms at the same
 * projected spot merged into a column. A column's weight per unit length is
 * Σ occupancy · Z^n over its atoms in one repeat t = u·a + v·b + w·c, divided by |t|.
 * This is the schematic incoherent-imaging picture (HAADF ∝ Z^n, n ≈ 1.7), not a multislice
 * calculation: channelling, probe spreading and thickness are not modelled.
 */
import { atomicNumber } from '../crystal/elements';
import type { Lattice, Vec3 } from '../crystal/types';
import { directionVector } from './reciprocal';
import type { Scatterers } from './scatterers';
import { onScreen, primitiveDirection, type ScreenFrame, screenFrame } from './zone';

export type StemMode = 'haadf' | 'abf';
export const DEFAULT_EXPONENT: Record<StemMode, number> = { haadf: 1.7, abf: 0.6 };
/** Atoms whose projections are closer than this share a column (Å). */
const SAME_COLUMN = 0.1;
const SEARCH = 6; // lattice-vector indices tried when looking for the projected 2D cell

export interface Column {
  /** Screen position in Å inside the projected cell. */
  position: [number, number];
  /** Occupancy per repeat of each element in the column. */
  elements: Record<string, number>;
  /** Σ occ·Z^n / |t| normalised to the brightest column = 1. */
  intensity: number;
  /** Σ occ·Z^n / |t| before normalising (Å⁻¹). */
  weight: number;
}

export interface ColumnProjection {
  zone: Vec3;
  frame: ScreenFrame;
  /** The projected 2D cell: two screen vectors in Å. */
  repeat: [[number, number], [number, number]];
  /** Length of one repeat along the beam, |t| (Å). */
  length: number;
  exponent: number;
  columns: Column[];
}

export interface ProjectionOptions {
  mode?: StemMode;
  exponent?: number;
  up?: Vec3;
}

type V2 = [number, number];

/** Two shortest independent projected lattice vectors spanning area V/|t| (a 2D basis). */
function projectedBasis(lattice: Lattice, frame: ScreenFrame, area: number): [V2, V2] {
  const candidates: V2[] = [];
  for (let i = -SEARCH; i <= SEARCH; i++) {
    for (let j = -SEARCH; j <= SEARCH; j++) {
      for (let k = -SEARCH; k <= SEARCH; k++) {
        const p = onScreen(frame, directionVector(lattice, [i, j, k]));
        if (Math.hypot(p[0], p[1]) > 1e-6) candidates.push(p);
      }
    }
  }
  candidates.sort((p, q) => Math.hypot(...p) - Math.hypot(...q));
  // The first vector points right (or up when vertical), so the cell starts at the origin
  // and extends towards +x, +y as a textbook projection does.
  const c0 = candidates[0];
  const first: V2 = c0[0] > 1e-6 || (Math.abs(c0[0]) <= 1e-6 && c0[1] > 0) ? c0 : [-c0[0], -c0[1]];
  for (const p of candidates) {
    const cross = first[0] * p[1] - first[1] * p[0];
    if (Math.abs(Math.abs(cross) - area) < 1e-6 * area) {
      // Right-handed pair, so that folding into the cell is consistent.
      return cross > 0 ? [first, p] : [first, [-p[0], -p[1]]];
    }
  }
  throw new Error('no projected 2D cell found: zone index too high');
}

function fold(p: V2, basis: [V2, V2]): V2 {
  const [e1, e2] = basis;
  const det = e1[0] * e2[1] - e1[1] * e2[0];
  let s = (p[0] * e2[1] - p[1] * e2[0]) / det;
  let t = (e1[0] * p[1] - e1[1] * p[0]) / det;
  s -= Math.floor(s + 1e-9);
  t -= Math.floor(t + 1e-9);
  return [s * e1[0] + t * e2[0] + 0, s * e1[1] + t * e2[1] + 0];
}

function sameSpot(p: V2, q: V2, basis: [V2, V2]): boolean {
  // Compare modulo the 2D lattice: the difference folded must be near a lattice point.
  const d = fold([p[0] - q[0], p[1] - q[1]], basis);
  const [e1, e2] = basis;
  for (const [i, j] of [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ]) {
    const x = d[0] - i * e1[0] - j * e2[0];
    const y = d[1] - i * e1[1] - j * e2[1];
    if (Math.hypot(x, y) < SAME_COLUMN) return true;
  }
  return false;
}

export function projectColumns(sc: Scatterers, zoneIn: Vec3, options: ProjectionOptions = {}) {
  const zone = primitiveDirection(zoneIn);
  const mode = options.mode ?? 'haadf';
  const exponent = options.exponent ?? DEFAULT_EXPONENT[mode];
  const frame = screenFrame(sc.lattice, zone, options.up);
  const length = Math.hypot(...directionVector(sc.lattice, zone));
  const basis = projectedBasis(sc.lattice, frame, sc.lattice.volume / length);
  const found: { p: V2; elements: Record<string, number>; sum: number }[] = [];
  const m = sc.lattice.matrix;
  for (let i = 0; i < sc.count; i++) {
    const f = [sc.frac[3 * i], sc.frac[3 * i + 1], sc.frac[3 * i + 2]];
    const cart: Vec3 = [0, 1, 2].map(
      (k) => f[0] * m[k] + f[1] * m[3 + k] + f[2] * m[6 + k],
    ) as Vec3;
    const p = fold(onScreen(frame, cart), basis);
    let col = found.find((c) => sameSpot(c.p, p, basis));
    if (!col) {
      col = { p, elements: {}, sum: 0 };
      found.push(col);
    }
    const occ = sc.occupancy[i];
    if (occ <= 0) continue;
    col.elements[sc.element[i]] = (col.elements[sc.element[i]] ?? 0) + occ;
    col.sum += occ * atomicNumber(sc.element[i]) ** exponent;
  }
  const top = found.reduce((mx, c) => Math.max(mx, c.sum), 0) || 1;
  const columns: Column[] = found
    .filter((c) => c.sum > 0)
    .map((c) => ({
      position: c.p,
      elements: c.elements,
      intensity: c.sum / top,
      weight: c.sum / length,
    }));
  return { zone, frame, repeat: basis, length, exponent, columns } satisfies ColumnProjection;
}
