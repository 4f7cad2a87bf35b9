/**
 * What the 3D view shows and which atom is selected, as sentences for a screen reader: the
 * view's accessible name and the live announcements. Pure text, tested in Node.
 */
import type { DrawStyle, Projection, Supercell, Uvw } from '../state/view-state';
import { ionName, num } from './format';

export interface ViewSubject {
  /** Structure or scenario title as the overlay shows it. */
  title: string;
  scenario: boolean;
  view: Uvw;
  supercell: Supercell;
  style: DrawStyle;
  projection: Projection;
}

const STYLE_WORDS: Record<DrawStyle, string> = {
  polyhedral: 'polyhedra',
  'ball-and-stick': 'ball-and-stick',
  'space-filling': 'space-filling',
};

/** [0 0 1], [1 −1 0], [0.31 1 0.07]: spaced, so a screen reader reads three numbers. */
export function spokenDirection(uvw: Uvw): string {
  return `[${uvw.map((k) => num(k, 2).replace('-', '−')).join(' ')}]`;
}

export function describeView(v: ViewSubject): string {
  const what = v.scenario ? `insertion scenario ${v.title}` : v.title;
  return (
    `3D view of ${what}, looking down ${spokenDirection(v.view)}, ` +
    `supercell ${v.supercell.join(' × ')}, ${STYLE_WORDS[v.style]}, ${v.projection}`
  );
}

export interface AtomSubject {
  kind: 'atom' | 'guest ion';
  label: string;
  species: { element: string; oxidation?: number }[];
  wyckoff?: string | null;
  frac: ArrayLike<number>;
  /** Closest neighbour first. */
  nearest?: { label: string; distance: number } | null;
}

export function describeAtom(a: AtomSubject): string {
  const parts = [
    `Selected ${a.kind} ${a.label}, ${a.species.map((s) => ionName(s.element, s.oxidation)).join(' / ')}`,
  ];
  if (a.wyckoff) parts.push(`Wyckoff site ${a.wyckoff}`);
  parts.push(`at x ${num(a.frac[0], 3)}, y ${num(a.frac[1], 3)}, z ${num(a.frac[2], 3)}`);
  if (a.nearest) parts.push(`nearest ${a.nearest.label} at ${num(a.nearest.distance, 2)} Å`);
  return `${parts.join(', ')}.`;
}
