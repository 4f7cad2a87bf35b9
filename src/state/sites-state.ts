/** What the Sites & channels panel and the view share about sites: the pick and placed ions. */
import type { Vec3 } from '../crystal/types';

export interface SiteSelection {
  /** Index into the analysis' sites. */
  site: number;
  /** Where the clicked copy is, in the drawn block (fractional, conventional-cell units). */
  frac: Vec3;
}

export interface PlacedIon {
  /** Ion name as in src/voids/fit.ts FIT_IONS (`K+`). */
  ion: string;
  /** Position in the drawn block (fractional, conventional-cell units). */
  frac: Vec3;
  /** The site it was placed at, as listed when it was placed (Wyckoff letter or null). */
  wyckoff: string | null;
}
