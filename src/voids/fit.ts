/**
 * Which battery ions fit: an ion passes a channel when its Shannon radius (CN VI) is at most
 * the channel's free radius Df / 2, and fits a site when its radius at the site's own
 * coordination number is at most the site's free radius — each within FIT_TOLERANCE, since
 * hard-sphere radii are good to about a tenth of an ångström and frameworks flex.
 * Radii: Shannon 1976 (see radii.ts).
 */
import { shannonRadius } from './radii';

/** Å: an ion up to this much larger than the opening still counts, as a tight fit. */
export const FIT_TOLERANCE = 0.1;

export interface Ion {
  /** `Li+` */
  name: string;
  element: string;
  charge: number;
}

export const FIT_IONS: readonly Ion[] = [
  { name: 'Li+', element: 'Li', charge: 1 },
  { name: 'Na+', element: 'Na', charge: 1 },
  { name: 'K+', element: 'K', charge: 1 },
  { name: 'Mg2+', element: 'Mg', charge: 2 },
  { name: 'Zn2+', element: 'Zn', charge: 2 },
  { name: 'Ca2+', element: 'Ca', charge: 2 },
  { name: 'Al3+', element: 'Al', charge: 3 },
];

export type FitGrade = 'fits' | 'tight' | 'no';

/** Ion radius (Å) at a coordination number (nearest tabulated one). */
export function ionRadius(ion: Ion, cn: number): number {
  return shannonRadius(ion.element, ion.charge, cn) ?? Number.NaN;
}

/** fits: r ≤ room; tight: within FIT_TOLERANCE above it; else no. */
export function grade(ionR: number, room: number): FitGrade {
  if (ionR <= room) return 'fits';
  return ionR <= room + FIT_TOLERANCE ? 'tight' : 'no';
}

/** CN the ion is looked up at for a site with `neighbours` anions (VI when unknown). */
export function siteCn(neighbours: number): number {
  return neighbours > 0 ? neighbours : 6;
}

export function passesGrade(ion: Ion, dfDiameter: number): FitGrade {
  return grade(ionRadius(ion, 6), dfDiameter / 2);
}

export function siteGrade(ion: Ion, siteRadius: number, neighbours: number): FitGrade {
  return grade(ionRadius(ion, siteCn(neighbours)), siteRadius);
}
