/**
 * Errors and warnings, each saying what is wrong and where; dismissable, never blocking. They
 * stack in a scrolling area (notices.css); the newest, at the bottom, is scrolled into view.
 */
import { useEffect, useRef } from 'react';
import { useApp } from '../state/store';
import './notices.css';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismiss);
  const area = useRef<HTMLDivElement>(null);
  const newest = notices.at(-1)?.id;

  useEffect(() => {
    if (newest !== undefined && area.current) area.current.scrollTop = area.current.scrollHeight;
  }, [newest]);

  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite" ref={area}>
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
        >
          <span className="notice-text">{n.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
