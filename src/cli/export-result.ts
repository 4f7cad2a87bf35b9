/**
 * The pure parts of the export command: which notices of the page make the export fail,
 * the pixel size a PNG's header gives, and the one line of JSON printed on success.
 */
import type { ExportFormat } from '../export/request';

export interface PageNotice {
  kind: 'error' | 'warning' | 'info';
  text: string;
}

/**
 * An error or warning notice means the page did not show what the link asked for (a URL
 * parameter ignored, a file that failed): the command reports it instead of exporting
 * something else. Info notices are fine.
 */
export function noticeProblem(notices: readonly PageNotice[]): string | null {
  const bad = notices.filter((n) => n.kind !== 'info');
  if (bad.length === 0) return null;
  return `the page reported: ${bad.map((n) => n.text.replace(/\s*\n\s*/g, ' ')).join(' | ')}`;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  for (let i = 0; i < 8; i++) if (bytes[i] !== PNG_SIGNATURE[i]) return null;
  const type = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (type !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface ExportSummary {
  out: string;
  format: ExportFormat;
  bytes: number;
  mime: string;
  /** The app's query string the file was made from (without `?`). */
  query: string;
  /** Pixel size of a PNG; null for the other formats. */
  width: number | null;
  height: number | null;
  /** Video frames the maker reported; null for the other formats. */
  frames: number | null;
  /** Time inside the page's maker, ms. */
  exportMs: number;
}

export function exportSummary(
  out: string,
  format: ExportFormat,
  query: string,
  data: Uint8Array,
  mime: string,
  units: number,
  ms: number,
): ExportSummary {
  const size = format === 'png' ? pngSize(data) : null;
  return {
    out,
    format,
    bytes: data.length,
    mime,
    query,
    width: size?.width ?? null,
    height: size?.height ?? null,
    frames: format === 'mp4' || format === 'webm' ? units : null,
    exportMs: Math.round(ms),
  };
}
