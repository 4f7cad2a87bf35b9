/**
 * Tunnel sizes: how wide the channels of a tunnel oxide are, measured from the atoms.
 *
 * A tunnel is found and named by the channel analysis (src/voids/tunnel-sizes.ts: its n×m
 * name counts octahedra along the walls) and located by its axis and the fractional position
 * where that axis pierces the cell. The measure along the axis is here: the shortest distance
 * from the axis line to a wall atom centre (O²⁻), over all periodic images. Twice that is the
 * O–O distance across the tunnel; subtracting the O²⁻ radius on both sides gives the free
 * aperture an ion must pass.
 */
import { atomicNumber } from './elements';
import { fracToCart } from './lattice';
import { siteElement } from './model';
import type { CellAtoms, Crystal, Lattice, Vec3 } from './types';

export type CellAxis = 0 | 1 | 2;

/** A named tunnel as the view labels it. */
export interface TunnelSize {
  /** The n×m name shown on screen, e.g. `2×2`. */
  name: string;
  /** The lattice axis the tunnel runs along (0 = a, 1 = b, 2 = c). */
  axis: CellAxis;
  /**
   * Where tunnel axes pierce the cell: fractional coordinates with the `axis` component
   * ignored (it may be anything). One entry per copy in the cell.
   */
  centres: readonly Vec3[];
  /**
   * For each centre, the octahedra whose ring walls that copy in (their centres as fractional
   * offsets from it): the label of a copy stands only where all of them are drawn
   * (tunnel-walls.ts). Absent for a tunnel not found by the channel analysis.
   */
  walls?: readonly (readonly Vec3[])[];
  /** Element of the wall atoms measured to. */
  wall: string;
  /** Half of `across` (Å): along a straight open axis, the axis to wall atom centre distance. */
  clearance: number;
  /** Wall atom to wall atom across the tunnel where it is narrowest (Å). */
  across: number;
  /** Free aperture: across minus the wall ion's diameter (Å); null if not tabulated. */
  free: number | null;
  /** The wall ion radius used for `free` (Å). */
  wallRadius: number | null;
  /** Some other atom (a tunnel cation) sits within the free aperture. */
  occupied: boolean;
}

/** Images searched on each side in the two directions across the tunnel. */
const IMAGE_RANGE = 2;

/**
 * Shortest distance (Å) from the line through `centre` along lattice vector `axis` to any atom
 * of element `wall` (majority species of its site) in the periodic crystal; with `among`
 * `'others'`, to any atom that is not of that element (what sits in the tunnel).
 */
export function axisClearance(
  crystal: Crystal,
  cell: CellAtoms,
  axis: CellAxis,
  centre: Vec3,
  wall = 'O',
  among: 'wall' | 'others' = 'wall',
): number {
  const { lattice } = crystal;
  const dir = unitAxis(lattice, axis);
  const p = fracToCart(lattice, centre);
  const wallZ = atomicNumber(wall);
  const wallSite = crystal.sites.map(
    (s) => (siteElement(s.species) === wallZ) === (among === 'wall'),
  );
  const across = ([0, 1, 2] as const).filter((k) => k !== axis);
  let best = Number.POSITIVE_INFINITY;
  const f: Vec3 = [0, 0, 0];
  for (let i = 0; i < cell.count; i++) {
    if (!wallSite[cell.site[i]]) continue;
    for (let u = -IMAGE_RANGE; u <= IMAGE_RANGE; u++) {
      for (let v = -IMAGE_RANGE; v <= IMAGE_RANGE; v++) {
        f[0] = cell.frac[3 * i];
        f[1] = cell.frac[3 * i + 1];
        f[2] = cell.frac[3 * i + 2];
        f[across[0]] += u;
        f[across[1]] += v;
        const r = fracToCart(lattice, f);
        best = Math.min(best, distanceToLine(r, p, dir));
      }
    }
  }
  return best;
}

function unitAxis(lattice: Lattice, axis: CellAxis): Vec3 {
  const m = lattice.matrix;
  const v: Vec3 = [m[3 * axis], m[3 * axis + 1], m[3 * axis + 2]];
  const n = Math.hypot(...v);
  return [v[0] / n, v[1] / n, v[2] / n];
}

function distanceToLine(r: Vec3, p: Vec3, dir: Vec3): number {
  const d0 = r[0] - p[0];
  const d1 = r[1] - p[1];
  const d2 = r[2] - p[2];
  const t = d0 * dir[0] + d1 * dir[1] + d2 * dir[2];
  return Math.hypot(d0 - t * dir[0], d1 - t * dir[1], d2 - t * dir[2]);
}
