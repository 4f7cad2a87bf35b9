/** Hands the panels the app's actions (see src/state/actions.ts): the one place they meet. */
import { provideActions } from '../state/actions';
import { openUserFile, showComparison, showScenarioById, showStructure } from './controller';
import {
  BUNDLED_LESSON_IDS,
  closeLesson,
  goToStep,
  loadBundledLesson,
  openLesson,
  openLessonFiles,
  setPresenting,
  stepBy,
} from './lesson-controller';
import { cancelReading } from './read/progress';
import { needSymmetryTables } from './symmetry-tables';

export function wireActions(): void {
  provideActions({
    showStructure,
    showScenarioById,
    showComparison,
    openUserFile,
    cancelReading,
    bundledLessonIds: BUNDLED_LESSON_IDS,
    loadBundledLesson,
    openLesson,
    openLessonFiles,
    closeLesson,
    goToStep,
    stepBy,
    setPresenting,
    needSymmetryTables,
  });
}
