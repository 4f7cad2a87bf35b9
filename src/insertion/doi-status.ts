/**
 * Whether a scenario's reference says its DOI has not been read here. A DOI recalled but not
 * checked is written with "DOI to be confirmed" in the cite text; the UI must then say so
 * beside the DOI instead of presenting it as a checked link.
 */
import type { Scenario } from './types';

const UNCONFIRMED = /DOI to be confirmed/i;

export function doiUnconfirmed(scenario: Pick<Scenario, 'references'>, doi: string): boolean {
  const ref = scenario.references.find((r) => r.doi?.toLowerCase() === doi.toLowerCase());
  return ref !== undefined && UNCONFIRMED.test(ref.cite);
}
