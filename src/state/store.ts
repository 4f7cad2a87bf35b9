/**
 * The one store. Discrete UI state only: nothing here changes per animation frame (the scene
 * reads per-frame values with getState() inside useFrame). The URL mirrors the view part.
 */

import { create } from 'zustand';
import type { PlayMode } from '../insertion/playback';
import type { Lesson } from '../lesson/types';
import type { VoidAnalysis } from '../voids/analyse';
import type { ComparePose, CompareState } from './compare';
import type { LoadedScenario } from './loaded-scenario';
import type { LoadedStructure } from './loaded-structure';
import { storedPanelsHidden, storePanelsHidden } from './panels';
import type { ReadingProgress } from './reading';
import type { ScreenBox } from './screen-box';
import type { PlacedIon, SiteSelection } from './sites-state';
import type { FoundTunnels } from './tunnel-labels';
import {
  type CameraPose,
  DEFAULT_VIEW_STATE,
  type DrawStyle,
  type Palette,
  type Projection,
  type Supercell,
  type TemMode,
  type TemView,
  type Uvw,
  type ViewState,
} from './view-state';

export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'info';
  text: string;
}

export interface Selection {
  /** Index into the drawn model's atoms (in a scenario: the host's, or the guests'). */
  atom: number;
  /** True when the index is a guest ion of the playing scenario. */
  guest?: boolean;
}

export interface AppState extends ViewState {
  /** What is on screen now; kept when a new load fails, so the view never goes blank. */
  loaded: LoadedStructure | null;
  /** The compare view's structures, in pane order (when `compare` is set and they built). */
  compareLoaded: LoadedStructure[] | null;
  /**
   * Bumped when the compare view's cameras are placed from the store: Reset (back to each
   * pane's own frame) and Back/Forward (to the entry's pose).
   */
  compareResetCount: number;
  /** The insertion scenario on screen (when scenarioId is set and it has loaded). */
  loadedScenario: LoadedScenario | null;
  /** Named tunnels of the structure or scenario host on screen, once the analysis has run. */
  tunnels: FoundTunnels | null;
  playMode: PlayMode;
  /** Playback speed as the fraction of the whole scenario played per second. */
  speed: number;
  /** True while a structure is being read or built. */
  busy: boolean;
  /** A user's file being read off the page (src/app/read/): what the progress bar shows. */
  reading: ReadingProgress | null;
  selection: Selection | null;
  notices: Notice[];
  /** Bumped by "reset view" so the camera rig re-frames the structure. */
  cameraResetCount: number;
  /**
   * Where the drawn block lies on the canvas (CSS px from its top left), once the camera has
   * come to rest: the colour key keeps off it. Not in the link: it follows from the pose.
   */
  structureBox: ScreenBox | null;
  /**
   * The space-group tables (moyo's WebAssembly) are loaded and the shown crystal has its
   * Wyckoff letters. They load after the first frame: bundled files list their operators.
   */
  symmetryTables: boolean;
  /** The next re-frame glides from the old pose instead of jumping (lesson steps). */
  cameraGlide: boolean;
  /** The open lesson (driven by src/app/lesson-controller.ts), its bundled id, the step shown
   * (0-based; -1 before the first is shown) and whether it is being presented. */
  lesson: Lesson | null;
  lessonId: string | null;
  lessonStep: number;
  presenting: boolean;
  /** The side panels folded away (the Panels button); kept in this browser's storage. */
  panelsHidden: boolean;
  /**
   * The direction last chosen (button, typed, a structure's default or a link): where Reset
   * goes back to after the camera was turned by hand.
   */
  chosenView: Uvw;
  /**
   * The channel and site analysis of what is on screen (a scenario: its framework at x, once
   * x settles), while the Sites & channels panel is open; null otherwise (src/app/voids-run.ts).
   */
  voids: VoidAnalysis | null;
  /** How long that analysis took (ms) and where it ran (in a worker unless none could start). */
  voidsRun: { ms: number; where: 'worker' | 'page' } | null;
  /** Draw the channel tubes and site spheres (the panel's toggle). */
  siteOverlays: boolean;
  /** The site clicked in the view or chosen in the panel. */
  siteSelection: SiteSelection | null;
  /** Ions placed at sites ("place an ion"), oldest first. */
  placedIons: PlacedIon[];

  /** Switches structure; `defaults` (the catalogue's view and supercell) apply with it. */
  setStructure: (id: string, defaults?: { view: Uvw; supercell: Supercell }) => void;
  setStyle: (style: DrawStyle) => void;
  setSupercell: (sc: Supercell) => void;
  /** Looks along a preset or typed direction: up, zoom and pan go back to their defaults. */
  setView: (uvw: Uvw) => void;
  /** Moves the camera to a stored pose (a link, a lesson step) and re-frames there. */
  setCamera: (pose: CameraPose) => void;
  /** Records where the user left the camera (when it stops); does not move it. */
  cameraSettled: (pose: CameraPose) => void;
  setProjection: (p: Projection) => void;
  toggleBackground: () => void;
  setAlkaliPolyhedra: (on: boolean) => void;
  setTunnelLabels: (on: boolean) => void;
  setColourKey: (on: boolean) => void;
  setPalette: (palette: Palette) => void;
  setTextScale: (scale: number) => void;
  setPanelsHidden: (hidden: boolean) => void;
  resetCamera: () => void;
  select: (selection: Selection | null) => void;
  setScenario: (id: string, defaults?: { view: Uvw; supercell: Supercell }) => void;
  /** Leaves the scenario and shows the static structure again. */
  closeScenario: () => void;
  setX: (x: number) => void;
  setPlaying: (playing: boolean) => void;
  setPlayMode: (mode: PlayMode) => void;
  setSpeed: (speed: number) => void;
  /** Microscope panel: which views are shown ([] closes it) and the STEM mode. */
  setTem: (tem: TemView[]) => void;
  setTemMode: (mode: TemMode) => void;
  setSitesOpen: (open: boolean) => void;
  setProbe: (probe: number) => void;
  setMobile: (mobile: string[]) => void;
  setSiteOverlays: (on: boolean) => void;
  selectSite: (selection: SiteSelection | null) => void;
  placeIon: (ion: PlacedIon) => void;
  /** Removes placed ion i, or the last one placed (undo) when i is not given. */
  removeIon: (i?: number) => void;
  /** Opens the compare view (or null: back to the single view, as it was left). */
  setCompare: (compare: CompareState | null) => void;
  /** Records where the compare view's linked cameras were left (null: at their frames). */
  compareCameraSettled: (camera: ComparePose | null) => void;
  /** The compare view's Reset: every pane back to its own frame, the pose out of the link. */
  resetCompareCamera: () => void;
  notify: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
}

