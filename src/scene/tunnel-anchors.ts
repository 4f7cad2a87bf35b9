/**
 * Where tunnel labels are anchored in a drawn supercell block: every copy of every tunnel
 * centre inside the block (its faces included, since the block draws its boundary atoms),
 * halfway along the tunnel, and, given the drawn atoms, only where the copy's whole ring of
 * walls is drawn (crystal/tunnel-walls.ts): a copy on the block's face or corner has half its
 * walls or none. Pure arithmetic, tested in Node.
 *
 * Copies on the origin cell's origin and axis tips are left out: the a, b, c labels and the
 * ⊙ mark sit there, and a chip on top would hide them.
 */
import { type DrawnColumns, wallsDrawn } from '../crystal/tunnel-walls';
import type { TunnelSize } from '../crystal/tunnels';

export interface TunnelAnchor {
  /** Index into the tunnel list. */
  tunnel: number;
  /** The tunnel's axis (0 a, 1 b, 2 c). */
  axis: number;
  /** Position in conventional-cell units of the block (0…n along each axis). */
  frac: [number, number, number];
}

/**
 * More labels than this would bury the picture (and cost a projection and a style write each
 * per frame while a scenario plays); the view then shows none.
 */
export const MAX_TUNNEL_LABELS = 48;

const EDGE = 1e-6;

export function tunnelAnchors(
  tunnels: readonly TunnelSize[],
  supercell: readonly [number, number, number],
  /** Leave out copies on the block's outer faces (where the tunnel is only half framed). */
  interiorOnly = false,
  /** The drawn atoms' columns: leave out copies whose ring of walls is not all drawn. */
  drawn?: DrawnColumns,
): TunnelAnchor[] {
  const anchors: TunnelAnchor[] = [];
  tunnels.forEach((tunnel, t) => {
    const [p, q] = ([0, 1, 2] as const).filter((k) => k !== tunnel.axis);
    tunnel.centres.forEach((centre, c) => {
      const walls = tunnel.walls?.[c];
      const cp = wrap(centre[p]);
      const cq = wrap(centre[q]);
      for (let i = 0; cp + i <= supercell[p] + EDGE; i++) {
        for (let j = 0; cq + j <= supercell[q] + EDGE; j++) {
          if (underAxisLabel(cp + i, cq + j)) continue;
          if (interiorOnly && (onFace(cp + i, supercell[p]) || onFace(cq + j, supercell[q])))
            continue;
          const frac: [number, number, number] = [0, 0, 0];
          frac[p] = cp + i;
          frac[q] = cq + j;
          frac[tunnel.axis] = supercell[tunnel.axis] / 2;
          if (drawn && walls && !wallsDrawn(drawn, tunnel.axis, frac, walls)) continue;
          anchors.push({ tunnel: t, axis: tunnel.axis, frac });
        }
      }
    });
  });
  return anchors;
}

function wrap(v: number): number {
  const w = v - Math.floor(v);
  return w > 1 - EDGE ? 0 : w;
}

/** The origin (0,0) or an axis tip (1,0), (0,1) of the two directions across the tunnel. */
function underAxisLabel(p: number, q: number): boolean {
  const at = (v: number, w: number) => Math.abs(p - v) < EDGE && Math.abs(q - w) < EDGE;
  return at(0, 0) || at(1, 0) || at(0, 1);
}

function onFace(v: number, n: number): boolean {
  return Math.abs(v) < EDGE || Math.abs(v - n) < EDGE;
}

/** How close (cell fractions, across the tunnel) an ion must be to the axis to count as in it. */
const ON_AXIS = 0.05;

/**
 * For each anchor, whether ions sit on its tunnel's axis: `ionFrac` holds 3 block coordinates
 * per ion (as drawn). Linear: the ions are binned by their two coordinates across each axis.
 */
export function anchorsOverIons(
  anchors: readonly TunnelAnchor[],
  ionFrac: ArrayLike<number>,
  supercell: readonly [number, number, number],
): boolean[] {
  // Only the axes some label stands on: a block with too many labels has none, and its
  // thousands of ions need no binning (this runs on the main thread when the tunnels arrive).
  const axes = [0, 1, 2].filter((axis) => anchors.some((a) => a.axis === axis));
  if (axes.length === 0) return [];
  const bins: Set<string>[] = [0, 1, 2].map(() => new Set<string>());
  const cell = (v: number) => Math.round(v / ON_AXIS);
  for (let i = 0; i < ionFrac.length / 3; i++) {
    for (const axis of axes) {
      const [p, q] = [0, 1, 2].filter((k) => k !== axis);
      const u = ionFrac[3 * i + p];
      const w = ionFrac[3 * i + q];
      // Periodic: an ion at 0 also stands on the axis drawn at n.
      for (const du of [0, supercell[p]])
        for (const dw of [0, supercell[q]]) bins[axis].add(`${cell(u + du)},${cell(w + dw)}`);
    }
  }
  return anchors.map((a) => {
    const [p, q] = [0, 1, 2].filter((k) => k !== a.axis);
    return bins[a.axis].has(`${cell(a.frac[p])},${cell(a.frac[q])}`);
  });
}
