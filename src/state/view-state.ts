/**
 * The discrete view state a user can reach and share as a link. Pure data and defaults; the
 * zustand store holds one of these and url.ts reads and writes it.
 */
import { DEFAULT_PALETTE, type Palette } from '../crystal/palettes';
import { DEFAULT_MOBILE } from '../voids/radii';
import type { CompareState } from './compare';

export type { Palette };

export type DrawStyle = 'polyhedral' | 'ball-and-stick' | 'space-filling';
export const DRAW_STYLES: readonly DrawStyle[] = ['polyhedral', 'ball-and-stick', 'space-filling'];

export type Projection = 'orthographic' | 'perspective';
export type Background = 'white' | 'black';

/**
 * A direction [uvw] in lattice coordinates, never all zero: integers when chosen from a preset
 * or typed, real numbers after the user turned the camera freely.
 */
export type Uvw = [number, number, number];

/** Zoom limits relative to the framed fit (1 = the whole supercell fits the view). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 50;

/**
 * Where the orbit centre was panned to: its offsets along screen-right and screen-up as
 * fractions of the framed radius (so a link pans the same share of the picture).
 */
export type Pan = [right: number, up: number];
export const MAX_PAN = 10;

/** Supercell repeats along a, b, c. */
export type Supercell = [number, number, number];

/** Per-axis cap for a supercell typed by hand; the model builder caps the atom count too. */
export const MAX_REPEAT = 20;

export interface ViewState {
  /** Bundled structure id (file name without `.cif`). */
  structureId: string;
  /**
   * Name of the user's own CIF on screen, or null for a bundled structure. The link names the
   * file but cannot carry it: opening the link again needs the file (or a kept copy).
   */
  file: string | null;
  style: DrawStyle;
  supercell: Supercell;
  /** Direction the camera looks along. */
  view: Uvw;
  /** Lattice direction that points up on screen; null = the default for `view`. */
  up: Uvw | null;
  /** Zoom relative to the framed fit (1 = the whole supercell fits). */
  zoom: number;
  /** Panned orbit centre; null = centred on the supercell. */
  pan: Pan | null;
  projection: Projection;
  background: Background;
  /** Bundled insertion scenario id, or null when showing a static structure. */
  scenarioId: string | null;
  /** Guest content x in the scenario's convention. */
  x: number | null;
  playing: boolean;
  /** Also draw the alkali polyhedra (NaO6 in O3, NaO6 prisms in P2, KO8 in hollandite). */
  alkaliPolyhedra: boolean;
  /** Label the tunnels (n×m name and O–O width) when the view looks down them. */
  tunnelLabels: boolean;
  /** Show the colour key (elements, ions, split sites) in the view's corner. */
  colourKey: boolean;
  /** `loop=1`: a scenario plays round and round (the play mode "loop", e.g. in an embed). */
  loop: boolean;
  /** `transparent=1`: nothing behind the view, so an embedding page shows through. */
  transparent: boolean;
  /** Embed mode (for slides and iframes): the view and, for a scenario, its timeline only. */
  embed: boolean;
  /** With `embed`: false (`controls=0`) drops a scenario's timeline too; the readout stays. */
  controls: boolean;
  /** Element colours: the teaching palette (mobile ions stand out) or VESTA's table. */
  palette: Palette;
  /** Multiplies the size of labels, captions and panels (for the back row of a hall). */
  textScale: number;
  /** Microscope panel views shown (none: the panel is closed), in display order. */
  tem: TemView[];
  /**
   * The compare view (`cmp=`): 2–4 structures side by side, or null for the single view.
   * The single view's own fields stay as they were, so leaving the comparison goes back there.
   */
  compare: CompareState | null;
  /** STEM imaging mode of the microscope panel. */
  temMode: TemMode;
  /** `sites=1`: the "Sites & channels" panel is open (its analysis and overlays run). */
  sites: boolean;
  /** `probe=`: probe radius (Å) of the channel analysis. */
  probe: number;
  /** `mobile=`: elements left out of the framework (`none` for the empty list). */
  mobile: string[];
}

export type TemView = 'stem' | 'saed' | 'xrd';
export const TEM_VIEWS: readonly TemView[] = ['stem', 'saed', 'xrd'];
export type TemMode = 'haadf' | 'abf';

/** Text scales a link may ask for (`text=`); the control offers TEXT_SCALES. */
export const MIN_TEXT_SCALE = 0.75;
export const MAX_TEXT_SCALE = 3;
export const TEXT_SCALES: readonly number[] = [1, 1.25, 1.5, 2];

export const DEFAULT_STRUCTURE = 'alpha-MnO2';

/** Probe radii (Å) a link or the panel may ask for: 0 (any space) up to a wide cage. */
export const MIN_PROBE = 0;
export const MAX_PROBE = 3;
/** The analysis' default probe (src/voids/analyse.ts DEFAULT_PROBE; a test keeps them equal). */
export const DEFAULT_SITES_PROBE = 0.5;

export const DEFAULT_VIEW_STATE: ViewState = {
  structureId: DEFAULT_STRUCTURE,
  file: null,
  style: 'polyhedral',
  supercell: [2, 2, 2],
  view: [0, 0, 1],
  up: null,
  zoom: 1,
  pan: null,
  projection: 'orthographic',
  background: 'white',
  scenarioId: null,
  x: null,
  playing: false,
  alkaliPolyhedra: false,
  tunnelLabels: true,
  colourKey: true,
  loop: false,
  transparent: false,
  embed: false,
  controls: true,
  palette: DEFAULT_PALETTE,
  textScale: 1,
  tem: [],
  temMode: 'haadf',
  sites: false,
  probe: DEFAULT_SITES_PROBE,
  mobile: [...DEFAULT_MOBILE],
  compare: null,
};

/** Where the camera is, as a link stores it. */
export type CameraPose = Pick<ViewState, 'view' | 'up' | 'zoom'> & { pan?: Pan | null };
