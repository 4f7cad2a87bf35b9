import { describe, expect, it } from 'vitest';
import { cameraKeyAction } from '../../src/scene/camera-keys';
import { opensShortcuts, SHORTCUT_GROUPS } from '../../src/ui/shortcuts';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('the keyboard shortcuts list', () => {
  it('? opens it outside text fields, not while presenting or with a modifier', () => {
    expect(opensShortcuts(press('?'), { tagName: 'BODY' }, false)).toBe(true);
    expect(opensShortcuts(press('?'), null, false)).toBe(true);
    expect(opensShortcuts(press('?'), { tagName: 'DIV' }, false)).toBe(true); // the 3D view
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(opensShortcuts(press('?'), { tagName }, false), tagName).toBe(false);
    expect(opensShortcuts(press('?'), { tagName: 'DIV', isContentEditable: true }, false)).toBe(
      false,
    );
    expect(opensShortcuts(press('?'), { tagName: 'BODY' }, true)).toBe(false);
    expect(opensShortcuts(press('?', { ctrlKey: true }), { tagName: 'BODY' }, false)).toBe(false);
    expect(opensShortcuts(press('/'), { tagName: 'BODY' }, false)).toBe(false);
  });

  it('lists the camera keys the view and the compare panes act on, with their steps', () => {
    const view = SHORTCUT_GROUPS.find((g) => g.title.startsWith('3D view'));
    if (!view) throw new Error('no view group');
    const listed = view.rows.flatMap((r) => r.keys).filter((k) => !k.startsWith('Shift'));
    const names: Record<string, string> = {
      '←': 'ArrowLeft',
      '→': 'ArrowRight',
      '↑': 'ArrowUp',
      '↓': 'ArrowDown',
    };
    for (const k of listed) expect(cameraKeyAction(names[k] ?? k, false), k).not.toBeNull();
    expect(view.rows[0].what).toBe('turn the structure 10°');
    expect(view.rows[1].what).toBe('turn 2°');
    // Every group says when its keys apply, and no row is empty.
    for (const g of SHORTCUT_GROUPS) {
      expect(g.when.length).toBeGreaterThan(0);
      for (const r of g.rows) expect(r.keys.length).toBeGreaterThan(0);
    }
  });
});
