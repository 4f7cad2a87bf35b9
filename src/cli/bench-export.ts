/**
 * Exports through the page hook, as the export command makes them: a video of K⁺ → α-MnO₂ at
 * 1080p (time per frame, rendered by SwiftShader and encoded by the browser) and a GLB of
 * α-MnO₂ at ~10k atoms (size and time). A format whose maker the build lacks gives null and
 * its reason.
 */
import { DEFAULT_REQUEST, type ExportFormat, type ExportRequest } from '../export/request';
import type { BrowserBench } from './bench-browser';
import { exportInPage, waitForView } from './export-page';

export interface ExportFigure {
  search: string;
  format: ExportFormat;
  /** null when the export failed; `error` says why. */
  bytes: number | null;
  ms: number | null;
  /** Units the maker reported (video frames). */
  units: number | null;
  error: string | null;
}

/** 1080p, 30 frames/s, 0.5 s: 15 frames of the scenario, each rendered and encoded. */
export const VIDEO_REQUEST: Omit<ExportRequest, 'format'> = {
  ...DEFAULT_REQUEST,
  width: 1920,
  height: 1080,
  fps: 30,
  seconds: 0.5,
};

export async function benchExport(
  bench: BrowserBench,
  search: string,
  formats: readonly ExportFormat[],
  request: Omit<ExportRequest, 'format'>,
  stub: boolean,
): Promise<ExportFigure> {
  const { page, errors, close } = await bench.open(search, stub);
  const query = search.replace(/^\?/, '');
  try {
    const view = await waitForView(page, query);
    if (!view.ok) throw new Error(view.error.message);
    // The first format the build can make (MP4 where the browser encodes H.264, else WebM).
    let error = '';
    for (const format of formats) {
      const file = await exportInPage(page, { ...request, format });
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      if (file.ok)
        return {
          search,
          format,
          bytes: file.value.data.length,
          ms: file.value.ms,
          units: file.value.units,
          error: null,
        };
      error = file.error.message;
    }
    return { search, format: formats[0], bytes: null, ms: null, units: null, error };
  } finally {
    await close();
  }
}