let nextNoticeId = 1;

export const useApp = create<AppState>()((set) => ({
  ...DEFAULT_VIEW_STATE,
  loaded: null,
  compareLoaded: null,
  compareResetCount: 0,
  loadedScenario: null,
  tunnels: null,
  playMode: 'once',
  speed: 0.1,
  busy: false,
  reading: null,
  selection: null,
  notices: [],
  cameraResetCount: 0,
  structureBox: null,
  symmetryTables: false,
  cameraGlide: false,
  lesson: null,
  lessonId: null,
  lessonStep: -1,
  presenting: false,
  panelsHidden: storedPanelsHidden(),
  chosenView: DEFAULT_VIEW_STATE.view,
  voids: null,
  voidsRun: null,
  siteOverlays: true,
  siteSelection: null,
  placedIons: [],

  setStructure: (structureId, defaults) =>
    set((s) => ({
      structureId,
      file: null,
      scenarioId: null,
      x: null,
      playing: false,
      ...(defaults && {
        view: defaults.view,
        chosenView: defaults.view,
        up: null,
        zoom: 1,
        pan: null,
        supercell: defaults.supercell,
        cameraResetCount: s.cameraResetCount + 1,
      }),
    })),
  setStyle: (style) => set({ style }),
  setSupercell: (supercell) => set({ supercell }),
  setView: (view) =>
    set((s) => ({
      view,
      chosenView: view,
      up: null,
      zoom: 1,
      pan: null,
      cameraResetCount: s.cameraResetCount + 1,
    })),
  setCamera: (pose) =>
    set((s) => ({ pan: null, ...pose, cameraResetCount: s.cameraResetCount + 1 })),
  cameraSettled: (pose) => set({ pan: null, ...pose }),
  setProjection: (projection) => set({ projection }),
  toggleBackground: () =>
    set((s) => ({ background: s.background === 'white' ? 'black' : 'white' })),
  setAlkaliPolyhedra: (alkaliPolyhedra) => set({ alkaliPolyhedra }),
  setTunnelLabels: (tunnelLabels) => set({ tunnelLabels }),
  setColourKey: (colourKey) => set({ colourKey }),
  setPalette: (palette) => set({ palette }),
  setTextScale: (textScale) => set({ textScale }),
  setPanelsHidden: (panelsHidden) => {
    storePanelsHidden(panelsHidden);
    set({ panelsHidden });
  },
  resetCamera: () =>
    set((s) => ({
      view: s.chosenView,
      up: null,
      zoom: 1,
      pan: null,
      cameraResetCount: s.cameraResetCount + 1,
    })),
  select: (selection) => set({ selection }),
  setScenario: (scenarioId, defaults) =>
    set((s) => ({
      scenarioId,
      x: null,
      playing: false,
      selection: null,
      ...(defaults && {
        view: defaults.view,
        chosenView: defaults.view,
        up: null,
        zoom: 1,
        pan: null,
        supercell: defaults.supercell,
        cameraResetCount: s.cameraResetCount + 1,
      }),
    })),
  closeScenario: () => set({ scenarioId: null, loadedScenario: null, x: null, playing: false }),
  setX: (x) => set({ x }),
  setPlaying: (playing) => set({ playing }),
  setPlayMode: (playMode) => set({ playMode }),
  setSpeed: (speed) => set({ speed }),
  setTem: (tem) => set({ tem }),
  setTemMode: (temMode) => set({ temMode }),
  setSitesOpen: (sites) => set({ sites }),
  setProbe: (probe) => set({ probe }),
  setMobile: (mobile) => set({ mobile }),
  setSiteOverlays: (siteOverlays) => set({ siteOverlays }),
  selectSite: (siteSelection) => set({ siteSelection }),
  placeIon: (ion) => set((s) => ({ placedIons: [...s.placedIons, ion] })),
  removeIon: (i) =>
    set((s) => ({
      placedIons:
        i === undefined ? s.placedIons.slice(0, -1) : s.placedIons.filter((_, k) => k !== i),
    })),
  setCompare: (compare) => set({ compare, selection: null }),
  compareCameraSettled: (camera) =>
    set((s) => (s.compare ? { compare: { ...s.compare, camera } } : {})),
  resetCompareCamera: () =>
    set((s) => ({
      compare: s.compare && { ...s.compare, camera: null },
      compareResetCount: s.compareResetCount + 1,
    })),
  notify: (kind, text) =>
    set((s) => ({ notices: [...s.notices.slice(-4), { id: nextNoticeId++, kind, text }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
