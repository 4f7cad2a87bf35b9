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
