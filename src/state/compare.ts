/**
 * The compare view (`?cmp=beta-MnO2,ramsdellite,alpha-MnO2,todorokite&view=001`): two to four
 * bundled structures side by side. Pure parsing and the per-structure view direction; the
 * scene and the panes read these.
 */
import type { CatalogueEntry } from './catalogue';
import type { Uvw } from './view-state';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

export interface CompareState {
  /** Bundled structure ids, in pane order (left to right), each once. */
  ids: string[];
  /**
   * The direction every pane looks along, written in the tetragonal setting (tunnels along c)
   * and turned into each structure's own setting by `viewInSetting`; null = each structure's
   * own textbook view (its catalogue entry's).
   */
  view: Uvw | null;
  /**
   * Where the linked cameras were left (`turn=` and `zoom=`); absent or null = every pane at
   * its own frame. Written when the camera stops, as the single view's camera is.
   */
  camera?: ComparePose | null;
}

/**
 * The shared turn of the linked cameras: `yaw` about each pane's screen-up, then `pitch` about
 * its screen-right (radians), and `zoom` relative to the shared fit (1 = the largest structure
 * just fits its pane).
 */
export interface ComparePose {
  yaw: number;
  pitch: number;
  zoom: number;
}

/** Tilt limit (radians): just short of looking straight down a frame's screen-up. */
export const MAX_PITCH = Math.PI / 2 - 0.01;
/** The same limit as a link writes it (degrees, two decimals, rounded down). */
export const MAX_PITCH_DEGREES = Math.floor(((MAX_PITCH * 180) / Math.PI) * 100) / 100;

const DEG = Math.PI / 180;

/**
 * `turn=yaw,pitch` in degrees: the yaw from −180 to 180, the pitch within ±MAX_PITCH_DEGREES.
 * Returns radians, or why the value was refused (the notice adds "Ignored URL parameter …").
 */
export function parseCompareTurn(value: string): { yaw: number; pitch: number } | string {
  const parts = value.split(',');
  const why = `expected two angles in degrees, a turn from −180 to 180 and a tilt from −${MAX_PITCH_DEGREES} to ${MAX_PITCH_DEGREES}, e.g. turn=-35.5,12`;
  if (parts.length !== 2 || parts.some((p) => !/^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(p))) return why;
  const [yaw, pitch] = parts.map(Number);
  if (Math.abs(yaw) > 180 || Math.abs(pitch) > MAX_PITCH_DEGREES) return why;
  return {
    yaw: yaw * DEG || 0,
    pitch: Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitch * DEG)) || 0,
  };
}

/**
 * The pose as a link writes it: `turn` (degrees to two decimals, the yaw brought into
 * −180…180; null when both round to 0) and `zoom` (to three decimals, as the single view's
 * settled zoom; null at 1).
 */
export function formatComparePose(pose: ComparePose): { turn: string | null; zoom: string | null } {
  const yaw = round2(wrapDegrees(pose.yaw / DEG));
  const tilt = Math.max(-MAX_PITCH_DEGREES, Math.min(MAX_PITCH_DEGREES, pose.pitch / DEG));
  const pitch = round2(tilt);
  const zoom = Math.round(pose.zoom * 1000) / 1000;
  return {
    turn: yaw === 0 && pitch === 0 ? null : `${yaw},${pitch}`,
    zoom: zoom === 1 ? null : String(zoom),
  };
}

/** The pose a link would bring back (rounded as it is written), or null for no turn at all. */
export function settledComparePose(pose: ComparePose): ComparePose | null {
  const { turn, zoom } = formatComparePose(pose);
  if (turn === null && zoom === null) return null;
  const angles = turn === null ? { yaw: 0, pitch: 0 } : parseCompareTurn(turn);
  if (typeof angles === 'string') return null; // cannot happen: the format is the parser's
  return { ...angles, zoom: zoom === null ? 1 : Number(zoom) };
}

function wrapDegrees(d: number): number {
  const w = ((((d + 180) % 360) + 360) % 360) - 180; // −180 ≤ w < 180
  return w === -180 ? 180 : w;
}

function round2(k: number): number {
  return Math.round(k * 100) / 100 || 0; // `|| 0` writes -0 as 0
}

/**
 * `a,b,c` → the ids, or the reason they cannot be compared, worded as what to do (the notice
 * adds "Ignored URL parameter cmp=…: " in front).
 */
export function parseCompareIds(value: string, known: readonly string[]): string[] | string {
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const how = `list ${MIN_COMPARE} to ${MAX_COMPARE} bundled structures separated by commas, e.g. cmp=O3-NaNiMnO2,P2-NaNiMnO2; showing the single view instead`;
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown !== undefined)
    return `no bundled structure has the id “${shortId(unknown)}” (known: ${known.join(', ')}) — ${how}`;
  if (ids.length < MIN_COMPARE || ids.length > MAX_COMPARE)
    return `${ids.length === 1 ? 'one structure' : `${ids.length} structures`} given — ${how}`;
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) return `${twice} is listed twice — ${how}`;
  return ids;
}

function shortId(id: string): string {
  return id.length > 40 ? `${id.slice(0, 40)}…` : id;
}

/**
 * The lattice axis (0 = a, 1 = b, 2 = c) a structure's tunnels run along: from its textbook
 * view when that looks down a lattice axis (the catalogue's view is "down the tunnels" for a
 * tunnel oxide), else c — the layered and cubic entries are all in their standard settings
 * with c as the reference axis.
 */
export function tunnelAxis(entry: Pick<CatalogueEntry, 'group' | 'view'>): 0 | 1 | 2 {
  if (entry.group === 'Tunnel oxides') {
    const nonZero = entry.view.map((k, i) => (k !== 0 ? i : -1)).filter((i) => i >= 0);
    if (nonZero.length === 1) return nonZero[0] as 0 | 1 | 2;
  }
  return 2;
}

/**
 * [uvw] written with the tunnels along c, in a setting whose tunnels run along `axis`: a
 * cyclic relabelling of the axes (handedness kept) that sends c to the tunnel axis. With
 * tunnels along b (ramsdellite Pnma, todorokite): c → b, a → c, b → a, so [001] → [010].
 */
export function viewInSetting(uvw: Uvw, axis: 0 | 1 | 2): Uvw {
  const shift = (axis + 1) % 3; // how far c (index 2) moves round a → b → c → a
  const out: Uvw = [0, 0, 0];
  for (let k = 0; k < 3; k++) out[(k + shift) % 3] = uvw[k];
  return out;
}

/** Where a pane looks: the comparison's direction in the structure's setting, or its own view. */
export function paneView(
  compareView: Uvw | null,
  entry: Pick<CatalogueEntry, 'group' | 'view'>,
): Uvw {
  return compareView ? viewInSetting(compareView, tunnelAxis(entry)) : [...entry.view];
}
