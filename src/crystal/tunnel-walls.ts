/**
 * Is a tunnel there in the drawn block? A tunnel is its ring of wall octahedra (the ring the
 * channel analysis walks to name it, src/voids/tunnel-name.ts): the n×m name counts the
 * octahedra along those walls. A copy of the tunnel is in the picture only when every
 * octahedron of its ring is drawn; where the block's faces cut the ring (a copy on a face or a
 * corner, or a wall that runs along a face), the picture shows part of a ring or none, and a
 * label there would name a tunnel the picture does not show.
 *
 * Looking down the tunnel, each wall octahedron is a column: it is drawn when some drawn atom
 * stands on that column, anywhere along the axis. Pure arithmetic, tested in Node.
 */
import type { Vec3 } from './types';

/** Cell fractions across the axis within which a drawn atom stands on a wall column. */
const SAME_COLUMN = 0.01;
/** Key stride: a block is at most 20 cells (2,000 bins) along an axis, plus a margin. */
const STRIDE = 8192;

/** The two lattice axes across a tunnel along `axis`. */
function across(axis: number): [number, number] {
  return axis === 0 ? [1, 2] : axis === 1 ? [0, 2] : [0, 1];
}

function bin(v: number): number {
  return Math.round(v / SAME_COLUMN) + 1;
}

/** The drawn atoms' columns looking down each lattice axis asked for. */
export interface DrawnColumns {
  /** Per lattice axis, the binned column keys (absent for an axis not asked for). */
  readonly keys: readonly (Set<number> | undefined)[];
}

/**
 * Bins drawn atoms by their two coordinates across each of `axes`. `frac` holds 3 block
 * coordinates per atom (0…n along each axis); atoms with `skip(i)` true are left out (those
 * added beyond the block only to complete a polyhedron). Linear in the atom count.
 */
export function drawnColumns(
  frac: ArrayLike<number>,
  axes: readonly number[],
  skip: (i: number) => boolean = () => false,
): DrawnColumns {
  const keys: (Set<number> | undefined)[] = [undefined, undefined, undefined];
  for (const axis of axes) keys[axis] = new Set<number>();
  const n = frac.length / 3;
  for (const axis of axes) {
    const set = keys[axis] as Set<number>;
    const [p, q] = across(axis);
    for (let i = 0; i < n; i++) {
      if (skip(i)) continue;
      set.add(bin(frac[3 * i + p]) * STRIDE + bin(frac[3 * i + q]));
    }
  }
  return { keys };
}

function hasColumn(set: Set<number>, u: number, w: number): boolean {
  // The neighbouring bins too: a column on a bin edge may round either way.
  const bu = bin(u);
  const bw = bin(w);
  for (let du = -1; du <= 1; du++)
    for (let dw = -1; dw <= 1; dw++) if (set.has((bu + du) * STRIDE + bw + dw)) return true;
  return false;
}

/**
 * Whether the whole ring of a tunnel copy is drawn: `at` is where its axis stands in the block
 * (block coordinates; the component along `axis` is ignored), `walls` its ring's octahedron
 * centres as offsets from the axis. An empty ring (nothing known about the walls) counts as
 * drawn; an axis whose columns were not binned counts as not drawn.
 */
export function wallsDrawn(
  drawn: DrawnColumns,
  axis: number,
  at: readonly number[],
  walls: readonly Vec3[],
): boolean {
  if (walls.length === 0) return true;
  const set = drawn.keys[axis];
  if (!set) return false;
  const [p, q] = across(axis);
  return walls.every((w) => hasColumn(set, at[p] + w[p], at[q] + w[q]));
}
