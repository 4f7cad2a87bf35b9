/** The view state a query string asks for, with each structure's own defaults filled in. */

import { catalogueEntry, STRUCTURE_IDS } from '../state/catalogue';
import { SCENARIO_IDS, scenarioEntry } from '../state/scenario-catalogue';
import { parseViewUrl, type UrlParseResult } from '../state/url';
import { parseDirection, parseSupercell } from '../state/url-values';

export function stateFromSearch(search: string): UrlParseResult {
  const { state, notices } = parseViewUrl(search, STRUCTURE_IDS, SCENARIO_IDS);
  // A link without sc or view, or with one that was refused, gets the structure's (or
  // scenario's) own defaults.
  const given = new URLSearchParams(search);
  const good = (name: string, parse: (v: string) => unknown) => {
    const v = given.get(name);
    return v !== null && Array.isArray(parse(v));
  };
  const entry = state.scenarioId
    ? scenarioEntry(state.scenarioId)
    : catalogueEntry(state.structureId);
  if (entry && !good('sc', parseSupercell)) state.supercell = entry.supercell;
  // In the compare view, view= belongs to the panes: the single view keeps its own default.
  if (entry && (state.compare || !good('view', parseDirection))) state.view = entry.view;
  return { state, notices };
}
