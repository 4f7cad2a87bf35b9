/**
 * The CIF of what is on screen: a structure as read (its cell, its symmetry, its sites), or
 * an insertion scenario's frame at x as the average structure of one conventional cell in P1
 * (the lattice at x, host atoms at their blended positions, every guest site at occupancy
 * x / fullX), so a student can continue in VESTA with exactly the composition the readout shows.
 */
import { wrapUnit } from '../crystal/symmetry/xyz';
import type { Crystal, Species, Vec3 } from '../crystal/types';
import { frameAt } from '../insertion/frame';
import type { InsertionPath } from '../insertion/path-types';
import { type CifSite, writeCif } from './cif-write';

export function crystalCif(crystal: Crystal, notes: readonly string[] = []): string {
  return writeCif({
    name: crystal.name,
    notes: [
      `${crystal.title ?? crystal.name}: exported from Tunnelscope (cell, symmetry and sites as read).`,
      ...notes,
    ],
    cell: crystal.lattice,
    spaceGroup: crystal.spaceGroup,
    ops: crystal.ops,
    sites: crystal.sites.map((s) => ({ label: s.label, species: s.species, frac: s.frac })),
  });
}

function speciesByLabel(crystal: Crystal): Map<string, Species[]> {
  return new Map(crystal.sites.map((s) => [s.label, s.species]));
}

/** Species of a host site at blend t between two keyframes (occupancies linear in t). */
function blendSpecies(from: Species[], to: Species[] | undefined, t: number): Species[] {
  if (!to) return from;
  const elements = [...new Set([...from, ...to].map((s) => s.element))];
  return elements
    .map((element) => {
      const a = from.find((s) => s.element === element);
      const b = to.find((s) => s.element === element);
      const occupancy = (1 - t) * (a?.occupancy ?? 0) + t * (b?.occupancy ?? 0);
      return { ...(a ?? b!), occupancy };
    })
    .filter((s) => s.occupancy > 0);
}

function wrapped(f: Float32Array, i: number): Vec3 {
  return [wrapUnit(f[3 * i]), wrapUnit(f[3 * i + 1]), wrapUnit(f[3 * i + 2])];
}

/**
 * The frame at x of a scenario, one conventional cell in P1. `crystals` are the keyframe
 * crystals in scenario order (species and occupancies of the host sites come from them).
 */
export function scenarioFrameCif(
  path: InsertionPath,
  crystals: readonly Crystal[],
  xIn: number,
): string {
  const frame = frameAt(path, xIn);
  const { host, guests, scenario } = path;
  const from = speciesByLabel(crystals[frame.segment]);
  const to = speciesByLabel(crystals[Math.min(frame.segment + 1, crystals.length - 1)]);
  const hostFrac = frame.writeHostFrac(new Float32Array(3 * host.count));
  // Guest sites where they sit at x (not where an arriving ion is on its way).
  const g0 = guests.frac[frame.segment];
  const g1 = guests.frac[frame.segment + 1];
  const guestFrac = g0.map((v, i) => v + frame.t * (g1[i] - v));
  const sites: CifSite[] = [];
  // The first perCell atoms of the path are the cell at the origin (the path's layout).
  for (let i = 0; i < host.perCell; i++) {
    const label = host.labels[host.labelIndex[i]];
    const species = blendSpecies(from.get(label) ?? [], to.get(label), frame.t);
    if (species.length > 0) sites.push({ label, species, frac: wrapped(hostFrac, i) });
  }
  const guestSpecies = (label: string): Species => {
    const own = from.get(label)?.find((s) => s.element === scenario.guest.element);
    const sign = scenario.guest.charge > 0 ? '+' : '-';
    const typeSymbol =
      own?.typeSymbol ?? `${scenario.guest.element}${Math.abs(scenario.guest.charge)}${sign}`;
    return { element: scenario.guest.element, occupancy: frame.occupancy, typeSymbol };
  };
  if (frame.occupancy > 0) {
    for (let i = 0; i < guests.perCell; i++) {
      const label = guests.labels[guests.labelIndex[i]];
      sites.push({ label, species: [guestSpecies(label)], frac: wrapped(guestFrac, i) });
    }
  }
  const lattice = frame.lattice;
  return writeCif({
    name: `${scenario.id}_x${frame.x.toFixed(3)}`,
    notes: [
      `${scenario.title}, frame at x = ${frame.x.toFixed(4)} (${frame.formula}), exported from Tunnelscope.`,
      `Average structure of one cell in P1: lattice at x (${frame.latticeSource}), host atoms`,
      `blended between keyframes ${frame.segment} and ${frame.segment + 1} (t = ${frame.t.toFixed(4)}),`,
      `every ${scenario.guest.element} site at occupancy x / fullX = ${frame.occupancy.toFixed(4)}.`,
      'Sources: see the scenario keyframe CIFs and their DOIs.',
    ],
    cell: lattice,
    spaceGroup: { symbol: 'P 1', number: 1 },
    ops: [],
    sites,
  });
}
