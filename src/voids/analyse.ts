/**
 * Where can an ion go? The channel and site analysis of one framework, named as Zeo++ names
 * its figures (Willems, Rycroft et al., Microporous Mesoporous Mater. 149 (2012) 134):
 * Di, the largest included sphere diameter; Df, the largest free sphere diameter (the largest
 * sphere that can travel through); and each channel's dimensionality.
 */

import { wrapFrac } from '../crystal/expand';
import { minimumImage } from '../crystal/lattice';
import type { SymOp, Vec3 } from '../crystal/types';
import { DEFAULT_SPACING, type FreeField, freeField } from './field';
import { FIT_IONS, type FitGrade, passesGrade, siteGrade } from './fit';
import { type AtomSet, buildFramework, type Framework, type FrameworkOptions } from './framework';
import { type Component, type Sweep, sweep } from './percolation';
import { findSites, gridFrac, type VoidSite } from './sites';
import { namedTunnel, tunnelName } from './tunnel-name';

export const DEFAULT_PROBE = 0.5; // Å: probe radius (the smallest ion of interest, less slack)

export interface AnalysisOptions extends FrameworkOptions {
  /** Probe radius (Å): channels are where a sphere this big fits. */
  probe?: number;
  /** Grid step (Å). */
  spacing?: number;
}

export interface Channel {
  dimensionality: 0 | 1 | 2 | 3;
  directions: [number, number, number][];
  /** Largest free sphere diameter along the channel (Å); 0 for a cage. */
  Df: number;
  /** Largest included sphere diameter in the channel (Å). */
  Di: number;
  /** Fractional position of the bottleneck (the cage's centre for a cage). */
  bottleneck: Vec3;
  /** n×m tunnel name where the channel is walled by edge-sharing octahedral chains. */
  name: string | null;
  /** Symmetry copies in the cell. */
  copies: number;
  /** Component roots of the copies (ids in the sweep's labels). */
  roots: number[];
  /** Indices into `sites` of the sites inside this channel. */
  sites: number[];
}

/** A named tunnel (n×m) found wherever a component first percolates, whatever the probe. */
export interface Tunnel {
  name: string;
  direction: [number, number, number];
  /** Largest free sphere diameter along it (Å). */
  Df: number;
  /** Largest included sphere diameter in it when it opens (Å). */
  Di: number;
  /** Where each copy's axis pierces the cell (fractional, wrapped into [0, 1)). */
  centres: Vec3[];
  /** Each copy's ring of wall octahedra: their centres as offsets from its centre. */
  walls: Vec3[][];
}

export interface IonFit {
  passes: FitGrade;
  fitsSite: FitGrade;
}

export interface VoidAnalysis {
  framework: Framework;
  probe: number;
  Di: number;
  Df: { a: number; b: number; c: number };
  channels: Channel[];
  tunnels: Tunnel[];
  sites: VoidSite[];
  fits: Record<string, IonFit>;
  field: FreeField;
  sweep: Sweep;
  /** Grid step (Å) and the bound on the free radius error on the grid (Å). */
  resolution: { spacing: number; error: number; n: [number, number, number] };
}

function gridIndexOf(field: FreeField, f: Vec3): number {
  const [n0, n1, n2] = field.n;
  const idx = (v: number, n: number) => ((Math.round(v * n) % n) + n) % n;
  return (idx(f[0], n0) * n1 + idx(f[1], n1)) * n2 + idx(f[2], n2);
}

function applyOp(op: SymOp, p: Vec3): Vec3 {
  const r = op.rot;
  return [
    r[0] * p[0] + r[1] * p[1] + r[2] * p[2] + op.trans[0],
    r[3] * p[0] + r[4] * p[1] + r[5] * p[2] + op.trans[1],
    r[6] * p[0] + r[7] * p[1] + r[8] * p[2] + op.trans[2],
  ];
}

/** Components grouped into symmetry-equivalent sets (each set one channel). */
function groupBySymmetry(fw: Framework, field: FreeField, sw: Sweep): Component[][] {
  const byRoot = new Map(sw.components.map((c) => [c.root, c]));
  const group = new Map<number, number>();
  const groups: Component[][] = [];
  const ordered = [...sw.components].sort((a, b) => field.value[b.peak] - field.value[a.peak]);
  for (const c of ordered) {
    if (group.has(c.root)) continue;
    const members: Component[] = [];
    const peak = gridFrac(field, c.peak);
    for (const op of fw.ops.length > 0 ? fw.ops : []) {
      const root = sw.labels[gridIndexOf(field, applyOp(op, peak))];
      const m = byRoot.get(root);
      if (m && !group.has(root)) {
        group.set(root, groups.length);
        members.push(m);
      }
    }
    if (!group.has(c.root)) {
      group.set(c.root, groups.length);
      members.push(c);
    }
    groups.push(members);
  }
  return groups;
}

function isFullGroup(fw: Framework): boolean {
  // Without operations (or with a frame's broken symmetry) no letters: see atomsFromFrame.
  return fw.ops.length > 0 && fw.hallNumber !== null;
}

