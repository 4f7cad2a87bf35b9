/**
 * What the panels ask the app to do. Panels (ui/) never import the app's wiring (app/): data
 * flows one way. The app hands its functions over once at start (provideActions); a panel
 * calls the same-named function here, which forwards to them.
 */
import type { Lesson } from '../lesson/types';
import type { LessonResult } from '../lesson/validate';
import type { CompareState } from './compare';

export interface AppActions {
  showStructure(id: string): void;
  showScenarioById(id: string): void;
  /** Opens the compare view; null goes back to the single view where the user left it. */
  showComparison(compare: CompareState | null): void;
  /** `text` null means the file was refused before reading, for `refusal`. */
  openUserFile(name: string, text: string | null, refusal?: string): Promise<void>;
  /** Stops the user's file being read (its progress bar's Cancel); the view stays as it was. */
  cancelReading(): void;
  bundledLessonIds: readonly string[];
  loadBundledLesson(id: string): Promise<LessonResult>;
  /** A lesson file picked or dropped together with the CIFs its steps show. */
  openLessonFiles(files: readonly { name: string; text: string }[]): void;
  openLesson(lesson: Lesson, id: string | null, step?: number, present?: boolean): void;
  closeLesson(): void;
  goToStep(index: number, glide?: boolean): void;
  stepBy(delta: number): void;
  setPresenting(presenting: boolean): void;
  /** Loads the space-group tables now (Wyckoff letters asked for) rather than when idle. */
  needSymmetryTables(): Promise<void>;
}

let provided: AppActions | null = null;

export function provideActions(actions: AppActions): void {
  provided = actions;
}

function app(): AppActions {
  if (!provided) throw new Error('the app has not started: provideActions was never called');
  return provided;
}

export const showStructure = (id: string) => app().showStructure(id);
export const showScenarioById = (id: string) => app().showScenarioById(id);
export const showComparison = (compare: CompareState | null) => app().showComparison(compare);
export const openUserFile = (name: string, text: string | null, refusal?: string) =>
  app().openUserFile(name, text, refusal);
export const cancelReading = () => app().cancelReading();
export const bundledLessonIds = () => app().bundledLessonIds;
export const loadBundledLesson = (id: string) => app().loadBundledLesson(id);
export const openLessonFiles = (files: readonly { name: string; text: string }[]) =>
  app().openLessonFiles(files);
export const openLesson = (lesson: Lesson, id: string | null, step?: number, present?: boolean) =>
  app().openLesson(lesson, id, step, present);
export const closeLesson = () => app().closeLesson();
export const goToStep = (index: number, glide?: boolean) => app().goToStep(index, glide);
export const stepBy = (delta: number) => app().stepBy(delta);
export const setPresenting = (presenting: boolean) => app().setPresenting(presenting);
export const needSymmetryTables = () => app().needSymmetryTables();
