/**
 * The labelled tunnels of any structure, from the channel analysis: each n×m tunnel the
 * analysis finds and names (tunnel-name.ts) along a lattice axis, with every copy's axis,
 * measured as crystal/tunnels.ts measures a tunnel. This replaces tunnel centres written out
 * by hand, so a user's own hollandite, ramsdellite or todorokite file is labelled like a
 * bundled one.
 *
 * Width: the O–O distance across the tunnel where it is narrowest. Where a sphere can pass
 * straight down the tunnel's centre line (the axis clears the wall atoms by more than their
 * radius) that is twice the axis clearance, exact and independent of the grid: α-MnO₂,
 * β-MnO₂, todorokite. Where it cannot (ramsdellite's 1×2 tunnel, whose centre line passes
 * within an O²⁻ radius of the wall, so the open path zigzags) it is the analysis' largest free
 * sphere (Df, to the grid's stated error) plus the two wall radii.
 */
import { ionicRadius } from '../crystal/elements';
import { axisClearance, type CellAxis, type TunnelSize } from '../crystal/tunnels';
import type { CellAtoms, Crystal } from '../crystal/types';
import { type AnalysisOptions, analyseFramework, type Tunnel } from './analyse';
import { atomsFromCrystal, buildFramework } from './framework';
import { chainAxes } from './tunnel-name';

const WALL = 'O';

/** The named tunnels along a cell axis (the view labels by axis); others are left out. */
function alongAxis(t: Tunnel): CellAxis | null {
  const nonZero = t.direction.filter((v) => v !== 0);
  if (nonZero.length !== 1 || Math.abs(nonZero[0]) !== 1) return null;
  return t.direction.findIndex((v) => v !== 0) as CellAxis;
}

/**
 * Finds and measures the tunnels of a crystal's expanded cell. Mobile ions are left out of
 * the analysis (K-hollandite is analysed as its empty tunnels) but not out of the measure,
 * so a tunnel holding K⁺ is marked occupied.
 */
export function findTunnels(
  crystal: Crystal,
  cell: CellAtoms,
  options: AnalysisOptions = {},
): TunnelSize[] {
  if (cell.count === 0) return [];
  const fw = buildFramework(atomsFromCrystal(crystal, cell), options);
  // No octahedral chain along any axis: no tunnel can be named, skip the grid.
  if (chainAxes(fw).length === 0) return [];
  const analysis = analyseFramework(fw, options);
  const wallRadius = fw.radii[WALL] ?? ionicRadius(WALL, -2, 6);
  const sizes: TunnelSize[] = [];
  for (const t of analysis.tunnels) {
    const axis = alongAxis(t);
    if (axis === null) continue;
    const clearance = axisClearance(crystal, cell, axis, t.centres[0], WALL);
    const r = wallRadius ?? 0;
    const free = clearance > r ? 2 * (clearance - r) : t.Df;
    const across = free + 2 * r;
    const nearestOther = axisClearance(crystal, cell, axis, t.centres[0], WALL, 'others');
    sizes.push({
      name: t.name,
      axis,
      centres: t.centres,
      walls: t.walls,
      wall: WALL,
      clearance: across / 2,
      across,
      free: wallRadius === null ? null : free,
      wallRadius,
      occupied: nearestOther < free / 2,
    });
  }
  return sizes;
}
