/**
 * How to draw a scene of a given size within a frame budget: the drawing of atoms and bonds
 * (instanced meshes or impostors), whether the canvas is multisampled, and the device-pixel
 * ratio at rest and while the camera moves. Pure: the numbers come from the bench (software
 * WebGL, where every vertex and every sample shows) and are the only tuning knobs.
 */

export type AtomDrawing = 'mesh' | 'impostor';

export interface DrawingChoice {
  atoms: AtomDrawing;
  /** Multisampled canvas (MSAA). Impostor edges then use alpha-to-coverage. */
  antialias: boolean;
  /** Device-pixel ratio while nothing moves. */
  restingDpr: number;
  /** Device-pixel ratio while the camera moves (restored when it stops). */
  movingDpr: number;
}

export interface FrameBudget {
  /** Target frame time while the camera moves, ms. */
  frameMs: number;
  /** The display's device-pixel ratio. */
  devicePixelRatio: number;
  /** Forced drawing (tests and the bench compare the two), or null for the size rule. */
  force?: AtomDrawing | null;
}

/** Up to this many atoms the sphere meshes are cheap enough (a unit cell or two). */
export const MESH_MAX_ATOMS = 300;
/** Rough cost of one impostor atom with its bonds, ms per 1,000 atoms per frame at DPR 1. */
const MS_PER_KILO_ATOM = 0.2;
/**
 * Multisampling multiplies fragment work; above this share of the frame budget it is left
 * off (at 16.7 ms: above ~8,000 atoms). Measured at 9,300 atoms in ball-and-stick
 * (SwiftShader, 828×812): 0.20–0.33 s a frame with it, 0.10–0.22 s without; at that size an
 * atom is ~8 px across and the edges of impostors look alike either way.
 */
const MSAA_BUDGET_SHARE = 0.1;
/** The sharpest ratio worth its cost (beyond 2 the eye cannot tell on a projector). */
const MAX_DPR = 2;

export function chooseDrawing(atomCount: number, budget: FrameBudget): DrawingChoice {
  const atoms: AtomDrawing = budget.force ?? (atomCount <= MESH_MAX_ATOMS ? 'mesh' : 'impostor');
  const cost = (atomCount / 1000) * MS_PER_KILO_ATOM;
  const antialias = cost <= budget.frameMs * MSAA_BUDGET_SHARE;
  const restingDpr = Math.max(1, Math.min(budget.devicePixelRatio, MAX_DPR));
  // Pixels scale with the square of the ratio: shrink it while moving until the estimated
  // frame fits (never below 1, never above the resting ratio).
  const pixelsAllowed = cost > 0 ? budget.frameMs / cost : Number.POSITIVE_INFINITY;
  const movingDpr = Math.max(1, Math.min(restingDpr, Math.sqrt(pixelsAllowed)));
  return { atoms, antialias, restingDpr, movingDpr };
}
