/**
 * n×m tunnel names from the structure: a 1D channel whose walls are chains of edge-sharing
 * octahedra (along the channel) is named by counting the octahedra along each wall.
 *
 * Looking down the channel, each octahedral chain is one column. Columns are linked where
 * their octahedra share an edge (same wall) or only a corner (a wall ends). The tunnel is the
 * face of that planar drawing which holds the channel's axis; walking its boundary gives the
 * ring of columns, cut into walls at the corner links. Four walls with equal opposite sides,
 * n and m octahedra long, give `n×m` (α-MnO₂: 2,2,2,2 → 2×2; ramsdellite: 2,1,2,1 → 1×2).
 * Anything else (no octahedra, no corner links, a wall not a chain) gets no name.
 */

import { isMetal } from '../crystal/bonds';
import { atomicNumber } from '../crystal/elements';
import { perpendicularWidths } from '../crystal/lattice';
import { periodicNeighbours } from '../crystal/neighbours';
import type { Vec3 } from '../crystal/types';
import type { Channel } from './analyse';
import { cartOf, fracOf } from './exact';
import type { Framework } from './framework';

const BOND_FACTOR = 1.25; // cation–anion bond: ≤ 1.25 × the sum of the two radii
const WINDOW = 11; // Å: columns this far (in projection) from the axis are considered
const SAME_COLUMN = 0.25; // Å: cation images closer than this in projection are one column
const MAX_RING = 24;

interface Octahedron {
  /** Anions as `index:i,j,k` keys relative to the cation's own cell. */
  anions: { atom: number; image: Vec3 }[];
}

function isAnion(fw: Framework, a: number): boolean {
  const ox = fw.oxidation[a];
  return ox !== undefined ? ox < 0 : !isMetal(atomicNumber(fw.element[a]));
}

/** Octahedral cations (six anions within bond distance) and their anions. */
function octahedra(fw: Framework): Map<number, Octahedron> {
  const maxR = Math.max(0, ...fw.radius);
  const pairs = periodicNeighbours(fw.lattice, fw.frac, fw.count, 2 * maxR * BOND_FACTOR);
  const found = new Map<number, Octahedron>();
  for (let p = 0; p < pairs.count; p++) {
    const i = pairs.i[p];
    const j = pairs.j[p];
    const ai = isAnion(fw, i);
    if (ai === isAnion(fw, j)) continue;
    if (pairs.distance[p] > BOND_FACTOR * (fw.radius[i] + fw.radius[j])) continue;
    const n: Vec3 = [pairs.image[3 * p], pairs.image[3 * p + 1], pairs.image[3 * p + 2]];
    // Pair vector is (f_j + n) − f_i: seen from the cation, the anion's image is n or −n.
    const [cation, anion, image] = ai ? [j, i, n.map((v) => -v) as Vec3] : [i, j, n];
    const o = found.get(cation) ?? { anions: [] };
    o.anions.push({ atom: anion, image });
    found.set(cation, o);
  }
  for (const [c, o] of found) if (o.anions.length !== 6) found.delete(c);
  return found;
}

interface Column {
  /** Projected position (Å, in the plane across the channel). */
  x: number;
  y: number;
  cation: number;
  /** Image cell of the column's representative octahedron. */
  image: Vec3;
}

function key(atom: number, image: Vec3): string {
  return `${atom}:${image[0]},${image[1]},${image[2]}`;
}

function sharedAnions(o1: Octahedron, n1: Vec3, o2: Octahedron, n2: Vec3): number {
  const set = new Set(o1.anions.map((a) => key(a.atom, add(a.image, n1))));
  let s = 0;
  for (const a of o2.anions) if (set.has(key(a.atom, add(a.image, n2)))) s++;
  return s;
}

function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

function scale(a: Vec3, s: number): Vec3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}

export function tunnelName(fw: Framework, ch: Channel): string | null {
  if (ch.dimensionality !== 1) return null;
  return namedTunnel(fw, ch.directions[0], ch.bottleneck)?.name ?? null;
}

