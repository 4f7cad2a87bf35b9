/**
 * What one export asks for. The same object travels from the export command (and the
 * Export panel) to the page hook `window.__tunnelscopeExport(request)`, so both paths run the
 * same code in the page.
 */
export const EXPORT_FORMATS = ['png', 'mp4', 'webm', 'glb', 'cif'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which of the screen's overlays a PNG or each frame of a video carries (all on by default). */
export interface ImageLabels {
  tunnels: boolean;
  axes: boolean;
  title: boolean;
  key: boolean;
  caption: boolean;
}

export const ALL_LABELS: ImageLabels = {
  tunnels: true,
  axes: true,
  title: true,
  key: true,
  caption: true,
};

export interface ExportRequest {
  format: ExportFormat;
  /** Size of the view before scaling, CSS px (the page's view size when absent). */
  width?: number;
  height?: number;
  /** Image scale: 1, 2 or 4 × the view (capped so the long side stays ≤ MAX_IMAGE_SIDE). */
  scale: number;
  transparent: boolean;
  labels: ImageLabels;
  /** Video frame rate and range; absent → the scenario's whole x range in `seconds`. */
  fps: number;
  from?: number;
  to?: number;
  seconds: number;
  /** One full rotation about the view's up axis instead of (or while) playing x. */
  turntable: boolean;
}

export const MAX_IMAGE_SIDE = 8192; // px: what WebGL drawing buffers and slide programs take
export const MAX_VIDEO_SECONDS = 60;
export const DEFAULT_SECONDS = 4;
export const DEFAULT_FPS = 30;

export const DEFAULT_REQUEST: Omit<ExportRequest, 'format'> = {
  scale: 1,
  transparent: false,
  labels: ALL_LABELS,
  fps: DEFAULT_FPS,
  seconds: DEFAULT_SECONDS,
  turntable: false,
};

/** The pixel size of an image export: view × scale, shrunk to fit MAX_IMAGE_SIDE. */
export function imageSize(
  width: number,
  height: number,
  scale: number,
): { width: number; height: number; scale: number } {
  const s = Math.min(scale, MAX_IMAGE_SIDE / Math.max(width, height));
  return { width: Math.round(width * s), height: Math.round(height * s), scale: s };
}
