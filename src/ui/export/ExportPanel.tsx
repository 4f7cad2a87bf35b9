/**
 * The Export panel: one section per kind of file, each on its own (its options, its Save
 * button, its progress and errors). Opened from the top bar's Export button.
 */
import { CifExportSection } from './CifExportSection';
import { ImageExportSection } from './ImageExportSection';
import { LinkSection } from './LinkSection';
import { ModelExportSection } from './ModelExportSection';
import { VideoExportSection } from './VideoExportSection';
import './ExportPanel.css';

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
