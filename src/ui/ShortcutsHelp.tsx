/**
 * "Keys": a button in the top bar, and `?` anywhere outside a text field, open the list of
 * every keyboard shortcut (shortcuts.ts) in a modal dialog; Esc, the Close button or a click
 * outside it closes it, and focus goes back where it was.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useApp } from '../state/store';
import { opensShortcuts, SHORTCUT_GROUPS } from './shortcuts';
import './shortcuts.css';

export function ShortcutsHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const open = useCallback(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (!opensShortcuts(e, target, useApp.getState().presenting)) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button type="button" onClick={open} title="Keyboard shortcuts (?)">
        Keys
      </button>
      <dialog
        ref={dialog}
        className="shortcuts"
        aria-labelledby="shortcuts-heading"
        onClick={(e) => {
          if (e.target === e.currentTarget) e.currentTarget.close(); // the backdrop
        }}
        onKeyDown={(e) => e.stopPropagation()} // the view and timeline keep their keys
      >
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        {SHORTCUT_GROUPS.map((g) => (
          <section key={g.title} aria-label={g.title}>
            <h3>
              {g.title} <span className="shortcuts-when">({g.when})</span>
            </h3>
            <dl>
              {g.rows.map((r) => (
                <div key={r.what}>
                  <dt>
                    {r.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' '}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{r.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
