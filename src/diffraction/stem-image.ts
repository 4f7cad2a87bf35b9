/**
 * A STEM-like image from projected columns: each column a Gaussian probe of the given FWHM
 * weighted by its Σ occ·Z^n, tiled over the field of view. HAADF: bright heavy columns on a
 * dark background. ABF-like: the same sum with the low exponent (n ≈ 0.6) drawn inverted,
 * 1 − I/I_max, so light columns (O, Li, Na) show as dark dots too — a stated rule for a
 * schematic picture, not a simulation of the annular bright-field contrast transfer.
 */
import type { ColumnProjection, StemMode } from './projection';

export const DEFAULT_PROBE_FWHM = 0.8; // Å
const FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.LN2);
const REACH = 3.5; // σ: the Gaussian is < 0.3 % of its peak beyond

export interface StemImageOptions {
  mode?: StemMode;
  fwhm?: number; // Å
  /** Field of view, Å; the image is centred on the projected cell's origin. */
  width?: number;
  height?: number;
  pixel?: number; // Å per pixel
  /** Relative noise amplitude (0: none), deterministic for a given seed. */
  noise?: number;
  seed?: number;
}

export interface StemImage {
  width: number; // pixels
  height: number;
  pixel: number; // Å per pixel
  /** Screen coordinate (Å) of pixel (0, 0)'s centre; y grows upwards on screen. */
  origin: [number, number];
  /** Row-major, row 0 at the top, values 0…1. */
  data: Float32Array;
}

function tileRange(p: ColumnProjection, half: [number, number], margin: number): number {
  const [e1, e2] = p.repeat;
  const shortest = Math.min(
    Math.abs(e1[0] * e2[1] - e1[1] * e2[0]) / Math.hypot(...e1),
    Math.abs(e1[0] * e2[1] - e1[1] * e2[0]) / Math.hypot(...e2),
  );
  return Math.ceil((Math.hypot(half[0], half[1]) + margin) / shortest) + 1;
}

export function stemImage(p: ColumnProjection, options: StemImageOptions = {}): StemImage {
  const fwhm = options.fwhm ?? DEFAULT_PROBE_FWHM;
  const pixel = options.pixel ?? 0.1;
  const widthA = options.width ?? 24;
  const heightA = options.height ?? 24;
  const w = Math.max(1, Math.round(widthA / pixel));
  const h = Math.max(1, Math.round(heightA / pixel));
  const sigma = fwhm / FWHM_PER_SIGMA;
  const reach = REACH * sigma;
  const origin: [number, number] = [-(w - 1) * pixel * 0.5, ((h - 1) * pixel) / 2];
  const data = new Float32Array(w * h);
  const n = tileRange(p, [widthA / 2, heightA / 2], reach);
  const [e1, e2] = p.repeat;
  const k = 1 / (2 * sigma * sigma);
  for (const col of p.columns) {
    for (let i = -n; i <= n; i++) {
      for (let j = -n; j <= n; j++) {
        const cx = col.position[0] + i * e1[0] + j * e2[0];
        const cy = col.position[1] + i * e1[1] + j * e2[1];
        const px = (cx - origin[0]) / pixel;
        const py = (origin[1] - cy) / pixel;
        const r = reach / pixel;
        const x0 = Math.max(0, Math.floor(px - r));
        const x1 = Math.min(w - 1, Math.ceil(px + r));
        const y0 = Math.max(0, Math.floor(py - r));
        const y1 = Math.min(h - 1, Math.ceil(py + r));
        for (let y = y0; y <= y1; y++) {
          const dy = (y - py) * pixel;
          for (let x = x0; x <= x1; x++) {
            const dx = (x - px) * pixel;
            data[y * w + x] += col.intensity * Math.exp(-k * (dx * dx + dy * dy));
          }
        }
      }
    }
  }
  let top = 0;
  for (let i = 0; i < data.length; i++) top = Math.max(top, data[i]);
  const inverted = options.mode === 'abf';
  const noise = options.noise ?? 0;
  let state = (options.seed ?? 1) >>> 0 || 1;
  for (let i = 0; i < data.length; i++) {
    let v = top > 0 ? data[i] / top : 0;
    if (noise > 0) {
      // xorshift32: reproducible noise without a dependency
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      v += noise * ((state >>> 0) / 4294967296 - 0.5);
    }
    v = Math.min(1, Math.max(0, v));
    data[i] = inverted ? 1 - v : v;
  }
  return { width: w, height: h, pixel, origin, data };
}