function channelFrom(
  field: FreeField,
  members: Component[],
  sites: VoidSite[],
  sw: Sweep,
): Channel {
  const c = members[0];
  const roots = members.map((m) => m.root);
  const inChannel = sites
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.copies.some((q) => roots.includes(sw.labels[gridIndexOf(field, q)])));
  const peakRadius = Math.max(field.value[c.peak], ...inChannel.map(({ s }) => s.radius));
  const at = c.percolationRadius === null ? c.peak : c.bottleneck;
  return {
    dimensionality: c.dimensionality,
    directions: c.directions,
    Df: c.percolationRadius === null ? 0 : 2 * c.percolationRadius,
    Di: 2 * peakRadius,
    bottleneck: gridFrac(field, at),
    name: null,
    copies: members.length,
    roots,
    sites: inChannel.map(({ i }) => i),
  };
}

function fitTable(sites: VoidSite[], Df: VoidAnalysis['Df']) {
  const open = Math.max(Df.a, Df.b, Df.c);
  const fits: Record<string, IonFit> = {};
  for (const ion of FIT_IONS) {
    const passes = passesGrade(ion, open);
    let best: FitGrade = 'no';
    for (const s of sites) {
      const g = siteGrade(ion, s.radius, s.neighbours.length);
      if (g === 'fits' || (g === 'tight' && best === 'no')) best = g;
    }
    fits[ion.name] = { passes, fitsSite: best };
  }
  return fits;
}

export function analyseFramework(fw: Framework, options: AnalysisOptions = {}): VoidAnalysis {
  const probe = options.probe ?? DEFAULT_PROBE;
  const field = freeField(fw, options.spacing ?? DEFAULT_SPACING);
  const sw = sweep(field, probe, 0);
  const sites = findSites(fw, field, probe, isFullGroup(fw));
  const channels = groupBySymmetry(fw, field, sw)
    .map((members) => channelFrom(field, members, sites, sw))
    .sort((a, b) => b.dimensionality - a.dimensionality || b.Di - a.Di);
  for (const ch of channels) ch.name = tunnelName(fw, ch);
  const top = sites.length > 0 ? sites[0].radius : Math.max(0, ...channels.map((c) => c.Di / 2));
  const Df = {
    a: 2 * sw.axisRadius[0],
    b: 2 * sw.axisRadius[1],
    c: 2 * sw.axisRadius[2],
  };
  return {
    framework: fw,
    probe,
    Di: 2 * Math.max(top, gridTop(field)),
    Df,
    channels,
    tunnels: namedTunnels(fw, field, sw),
    sites,
    fits: fitTable(sites, Df),
    field,
    sweep: sw,
    resolution: { spacing: field.spacing, error: field.error, n: field.n },
  };
}

const SAME_DF = 2e-3; // Å: copies of one tunnel open at the same level (to float precision)
const SAME_AXIS = 0.3; // Å: two centres closer than this are one tunnel axis

function namedTunnels(fw: Framework, field: FreeField, sw: Sweep): Tunnel[] {
  const out: Tunnel[] = [];
  for (const e of sw.events) {
    const found = namedTunnel(fw, e.direction, gridFrac(field, e.bottleneck));
    if (!found) continue;
    const centre = found.centre.map(wrapFrac) as Vec3;
    const Df = 2 * e.radius;
    const same = out.find((t) => t.name === found.name && Math.abs(t.Df - Df) < SAME_DF);
    if (!same) {
      out.push({
        name: found.name,
        direction: e.direction,
        Df,
        Di: 2 * field.value[e.peak],
        centres: [centre],
        walls: [found.walls],
      });
      continue;
    }
    const across = (c: Vec3) => axisDistance(fw, c, centre, e.direction);
    if (!same.centres.some((c) => across(c) < SAME_AXIS)) {
      same.centres.push(centre);
      same.walls.push(found.walls);
    }
  }
  return out;
}

/** Distance between two parallel lines along u through fractional points a and b (Å). */
function axisDistance(fw: Framework, a: Vec3, b: Vec3, u: [number, number, number]): number {
  const m = minimumImage(fw.lattice, a, b);
  const d = [b[0] + m.image[0] - a[0], b[1] + m.image[1] - a[1], b[2] + m.image[2] - a[2]];
  const M = fw.lattice.matrix;
  const cart = (f: number[]) =>
    [0, 1, 2].map((k) => f[0] * M[k] + f[1] * M[3 + k] + f[2] * M[6 + k]);
  const dc = cart(d);
  const uc = cart(u);
  const ul = Math.hypot(...uc);
  const t = (dc[0] * uc[0] + dc[1] * uc[1] + dc[2] * uc[2]) / ul;
  return Math.sqrt(Math.max(0, dc[0] ** 2 + dc[1] ** 2 + dc[2] ** 2 - t * t));
}

function gridTop(field: FreeField): number {
  let m = 0;
  for (let p = 0; p < field.value.length; p++) if (field.value[p] > m) m = field.value[p];
  return m;
}

export function analyse(atoms: AtomSet, options: AnalysisOptions = {}): VoidAnalysis {
  return analyseFramework(buildFramework(atoms, options), options);
}

/** Distance between two fractional points (minimum image), for callers comparing sites. */
export function siteDistance(fw: Framework, a: Vec3, b: Vec3): number {
  return minimumImage(fw.lattice, a, b).distance;
}
