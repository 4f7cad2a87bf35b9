/**
 * What a lesson step may name (the bundled structures and scenarios) and the defaults a
 * step without supercell or camera takes from them: the same as a link without sc or view.
 */
import type { SubjectDefaults } from '../lesson/step-state';
import type { LessonCatalogue } from '../lesson/validate';
import { catalogueEntry, STRUCTURE_IDS } from '../state/catalogue';
import { SCENARIO_IDS, scenarioEntry } from '../state/scenario-catalogue';

export const BUNDLED_CATALOGUE: LessonCatalogue = {
  structures: STRUCTURE_IDS,
  scenarios: SCENARIO_IDS,
};

export const subjectDefaults: SubjectDefaults = (subject) => {
  if (subject.kind === 'structure') return catalogueEntry(subject.id);
  if (subject.kind === 'scenario') return scenarioEntry(subject.id);
  return undefined;
};
