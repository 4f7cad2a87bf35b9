/**
 * What the microscope looks at, from the store: the scatterers of the structure on screen or
 * of the scenario's frame at x, and the zone axis nearest the 3D view's direction.
 */
import type { Lattice, Vec3 } from '../../crystal/types';
import { scatterersFromFrame } from '../../diffraction/frame-scatterers';
import { directionVector } from '../../diffraction/reciprocal';
import { type Scatterers, scatterersFromCrystal } from '../../diffraction/scatterers';
import { type SnappedZone, snapZone } from '../../diffraction/zone';
import { frameAt } from '../../insertion/frame';
import { latticeAt } from '../../insertion/lattice-path';
import type { InsertionPath } from '../../insertion/path-types';
import type { AppState } from '../../state/store';

export interface MicroscopeSource {
  /** Changes when the structure or scenario (not x) changes: tracked peaks reset then. */
  key: string;
  scatterers: Scatterers;
  /** The cell the pattern's positions are measured against at the first keyframe. */
  reference: Lattice;
  zone: SnappedZone;
  up?: Vec3;
  /** The direction the view looks along, as the store holds it. */
  view: Vec3;
  /** On a scenario: its x now, its x range, measured x and the lattice at any x. */
  scenario?: {
    x: number;
    x0: number;
    x1: number;
    measured: number[];
    latticeAt: (x: number) => Lattice;
  };
}

function scenarioInfo(path: InsertionPath, x: number): MicroscopeSource['scenario'] {
  return {
    x,
    x0: Math.min(...path.xs),
    x1: Math.max(...path.xs),
    measured: path.latticeNodes.map((n) => n.x),
    latticeAt: (at) => latticeAt(path.latticeNodes, at).lattice,
  };
}

let cached: { key: string; scatterers: Scatterers } | null = null;

function staticScatterers(key: string, make: () => Scatterers): Scatterers {
  if (cached?.key !== key) cached = { key, scatterers: make() };
  return cached.scatterers;
}

export function microscopeSource(s: AppState): MicroscopeSource | null {
  let key: string;
  let scatterers: Scatterers;
  let reference: Lattice;
  let info: MicroscopeSource['scenario'];
  const scenario = s.scenarioId ? s.loadedScenario : null;
  if (scenario) {
    const { path } = scenario;
    key = `scenario:${scenario.key}`;
    scatterers = scatterersFromFrame(path, frameAt(path, s.x ?? path.xs[0]), scenario.hostCrystal);
    reference = path.keyframeLattices[0];
    info = scenarioInfo(path, s.x ?? path.xs[0]);
  } else if (s.loaded) {
    const loaded = s.loaded;
    key = `structure:${loaded.key}`;
    scatterers = staticScatterers(key, () => scatterersFromCrystal(loaded.crystal));
    reference = loaded.crystal.lattice;
  } else return null;
  const lattice = scatterers.lattice;
  const zone = snapZone(lattice, s.view);
  const up = s.up ? directionVector(lattice, s.up) : undefined;
  return { key, scatterers, reference, zone, up, view: s.view, scenario: info };
}
