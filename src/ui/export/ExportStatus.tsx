/** Progress of a running export (with Cancel), then what was saved or why it failed. */
import type { ExportRunState } from './useExportRun';

export function ExportStatus(props: ExportRunState & { cancel: () => void; unit?: string }) {
  const { busy, progress, error, saved, cancel, unit = 'step' } = props;
  if (busy)
    return (
      <div className="export-status" role="status">
        <progress
          max={progress?.total ?? 1}
          value={progress?.done ?? 0}
          aria-label="Export progress"
        />
        <span>
          {progress && progress.total > 1
            ? `${unit} ${Math.min(progress.done + 1, progress.total)} of ${progress.total}`
            : 'Working…'}
        </span>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    );
  if (error)
    return (
      <div className="export-status export-error" role="alert">
        {error}
      </div>
    );
  if (saved)
    return (
      <div className="export-status" role="status">
        Saved {saved}
      </div>
    );
  return null;
}
