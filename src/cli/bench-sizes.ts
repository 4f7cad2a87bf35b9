/** The sizes, run counts and page addresses `npm run bench` measures. */
import type { Supercell } from '../insertion/path-types';
import type { SupercellChange } from './bench-browser';
import type { Collect } from './bench-frames';
import { SCENARIO, STRUCTURE } from './bench-node';
import { median } from './bench-stats';

/**
 * Nearest drawn counts to 1k / 10k / 100k among a×a×c supercells (α-MnO₂ is tetragonal,
 * c ≈ 2.85 Å against a ≈ 9.78 Å): static 1,048 / 10,000 / 100,288 atoms; scenario (host +
 * K⁺) 1,008 / 10,080 / 100,860.
 */
export const BUILD_SIZES: Supercell[] = [
  [2, 2, 9],
  [5, 5, 15],
  [16, 16, 15],
];
export const FRAME_SIZES: Supercell[] = [
  [2, 2, 8],
  [5, 5, 14],
  [15, 15, 16],
];
export const TINY: Supercell = [1, 1, 1];
export const NODE_RUNS = [15, 9, 5];
export const BROWSER_BUILD_RUNS = [5, 5, 3];
export const BROWSER_TINY_RUNS = 5;
export const FIRST_FRAME_RUNS = 3;
/** Stubbed draws run as fast as the compositor allows: a few seconds give many frames. */
export const STUBBED: Collect = { seconds: 4, minFrames: 30, maxSeconds: 12 };
/** SwiftShader needs seconds per frame at 10⁴–10⁵ atoms: take what fits in the budget. */
export const RENDERED: Collect = { seconds: 10, minFrames: 2, maxSeconds: 30 };

export const MICROSCOPE_RENDERED: Collect = { seconds: 3, minFrames: 2, maxSeconds: 15 };

/**
 * The peer comparison's supercells of α-MnO₂ (ball-and-stick: 912, 9,300 and 95,232 atoms), its
 * rounds (each a fresh Tunnelscope page, then a fresh 3Dmol.js page) and rotated frames per run.
 */
export const PEER_SIZES: Supercell[] = BUILD_SIZES;
export const PEER_ROUNDS = 3;
export const PEER_FRAMES = [5, 5, 3];

export const sc = (s: Supercell) => s.join('x');
export const totals = (changes: SupercellChange[]) => changes.map((c) => c.total);
/** Median of one part of the changes, for the breakdown column. */
export const part = (changes: SupercellChange[] | null, key: keyof SupercellChange) =>
  changes ? median(changes.map((c) => c[key])) : null;
export const staticSearch = (s: Supercell) => `?s=${STRUCTURE}&sc=${sc(s)}&view=001`;
export const scenarioSearch = (s: Supercell) => `?scn=${SCENARIO}&sc=${sc(s)}&x=0&play=1`;
