/**
 * Every keyboard shortcut the app has, grouped by where it works, as the help dialog lists
 * them. The handlers live with their parts (scene/camera-keys.ts for the view and the compare
 * panes, Timeline.tsx, Presentation.tsx); this is what a user reads, kept beside them in one
 * list so the dialog cannot leave a group out.
 */
import { FINE_TURN_DEGREES, TURN_DEGREES } from '../scene/camera-keys';

export interface ShortcutRow {
  /** Keys, any of which does it (shown as separate key caps). */
  keys: string[];
  what: string;
}

export interface ShortcutGroup {
  title: string;
  /** When the group's keys apply. */
  when: string;
  rows: ShortcutRow[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: '3D view and compare panes',
    when: 'reached with Tab; a click leaves the arrows to the timeline',
    rows: [
      { keys: ['←', '→', '↑', '↓'], what: `turn the structure ${TURN_DEGREES}°` },
      { keys: ['Shift + arrow'], what: `turn ${FINE_TURN_DEGREES}°` },
      { keys: ['+', '−'], what: 'zoom in, out' },
      { keys: ['0'], what: 'back to the chosen view' },
    ],
  },
  {
    title: 'Scenario timeline',
    when: 'while a scenario is shown',
    rows: [
      { keys: ['Space'], what: 'play, pause' },
      { keys: ['←', '→'], what: 'nudge x' },
      { keys: ['Shift + ←', 'Shift + →'], what: 'previous, next keyframe' },
      { keys: ['Home', 'End'], what: 'first, last x' },
    ],
  },
  {
    title: 'Presenting a lesson',
    when: 'after Present',
    rows: [
      { keys: ['→', 'PageDown', 'Space'], what: 'next step' },
      { keys: ['←', 'PageUp'], what: 'previous step' },
      { keys: ['Home', 'End'], what: 'first, last step' },
      { keys: ['F'], what: 'full screen' },
      { keys: ['Esc'], what: 'leave' },
    ],
  },
  {
    title: 'Anywhere',
    when: 'outside a text field',
    rows: [{ keys: ['?'], what: 'this list' }],
  },
];

/** A key press that should open the list: `?` outside text fields and not while presenting. */
export function opensShortcuts(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: { tagName: string; isContentEditable?: boolean } | null,
  presenting: boolean,
): boolean {
  if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || presenting) return false;
  if (!target) return true;
  return !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) && !target.isContentEditable;
}
