/**
 * The top bar's Export button. The panel it opens, with every exporter's code, loads on the
 * first click, off the first frame.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import './export-menu.css';
// Needed at first paint by a transparent=1 link, not only once the panel opens.
import './transparent.css';

const ExportPanel = lazy(() => import('./ExportPanel').then((m) => ({ default: m.ExportPanel })));

/** The top bar's Export button and the panel it opens (Esc or × closes it). */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="export-open"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title="Save a picture, a CIF, or copy a link or embed code"
      >
        Export
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
