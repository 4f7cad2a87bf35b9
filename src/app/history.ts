/**
 * The browser history as the app's undo for what is shown: choosing a structure, a scenario,
 * a style or a file pushes an entry; everything else replaces the current one. Back and
 * Forward re-apply the entry's query through the same path as opening a link.
 */
import { historyEntryKey, historyWrite } from '../state/history-entry';
import { viewStateToSearch } from '../state/url';
import type { ViewState } from '../state/view-state';

let current = { key: '', search: '' };
let lastWrite = 0;
// While playing, the link follows x every 2 s: a history write costs ~1–2 ms of a frame
// (measured by npm run bench), too much to pay every few frames.
const PLAYING_INTERVAL_MS = 2000;

function entryOf(s: ViewState) {
  return {
    key: historyEntryKey(s, s.file),
    search: viewStateToSearch(s, { includeStructure: true }),
  };
}

/**
 * Treats `s` as a correction of the current entry (a file that could not be restored): the
 * next write replaces the entry instead of adding one.
 */
export function correctEntry(s: ViewState) {
  current = { ...current, key: entryOf(s).key };
}

/** Marks the entry the page was opened at (or went back to) as the current one. */
export function adoptEntry(s: ViewState) {
  current = entryOf(s);
}

/**
 * Writes the state into the address bar. `playingTick` (x moved by playback) writes at most
 * every PLAYING_INTERVAL_MS; a new entry is never held back.
 */
export function writeHistory(s: ViewState, playingTick: boolean) {
  const next = entryOf(s);
  const write = historyWrite(current, next);
  const now = performance.now();
  if (
    write === 'none' ||
    (write === 'replace' && playingTick && now - lastWrite < PLAYING_INTERVAL_MS)
  )
    return;
  lastWrite = now;
  current = next;
  const url = `${window.location.pathname}${next.search}${window.location.hash}`;
  if (write === 'push') window.history.pushState(null, '', url);
  else if (next.search !== window.location.search) window.history.replaceState(null, '', url);
}

/** Calls `apply` with the query of the entry Back or Forward went to. */
export function onHistoryStep(apply: (search: string) => void) {
  window.addEventListener('popstate', () => apply(window.location.search));
}
