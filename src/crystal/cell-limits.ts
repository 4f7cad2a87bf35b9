/**
 * Cells a reader should refuse at once rather than build: lengths far outside anything a
 * crystal has, and cells so flat that their volume is a rounding error. Such cells used to
 * keep the neighbour and image searches busy for seconds (they scale with length ÷ width)
 * or merged every atom into one site.
 */
import { perpendicularWidths } from './lattice';
import type { Lattice, LatticeParams } from './types';

/** Å: the shortest cell edge of any real crystal is above 2 Å; 1 Å leaves room. */
export const MIN_CELL_LENGTH = 1;
/** Å: virus and protein crystals reach ~1,000 Å; ten times that is refused. */
export const MAX_CELL_LENGTH = 10_000;
/**
 * Longest edge ÷ shortest distance between opposite faces. Long-period polytypes reach
 * ~500 (SiC 594R: c 1,500 Å on a 3.1 Å base); a flat cell (an angle of 179.99°) goes far
 * beyond.
 */
export const MAX_CELL_ASPECT = 1000;

export interface CellRefusal {
  message: string;
  /** The parameter to point at: a length, or the angle furthest from 90°. */
  param: keyof LatticeParams;
}

/** A length outside MIN … MAX_CELL_LENGTH (checked before the cell matrix is built). */
export function cellLengthOutOfRange(p: LatticeParams): CellRefusal | undefined {
  for (const param of ['a', 'b', 'c'] as const) {
    const v = p[param];
    if (v < MIN_CELL_LENGTH || v > MAX_CELL_LENGTH) {
      return {
        param,
        message: `cell length ${param} = ${v} Å is outside ${MIN_CELL_LENGTH} … ${MAX_CELL_LENGTH.toLocaleString('en')} Å`,
      };
    }
  }
  return undefined;
}

/** A cell too flat to use (its face-to-face width tiny beside its longest edge). */
export function flatCell(lattice: Lattice): CellRefusal | undefined {
  const widths = perpendicularWidths(lattice);
  const aspect = Math.max(lattice.a, lattice.b, lattice.c) / Math.min(...widths);
  if (!(aspect <= MAX_CELL_ASPECT)) {
    const { alpha, beta, gamma } = lattice;
    const angles = (['alpha', 'beta', 'gamma'] as const).map((k) => [k, lattice[k]] as const);
    const worst = angles.reduce((w, x) => (Math.abs(x[1] - 90) > Math.abs(w[1] - 90) ? x : w));
    return {
      param: worst[0],
      message: `cell angles α ${alpha}°, β ${beta}°, γ ${gamma}° make a nearly flat cell (volume ${Number(lattice.volume.toPrecision(3))} Å³)`,
    };
  }
  return undefined;
}
