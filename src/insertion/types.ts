/**
 * The scenario file format (`structures/*.scenario.json`) as TypeScript types.
 * A scenario animates guest ions entering (or leaving) a host while the lattice changes.
 * Validation of untrusted JSON into these types lives in scenario.ts.
 */

import type { LatticeParams } from '../crystal/types';

export interface ScenarioReference {
  /**
   * DOI without the resolver prefix, e.g. `10.1021/cm0490130`; absent only when nobody has
   * read one, and then `cite` says "DOI to be confirmed".
   */
  doi?: string;
  /** Short human citation: authors, journal, volume (year) page. */
  cite: string;
}

export interface ScenarioKeyframe {
  /** Guest content of this keyframe, in the scenario's x convention (e.g. x in K_xMn8O16). */
  x: number;
  /** CIF file name relative to the scenario file (same folder in `structures/`). */
  cif: string;
  /** DOI of the paper whose cell and coordinates the CIF carries. */
  doi?: string;
  /** Without a DOI: the paper's citation, exactly as in `references` (… DOI to be confirmed). */
  cite?: string;
}

/** A value the scenario draws that no measurement gives: tagged beside it in the UI. */
export interface ModelledValue {
  /** What it is, as the readout names it (`Li⁺ positions`). */
  what: string;
  tag: 'modelled' | 'unverified';
  /** How it was made, one or two sentences. */
  note: string;
}

/** One measured lattice point; used instead of linear interpolation when given. */
export interface LatticePoint extends LatticeParams {
  x: number;
  doi: string;
}

export type FillOrder =
  | { kind: 'sequence'; groups: string[][] } // site labels, one group after another
  | { kind: 'front'; axis: 'a' | 'b' | 'c'; from: 'low' | 'high' } // diffusion front
  | { kind: 'random'; seed: number };

export interface EntryFace {
  axis: 'a' | 'b' | 'c';
  from: 'low' | 'high';
}

export interface Caption {
  /** The caption shows from this x until the next caption's x. */
  x: number;
  text: string;
}

export interface Scenario {
  id: string;
  title: string;
  /** Guest ion: element symbol and charge, e.g. { element: 'K', charge: 1 }. */
  guest: { element: string; charge: number };
  /** Labels of the guest sites in the keyframe CIFs (the positions that fill and empty). */
  guestSites: string[];
  /**
   * x at which every guest position in the cell is occupied, so occupancy(x) = x / fullX.
   * E.g. 2 for K_xMn8O16 with K on 2b (two positions per cell, one formula unit Mn8O16).
   */
  fullX: number;
  /** Chemical formula template with `{x}` standing for the guest content, e.g. `K{x}Mn8O16`. */
  formula: string;
  /** Ordered by x (ascending or descending: extraction scenarios run from high x to low). */
  keyframes: ScenarioKeyframe[];
  /** Measured lattice parameters against x; absent → linear in x between keyframes. */
  latticeTable?: LatticePoint[];
  fill: FillOrder;
  /**
   * Optional: the face through which guests enter (and leave) the crystal, i.e. the channel
   * axis. Absent → the `front` fill's axis and face, else the shortest cell axis (the tunnel
   * axis of hollandite, c) entered from its low face.
   */
  entry?: EntryFace;
  captions: Caption[];
  references: ScenarioReference[];
  /** Values drawn that are modelled or unverified, shown tagged beside the readout. */
  modelled?: ModelledValue[];
}
