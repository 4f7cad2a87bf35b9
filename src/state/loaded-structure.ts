/** What is on screen: one crystal, its expanded cell, its model and the GPU-side arrays. */
import type { StructureModel } from '../crystal/model';
import type { CellAtoms, Crystal } from '../crystal/types';
import type { SceneModel } from './scene-model';

export type StructureSource = { kind: 'bundled'; id: string } | { kind: 'file'; name: string };

export interface PreparedCrystal {
  crystal: Crystal;
  cell: CellAtoms;
  /** The file's opening `#` comment lines: for bundled files, the paper and DOI. */
  sourceNotes: string[];
  file: string;
  /** Other structure blocks in the file, by name (the first one is shown). */
  otherBlocks: string[];
}

export interface LoadedStructure extends PreparedCrystal {
  /** Changes whenever what is drawn changes (new structure or new supercell). */
  key: string;
  source: StructureSource;
  model: StructureModel;
  scene: SceneModel;
}
