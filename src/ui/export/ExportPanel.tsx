/**
 * The Export panel: one section per kind of file, each on its own (its options, its Save
 * button, its progress and errors). Opened from the top bar's Export button.
 */
import { useEffect, useRef, useState } from 'react';
import { CifExportSection } from './CifExportSection';
import { ImageExportSection } from './ImageExportSection';
import { LinkSection } from './LinkSection';
import { ModelExportSection } from './ModelExportSection';
import { VideoExportSection } from './VideoExportSection';
import './ExportPanel.css';
import './transparent.css';

export function ExportPanel({ onClose }: { onClose: () => void }) {
  return (
    <div className="export-panel" role="dialog" aria-label="Export">
      <div className="export-head">
        <h2>Export</h2>
        <button type="button" className="export-close" onClick={onClose} aria-label="Close Export">
          ×
        </button>
      </div>
      <ImageExportSection />
      <VideoExportSection />
      <ModelExportSection />
      <CifExportSection />
      <LinkSection />
    </div>
  );
}

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
      {open && <ExportPanel onClose={() => setOpen(false)} />}
    </div>
  );
}
