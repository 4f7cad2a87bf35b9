/** Export panel, Image: PNG at 1×, 2× or 4× the view, transparent or not, overlays each switchable. */
import { useState } from 'react';
import { imageFrame } from '../../export/image-frame';
import { ALL_LABELS, DEFAULT_REQUEST, type ImageLabels } from '../../export/request';
import { ExportStatus } from './ExportStatus';
import { OverlayChecks } from './OverlayChecks';
import { fileStem } from './save-file';
import { useExportRun } from './useExportRun';

const SCALES = [1, 2, 4] as const;

/** The 3D view's size in CSS px, or null before it is laid out. */
function viewSize(): { width: number; height: number } | null {
  const canvas = document.querySelector<HTMLCanvasElement>('.stage canvas');
  const r = canvas?.getBoundingClientRect();
  return r && r.width > 0 && r.height > 0 ? { width: r.width, height: r.height } : null;
}

export function ImageExportSection() {
  const [scale, setScale] = useState<number>(2);
  const [transparent, setTransparent] = useState(false);
  const [labels, setLabels] = useState<ImageLabels>(ALL_LABELS);
  const exportRun = useExportRun();
  const view = viewSize();
  const size = view ? imageFrame(view, scale) : null;
  const save = () =>
    void exportRun.run(
      { ...DEFAULT_REQUEST, format: 'png', scale, transparent, labels },
      `${fileStem()}${scale > 1 ? `@${scale}x` : ''}.png`,
    );
  return (
    <section className="export-section" aria-labelledby="export-image-heading">
      <h3 id="export-image-heading">Image</h3>
      <fieldset className="export-row">
        <legend>Size</legend>
        {SCALES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="export-scale"
              value={s}
              checked={scale === s}
              onChange={() => setScale(s)}
            />
            {s}×
          </label>
        ))}
        {size && (
          <span className="export-size" data-testid="export-png-size">
            {size.width} × {size.height} px
          </span>
        )}
      </fieldset>
      <label className="export-check">
        <input
          type="checkbox"
          checked={transparent}
          onChange={(e) => setTransparent(e.target.checked)}
        />
        Transparent background
      </label>
      <OverlayChecks labels={labels} onChange={setLabels} />
      <button type="button" onClick={save} disabled={exportRun.busy}>
        Save PNG
      </button>
      <ExportStatus {...exportRun} unit="tile" />
    </section>
  );
}
