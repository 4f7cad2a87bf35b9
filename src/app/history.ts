/**
 * The browser history as the app's undo for what is shown: choosing a structure, a scenario,
 * a style or a file pushes an entry; everything else replaces the current one. Back and
 * Forward re-apply the entry's query through the same path as opening a link. An open
 * lesson's parameters (lesson, step, present) travel in every entry beside the view's.
 */
import { historyEntryKey, historyWrite } from '../state/history-entry';
import { viewStateToSearch } from '../state/url';
import type { ViewState } from '../state/view-state';
import { lessonUrlParams } from './lesson-controller';
import { idleLater, writeThrottle } from './write-throttle';

const LESSON_PARAMS = ['lesson', 'step', 'present'];

let current = { key: '', search: '' };
// While the page opens (a lesson from the link may still be loading), changes correct the
// opening entry instead of adding one, and the link's lesson parameters are kept meanwhile.
let opening = false;
let openingLesson: [string, string][] = [];
// While playing, the link follows x every 0.5 s, written outside the animation frames when
// the page is idle: a history write costs ~1–2 ms (measured by npm run bench), and even the
// query string built for it is work a frame should not carry.
const PLAYING_INTERVAL_MS = 500;
let latest: ViewState | null = null;
const playbackWrite = writeThrottle(
  () => {
    if (latest) write(latest);
  },
  PLAYING_INTERVAL_MS,
  () => performance.now(),
  idleLater,
);

function entryOf(s: ViewState) {
  const view = viewStateToSearch(s, { includeStructure: true });
  const lesson = lessonUrlParams();
  const extra = lesson.length === 0 && opening ? openingLesson : lesson;
  const search =
    extra.length === 0 ? view : `${view || '?'}${view ? '&' : ''}${new URLSearchParams(extra)}`;
  return { key: historyEntryKey(s, s.file), search };
}

function replaceUrl(search: string) {
  if (search !== window.location.search)
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
}

/**
 * Treats `s` as a correction of the current entry (a file that could not be restored): the
 * next write replaces the entry instead of adding one.
 */
export function correctEntry(s: ViewState) {
  playbackWrite.cancel();
  current = { ...current, key: entryOf(s).key };
}

/** Marks the entry Back or Forward went to as the current one (its URL is already right). */
export function adoptEntry(s: ViewState) {
  playbackWrite.cancel();
  current = entryOf(s);
}

/**
 * The page opened at `s`: write its whole state into the address bar (a link without sc or
 * view gets them), and until openingDone() let changes correct this entry, not add one.
 */
export function openEntry(s: ViewState) {
  opening = true;
  const given = new URLSearchParams(window.location.search);
  openingLesson = [...given].filter(([name]) => LESSON_PARAMS.includes(name));
  playbackWrite.cancel();
  current = entryOf(s);
  replaceUrl(current.search);
}

/** The page has opened (its lesson, if any, is shown): choices from now on are entries. */
export function openingDone() {
  opening = false;
}

/**
 * Writes the state into the address bar. `playback` (x moved by a playing scenario or lesson
 * step: 'moving'; the playback just stopped: 'stopped') leaves the frame alone: the write happens later, when
 * idle — at most every PLAYING_INTERVAL_MS while playing, as soon as idle once stopped. Any
 * other change writes at once, with x as it is (a new entry is never held back).
 */
export function writeHistory(s: ViewState, playback: 'moving' | 'stopped' | null) {
  latest = s;
  if (playback) {
    playbackWrite.request(playback === 'stopped');
    return;
  }
  playbackWrite.cancel();
  write(s);
}

function write(s: ViewState) {
  const next = entryOf(s);
  let kind = historyWrite(current, next);
  if (kind === 'push' && opening) kind = 'replace';
  playbackWrite.wrote();
  if (kind === 'none') return;
  current = next;
  const url = `${window.location.pathname}${next.search}${window.location.hash}`;
  if (kind === 'push') window.history.pushState(null, '', url);
  else replaceUrl(next.search);
}

/** Calls `apply` with the query of the entry Back or Forward went to. */
export function onHistoryStep(apply: (search: string) => void) {
  window.addEventListener('popstate', () => apply(window.location.search));
}
