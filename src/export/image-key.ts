/**
 * The colour key of what is on screen: one row per element (swatch, symbol, the ions the file
 * names, guests marked) and one row per way a mixed or partly occupied site is split into
 * sectors, drawn the way the scene draws them (majority species, then the others in the second
 * species' colour, white for the vacant share). Pure: the view's corner overlay and the PNG
 * export both draw from it, so the picture and its key always agree.
 */
import { atomicNumber } from '../crystal/elements';
import { type Palette, paletteColourHex } from '../crystal/palettes';
import type { Site } from '../crystal/types';

export interface KeyElement {
  element: string;
  /** `#rrggbb` in the palette on screen. */
  colour: string;
  /** The ions the file names for this element (`Mn³⁺`, `Mn⁴⁺`), in order of appearance. */
  ions: string[];
  /** The scenario's guest ion, or an alkali ion in a host (the ions a lesson is about). */
  guest: boolean;
}

export interface KeySectorPart {
  element: string;
  colour: string;
  /** Share of the sphere, 0–1. */
  fraction: number;
}

export interface KeySector {
  /** Site labels split this way (`Na1`, `Na2`). */
  labels: string[];
  parts: KeySectorPart[];
  /** Vacant share of the sphere (drawn white), 0–1. */
  vacancy: number;
}

export interface ColourKey {
  elements: KeyElement[];
  sectors: KeySector[];
}

/** Alkali ions: mobile in every bundled host, marked as guests in the key. */
const ALKALI = ['Li', 'Na', 'K', 'Rb', 'Cs'];
/** More sector rows than this would crowd the corner; the rest are left out of the key. */
export const MAX_SECTOR_ROWS = 6;
/** Shares below this are rounding noise, not a sector. */
const MIN_SHARE = 1e-4;

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻',
}; // biome-ignore format: a lookup table reads best in rows

/** `Mn`, 4 → `Mn⁴⁺`; a fractional charge (a mean valence, `Mn3.5+`) keeps its digits. */
export function ionText(element: string, oxidation: number): string {
  const magnitude = Math.abs(oxidation) === 1 ? '' : String(Math.abs(oxidation));
  const sign = oxidation > 0 ? '+' : '-';
  return element + [...magnitude, sign].map((ch) => SUPERSCRIPT[ch] ?? ch).join('');
}

export interface KeyInput {
  sites: readonly Site[];
  /** The scenario's guest ion (absent for a plain structure). */
  guest?: { element: string; charge: number };
  palette: Palette;
}

function colourOf(element: string, palette: Palette): string {
  return paletteColourHex(atomicNumber(element), palette);
}

export function colourKey({ sites, guest, palette }: KeyInput): ColourKey {
  const byElement = new Map<string, KeyElement>();
  const add = (element: string, oxidation: number | undefined, isGuest: boolean) => {
    let entry = byElement.get(element);
    if (!entry) {
      entry = { element, colour: colourOf(element, palette), ions: [], guest: isGuest };
      byElement.set(element, entry);
    }
    entry.guest ||= isGuest;
    if (oxidation !== undefined && oxidation !== 0) {
      const ion = ionText(element, oxidation);
      if (!entry.ions.includes(ion)) entry.ions.push(ion);
    }
  };
  for (const site of sites)
    for (const sp of site.species)
      if (sp.occupancy > 0) add(sp.element, sp.oxidation, ALKALI.includes(sp.element));
  if (guest) add(guest.element, guest.charge, true);
  const all = [...byElement.values()];
  // Framework first, in the file's order; the ions the story is about last, where eyes end.
  const elements = [...all.filter((e) => !e.guest), ...all.filter((e) => e.guest)];
  return { elements, sectors: siteSectors(sites, palette) };
}

/** Sector rows, as the scene splits spheres (src/app/scene-model-from-core.ts siteSectors). */
function siteSectors(sites: readonly Site[], palette: Palette): KeySector[] {
  const rows = new Map<string, KeySector>();
  for (const site of sites) {
    const sorted = [...site.species]
      .filter((s) => s.occupancy > 0)
      .sort((p, q) => q.occupancy - p.occupancy);
    if (sorted.length === 0) continue;
    const first = Math.min(sorted[0].occupancy, 1);
    const rest = sorted.slice(1).reduce((sum, s) => sum + s.occupancy, 0);
    const both = Math.min(first + rest, 1);
    const vacancy = 1 - both;
    if (sorted.length === 1 && vacancy < MIN_SHARE) continue; // a full single-species site
    const parts: KeySectorPart[] = [
      { element: sorted[0].element, colour: colourOf(sorted[0].element, palette), fraction: first },
    ];
    // The scene draws every species after the first in the second species' colour.
    if (both - first >= MIN_SHARE) {
      const others = sorted.slice(1).map((s) => s.element);
      parts.push({
        element: [...new Set(others)].join('+'),
        colour: colourOf(sorted[1].element, palette),
        fraction: both - first,
      });
    }
    const key = `${parts.map((p) => `${p.element}:${p.fraction.toFixed(3)}`).join('|')}`;
    const row = rows.get(key);
    if (row) row.labels.push(site.label);
    else rows.set(key, { labels: [site.label], parts, vacancy: vacancy < MIN_SHARE ? 0 : vacancy });
  }
  return [...rows.values()].slice(0, MAX_SECTOR_ROWS);
}

/** One sector row as text: `Ni 0.33 · Mn 0.67`, `K 0.5 · vacant 0.5`. */
export function sectorText(sector: KeySector): string {
  const share = (f: number) => String(Number(f.toFixed(2)));
  const parts = sector.parts.map((p) => `${p.element} ${share(p.fraction)}`);
  if (sector.vacancy > 0) parts.push(`vacant ${share(sector.vacancy)}`);
  return parts.join(' · ');
}

/** One element row as text: the ions when the file names them, else the symbol. */
export function elementText(entry: KeyElement): string {
  return entry.ions.length > 0 ? entry.ions.join(' / ') : entry.element;
}

/** The parts of the app's state the key is made from (structurally typed: no store import). */
export interface KeyState {
  palette: Palette;
  scenarioId: string | null;
  loaded: { crystal: { sites: readonly Site[] } } | null;
  loadedScenario: {
    hostCrystal: { sites: readonly Site[] };
    path: { scenario: { guest: { element: string; charge: number } } };
  } | null;
}

/** The key of what is on screen: the scenario's host and guest, or the structure; else null. */
export function keyOfState(s: KeyState): ColourKey | null {
  if (s.scenarioId && s.loadedScenario)
    return colourKey({
      sites: s.loadedScenario.hostCrystal.sites,
      guest: s.loadedScenario.path.scenario.guest,
      palette: s.palette,
    });
  if (s.loaded) return colourKey({ sites: s.loaded.crystal.sites, palette: s.palette });
  return null;
}
