/**
 * Which changes are a step the browser's Back button should undo: what is shown (structure,
 * scenario, the user's own file) and how it is drawn (style). Everything else — camera,
 * supercell, x while playing, toggles — refines the current entry instead of adding one.
 */
import type { ViewState } from './view-state';

/** `file` is the user's file on screen, or null for a bundled structure. */
export function historyEntryKey(
  state: Pick<ViewState, 'structureId' | 'scenarioId' | 'style'> &
    Partial<Pick<ViewState, 'compare'>>,
  file: string | null,
): string {
  const shown = state.compare
    ? `compare:${state.compare.ids.join(',')}`
    : state.scenarioId
      ? `scenario:${state.scenarioId}`
      : file !== null
        ? `file:${file}`
        : `structure:${state.structureId}`;
  return `${shown}|${state.style}`;
}

export type HistoryWrite = 'push' | 'replace' | 'none';

/** Push when the entry key changed, replace when only the query did, nothing otherwise. */
export function historyWrite(
  previous: { key: string; search: string },
  next: { key: string; search: string },
): HistoryWrite {
  if (next.key !== previous.key) return 'push';
  return next.search === previous.search ? 'none' : 'replace';
}