/**
 * The lattice axes (0 a, 1 b, 2 c) along which every octahedron shares an edge with its own
 * translate: the only axes a named tunnel can run along. Cheap (one neighbour search), so a
 * caller can skip the grid analysis of a structure that has no octahedral chains at all.
 */
export function chainAxes(fw: Framework): number[] {
  const octs = octahedra(fw);
  if (octs.size === 0) return [];
  const units: Vec3[] = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  return [0, 1, 2].filter((k) =>
    [...octs.values()].every((o) => sharedAnions(o, [0, 0, 0], o, units[k]) >= 2),
  );
}

export interface NamedTunnel {
  name: string;
  /** Where the tunnel axis pierces the cell: the centroid of its ring (fractional). */
  centre: Vec3;
  /**
   * The ring's walls: each octahedron centre (cation) of the ring, as a fractional offset from
   * `centre` (its component along the tunnel means nothing: a column runs the whole axis).
   */
  walls: Vec3[];
}

/** The n×m name of the tunnel along lattice vector u through fractional point at, if any. */
export function namedTunnel(fw: Framework, u: Vec3, at: Vec3): NamedTunnel | null {
  const octs = octahedra(fw);
  if (octs.size === 0) return null;
  // Every octahedron must form a chain along u by sharing an edge with its translate.
  for (const o of octs.values()) if (sharedAnions(o, [0, 0, 0], o, u) < 2) return null;
  const U = cartOf(fw, u);
  const len = Math.hypot(...U);
  const ez: Vec3 = scale(U, 1 / len);
  const ref: Vec3 = Math.abs(ez[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const ex = normalise(cross(ref, ez));
  const ey = cross(ez, ex);
  const P = cartOf(fw, at);
  const project = (r: Vec3): [number, number] => {
    const d: Vec3 = [r[0] - P[0], r[1] - P[1], r[2] - P[2]];
    return [dot(d, ex), dot(d, ey)];
  };
  const columns = findColumns(fw, octs, project);
  const links = findLinks(octs, columns, u);
  const ring = faceAround(columns, links);
  if (!ring) return null;
  const name = nameFromRing(
    ring.map((c, i) => links.get(pairKey(c, ring[(i + 1) % ring.length]))!),
  );
  if (!name) return null;
  const cx = ring.reduce((s, c) => s + columns[c].x, 0) / ring.length;
  const cy = ring.reduce((s, c) => s + columns[c].y, 0) / ring.length;
  const r: Vec3 = [
    P[0] + cx * ex[0] + cy * ey[0],
    P[1] + cx * ex[1] + cy * ey[1],
    P[2] + cx * ex[2] + cy * ey[2],
  ];
  const centre = fracOf(fw, r);
  const walls = ring.map((c) => {
    const { cation, image } = columns[c];
    return [0, 1, 2].map((k) => fw.frac[3 * cation + k] + image[k] - centre[k]) as unknown as Vec3;
  });
  return { name, centre, walls };
}

function findColumns(
  fw: Framework,
  octs: Map<number, Octahedron>,
  project: (r: Vec3) => [number, number],
): Column[] {
  const widths = perpendicularWidths(fw.lattice);
  const range = widths.map((w) => Math.ceil(WINDOW / w) + 1);
  const cols: Column[] = [];
  for (const c of octs.keys()) {
    const f: Vec3 = [fw.frac[3 * c], fw.frac[3 * c + 1], fw.frac[3 * c + 2]];
    for (let i = -range[0]; i <= range[0]; i++)
      for (let j = -range[1]; j <= range[1]; j++)
        for (let k = -range[2]; k <= range[2]; k++) {
          const [x, y] = project(cartOf(fw, [f[0] + i, f[1] + j, f[2] + k]));
          if (Math.hypot(x, y) > WINDOW) continue;
          if (cols.some((q) => Math.hypot(q.x - x, q.y - y) < SAME_COLUMN)) continue;
          cols.push({ x, y, cation: c, image: [i, j, k] });
        }
  }
  return cols;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/** 'edge' or 'corner' between columns that share anions (any images along the chain). */
function findLinks(octs: Map<number, Octahedron>, cols: Column[], u: Vec3) {
  const links = new Map<string, 'edge' | 'corner'>();
  for (let a = 0; a < cols.length; a++)
    for (let b = a + 1; b < cols.length; b++) {
      if (Math.hypot(cols[a].x - cols[b].x, cols[a].y - cols[b].y) > 4.5) continue;
      const oa = octs.get(cols[a].cation)!;
      const ob = octs.get(cols[b].cation)!;
      let best = 0;
      for (let m = -3; m <= 3; m++) {
        best = Math.max(best, sharedAnions(oa, cols[a].image, ob, add(cols[b].image, scale(u, m))));
      }
      if (best >= 2) links.set(pairKey(a, b), 'edge');
      else if (best === 1) links.set(pairKey(a, b), 'corner');
    }
  return links;
}

/**
 * The ring of columns around the origin (the channel axis): start from the link nearest the
 * origin and walk the face on the origin's side, always turning to the next link clockwise.
 */
function faceAround(cols: Column[], links: Map<string, string>): number[] | null {
  const adj = cols.map(() => [] as number[]);
  let start: [number, number] | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const k of links.keys()) {
    const [a, b] = k.split('-').map(Number);
    adj[a].push(b);
    adj[b].push(a);
    const d = segmentDistance(cols[a], cols[b]);
    if (d < bestD) {
      bestD = d;
      start = [a, b];
    }
  }
  if (!start) return null;
  const angle = (from: number, to: number) =>
    Math.atan2(cols[to].y - cols[from].y, cols[to].x - cols[from].x);
  for (const [a, b] of [start, [start[1], start[0]]]) {
    const ring = [a];
    let prev = a;
    let cur = b;
    while (ring.length <= MAX_RING && !(cur === a)) {
      ring.push(cur);
      // Next link clockwise from the way back: keeps the face on the walker's right.
      const back = angle(cur, prev);
      let next = -1;
      let bestTurn = Number.POSITIVE_INFINITY;
      for (const w of adj[cur]) {
        if (w === prev && adj[cur].length > 1) continue;
        let turn = back - angle(cur, w);
        while (turn <= 0) turn += 2 * Math.PI;
        if (turn < bestTurn) {
          bestTurn = turn;
          next = w;
        }
      }
      prev = cur;
      cur = next;
    }
    if (cur === a && prev !== a && contains(ring.map((c) => cols[c]))) return ring;
  }
  return null;
}

function segmentDistance(p: Column, q: Column): number {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const t = Math.max(0, Math.min(1, -(p.x * dx + p.y * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x + t * dx, p.y + t * dy);
}

/** Whether the origin is inside the polygon (even–odd rule). */
function contains(poly: { x: number; y: number }[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[i];
    const b = poly[j];
    if (a.y > 0 !== b.y > 0 && 0 < ((b.x - a.x) * (0 - a.y)) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}

/** Walls between corner links, counted in octahedra; four walls with equal opposites. */
export function nameFromRing(links: readonly string[]): string | null {
  const n = links.length;
  const firstCorner = links.indexOf('corner');
  if (firstCorner < 0) return null;
  const walls: number[] = [];
  let count = 0;
  for (let s = 1; s <= n; s++) {
    // Column s (after link s−1) belongs to the current wall; a corner link closes it.
    count++;
    if (links[(firstCorner + s) % n] === 'corner') {
      walls.push(count);
      count = 0;
    }
  }
  if (walls.length !== 4 || walls[0] !== walls[2] || walls[1] !== walls[3]) return null;
  const [p, q] = [walls[0], walls[1]].sort((x, y) => x - y);
  return `${p}×${q}`;
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function normalise(a: Vec3): Vec3 {
  const n = Math.hypot(...a);
  return [a[0] / n, a[1] / n, a[2] / n];
}
