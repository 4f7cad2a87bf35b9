/**
 * "Place an ion": an ion put at a point of the framework (a site the analysis found), with its
 * distances to the nearest anions against the hard-sphere contact distance, the Shannon radius
 * sum r(ion, at the CN the point gives) + r(anion, as the framework uses it). A negative
 * difference means the ion would have to push the anions apart. The position is modelled: the
 * free-space maximum, not a refined ion position.
 */
import { wrapFrac } from '../crystal/expand';
import type { Vec3 } from '../crystal/types';
import { FIT_IONS, type Ion, siteCn } from './fit';
import type { Framework } from './framework';
import { shannonEntry } from './radii';
import { coordination } from './sites';

/** Å: how far beyond the contact sum the anion shell is sought (coordination's own reach). */
const SEARCH_RADIUS = 1.5;

export interface IonContact {
  element: string;
  /** Centre to centre (Å). */
  distance: number;
  /** r(ion) + r(anion) (Å). */
  sum: number;
  /** distance − sum (Å). */
  difference: number;
}

export interface PlacedIonContacts {
  ion: Ion;
  /** Anions in the first shell: the coordination the ion gets. */
  cn: number;
  /** The ion's Shannon radius (Å) and the tabulated CN it was taken at. */
  radius: number;
  radiusCn: number;
  contacts: IonContact[];
}

export function ionByName(name: string): Ion | undefined {
  return FIT_IONS.find((i) => i.name === name);
}

/** The ion's first-shell anions at fractional point f (any cell image), nearest first. */
export function placedIonContacts(fw: Framework, f: Vec3, ion: Ion): PlacedIonContacts | null {
  const at = f.map(wrapFrac) as Vec3;
  const shell = coordination(fw, at, SEARCH_RADIUS);
  const entry = shannonEntry(ion.element, ion.charge, siteCn(shell.length));
  if (!entry) return null;
  return {
    ion,
    cn: shell.length,
    radius: entry.radius,
    radiusCn: entry.cn,
    contacts: shell.map((n) => {
      const sum = entry.radius + fw.radius[n.atom];
      return { element: n.element, distance: n.distance, sum, difference: n.distance - sum };
    }),
  };
}
