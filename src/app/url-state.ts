/** The view state a query string asks for, with each structure's own defaults filled in. */

import { catalogueEntry, STRUCTURE_IDS } from '../state/catalogue';
import { SCENARIO_IDS, scenarioEntry } from '../state/scenario-catalogue';
import { parseViewUrl, type UrlParseResult } from '../state/url';

export function stateFromSearch(search: string): UrlParseResult {
  const { state, notices } = parseViewUrl(search, STRUCTURE_IDS, SCENARIO_IDS);
  // A link without sc or view gets the structure's (or scenario's) own defaults.
  const given = new URLSearchParams(search);
  const entry = state.scenarioId
    ? scenarioEntry(state.scenarioId)
    : catalogueEntry(state.structureId);
  if (entry && !given.has('sc')) state.supercell = entry.supercell;
  if (entry && !given.has('view')) state.view = entry.view;
  return { state, notices };
}
