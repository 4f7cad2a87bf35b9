/**
 * The page hook the export command drives: `window.__tunnelscopeExport(request)` runs the
 * same maker the Export panel does and hands back the file as base64 (page.evaluate can only
 * return JSON), or the maker's message. Errors never reject: the command prints the message.
 */
import type { ExportRequest } from '../export/request';
import { runExport } from '../state/exporters';
import { useApp } from '../state/store';
import { tunnelsPending } from './tunnel-finder';

export type ExportHookResult =
  | {
      ok: true;
      base64: string;
      /** The blob's MIME type ('' when the maker gave none). */
      type: string;
      bytes: number;
      /** Time inside the maker, ms (the bench reports it per frame for a video). */
      ms: number;
      /** Units of work the maker reported (frames of a video; 1 for a picture or a file). */
      units: number;
    }
  | { ok: false; error: string };

/** What the command checks before it exports: the page has settled and said nothing wrong. */
export interface ExportHookStatus {
  busy: boolean;
  /** Key of what is on screen ('' before the first structure has loaded). */
  showing: string;
  /** The open lesson's step (0-based), -1 without one. */
  lessonStep: number;
  notices: { kind: 'error' | 'warning' | 'info'; text: string }[];
}

declare global {
  interface Window {
    __tunnelscopeExport?: (request: ExportRequest) => Promise<ExportHookResult>;
    __tunnelscopeExportStatus?: () => ExportHookStatus;
  }
}

/** Blob → base64 without building one huge string of char codes (videos run to megabytes). */
function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(blob);
  });
}

export async function exportForHook(request: ExportRequest): Promise<ExportHookResult> {
  let units = 1;
  const started = performance.now();
  try {
    const blob = await runExport(request, (p) => {
      units = p.total;
    });
    const ms = performance.now() - started;
    return { ok: true, base64: await toBase64(blob), type: blob.type, bytes: blob.size, ms, units };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export function exportStatus(): ExportHookStatus {
  const s = useApp.getState();
  return {
    // The tunnel labels come after the structure: a picture waits for them.
    busy: s.busy || tunnelsPending(),
    showing: (s.scenarioId ? s.loadedScenario?.key : s.loaded?.key) ?? '',
    lessonStep: s.lesson ? s.lessonStep : -1,
    notices: s.notices.map((n) => ({ kind: n.kind, text: n.text })),
  };
}

export function installExportHook() {
  window.__tunnelscopeExport = exportForHook;
  window.__tunnelscopeExportStatus = exportStatus;
}
