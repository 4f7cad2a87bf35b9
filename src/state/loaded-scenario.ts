/** An insertion scenario ready to draw: the core's path plus the host's drawable model. */
import type { StructureModel } from '../crystal/model';
import type { SupercellFit } from '../crystal/supercell-fit';
import type { Crystal } from '../crystal/types';
import type { InsertionPath } from '../insertion/path-types';
import type { SceneModel } from './scene-model';

export interface GuestLook {
  element: string;
  color: [number, number, number];
  radius: number;
}

export interface LoadedScenario {
  /** Changes whenever what is drawn changes (new scenario or new supercell). */
  key: string;
  id: string;
  path: InsertionPath;
  /** Keyframe CIF paths, scenario order. */
  files: string[];
  /** The host of the first keyframe (guest sites removed), drawn with bonds and polyhedra. */
  /** The first keyframe's crystal without its guest sites: what hostModel was built from. */
  hostCrystal: Crystal;
  /** Every keyframe's crystal as read, guest sites included, scenario order (the CIF export). */
  keyframeCrystals: Crystal[];
  hostModel: StructureModel;
  hostScene: SceneModel;
  /** Per keyframe: 3 fractional coordinates per drawn host atom, same order as hostScene. */
  hostKeyframeFrac: Float32Array[];
  guest: GuestLook;
  /** Keyframe CIF header notes (sources), scenario order. */
  sourceNotes: string[][];
  /** Set when the supercell asked for was over the atom cap and a smaller one is drawn. */
  supercellFit?: SupercellFit;
}
