/**
 * Where each export format's maker is found. The scene registers the makers that need the
 * renderer (PNG, video, GLB) while it is mounted; the Export panel and the page hook
 * `window.__tunnelscopeExport` (used by the export command) both run exports through here, so
 * the UI and the command make the same file.
 */
import type { ExportFormat, ExportRequest } from '../export/request';

export interface ExportProgress {
  /** Units of work done and in all (frames for a video, 1 of 1 for a picture). */
  done: number;
  total: number;
}

export type Exporter = (
  request: ExportRequest,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
) => Promise<Blob>;

const makers = new Map<ExportFormat, Exporter>();

/** Registers `maker` for `format`; the returned function removes it again (on unmount). */
export function registerExporter(format: ExportFormat, maker: Exporter): () => void {
  makers.set(format, maker);
  return () => {
    if (makers.get(format) === maker) makers.delete(format);
  };
}

export function canExport(format: ExportFormat): boolean {
  return makers.has(format);
}

/** Runs one export; rejects with a message saying what to do when the format has no maker. */
export function runExport(
  request: ExportRequest,
  onProgress: (progress: ExportProgress) => void = () => {},
  signal: AbortSignal = new AbortController().signal,
): Promise<Blob> {
  const maker = makers.get(request.format);
  if (!maker) {
    return Promise.reject(
      new Error(
        `${request.format.toUpperCase()} export is not available until the view has loaded`,
      ),
    );
  }
  return maker(request, onProgress, signal);
}
