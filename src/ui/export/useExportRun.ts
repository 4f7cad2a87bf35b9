/**
 * One export run for a section of the Export panel: runs the request through the makers'
 * registry, saves the file, and holds the progress and the error message to show. Cancel
 * aborts the run (the makers check the signal between frames or tiles).
 */
import { useCallback, useRef, useState } from 'react';
import type { ExportRequest } from '../../export/request';
import { type ExportProgress, runExport } from '../../state/exporters';
import { saveBlob } from './save-file';

export interface ExportRunState {
  busy: boolean;
  progress: ExportProgress | null;
  error: string | null;
  /** The name of the last file saved. */
  saved: string | null;
}

const IDLE: ExportRunState = { busy: false, progress: null, error: null, saved: null };

export function useExportRun() {
  const [state, setState] = useState<ExportRunState>(IDLE);
  const abort = useRef<AbortController | null>(null);
  const run = useCallback(async (request: ExportRequest, fileName: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ busy: true, progress: null, error: null, saved: null });
    try {
      const blob = await runExport(
        request,
        (progress) => {
          if (!controller.signal.aborted) setState((s) => ({ ...s, progress }));
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      saveBlob(blob, fileName);
      setState({ busy: false, progress: null, error: null, saved: fileName });
    } catch (e) {
      const cancelled = controller.signal.aborted;
      const message = e instanceof Error ? e.message : String(e);
      setState({
        busy: false,
        progress: null,
        error: cancelled
          ? 'Cancelled.'
          : `${request.format.toUpperCase()} export failed: ${message}`,
        saved: null,
      });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  }, []);
  const cancel = useCallback(() => abort.current?.abort(), []);
  return { ...state, run, cancel };
}
