/** The STEM-like image on its canvas: grey levels from the core's image, a scale bar in Å. */
import type { ColumnProjection } from '../../diffraction/projection';
import type { StemImage } from '../../diffraction/stem-image';
import { prepareCanvas, scaleBar } from './canvas';

export const STEM_SIZE = 280; // CSS px, square

/** Screen position (Å) → canvas CSS pixel, and back, for hover. */
export function stemMapping(image: StemImage) {
  const scale = STEM_SIZE / (image.width * image.pixel); // px per Å
  const x0 = image.origin[0] - image.pixel / 2;
  const y0 = image.origin[1] + image.pixel / 2;
  return {
    scale,
    toCanvas: (p: [number, number]): [number, number] => [(p[0] - x0) * scale, (y0 - p[1]) * scale],
    toScreen: (cx: number, cy: number): [number, number] => [x0 + cx / scale, y0 - cy / scale],
  };
}

let scratch: HTMLCanvasElement | null = null;

export function drawStem(
  canvas: HTMLCanvasElement,
  image: StemImage,
  projection: ColumnProjection,
  caption: string,
) {
  const ctx = prepareCanvas(canvas, STEM_SIZE, STEM_SIZE);
  if (!ctx) return;
  scratch ??= document.createElement('canvas');
  scratch.width = image.width;
  scratch.height = image.height;
  const sctx = scratch.getContext('2d');
  if (!sctx) return;
  const pixels = sctx.createImageData(image.width, image.height);
  for (let i = 0; i < image.data.length; i++) {
    const v = Math.round(image.data[i] * 255);
    pixels.data[4 * i] = v;
    pixels.data[4 * i + 1] = v;
    pixels.data[4 * i + 2] = v;
    pixels.data[4 * i + 3] = 255;
  }
  sctx.putImageData(pixels, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(scratch, 0, 0, STEM_SIZE, STEM_SIZE);
  const { scale } = stemMapping(image);
  const bar = image.width * image.pixel > 30 ? 10 : 5; // Å
  const dark = projection.exponent < 1; // ABF: light background
  const ink = dark ? '#000000' : '#ffffff';
  scaleBar(ctx, 10, STEM_SIZE - 12, bar * scale, `${bar} Å`, ink);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  ctx.fillStyle = ink;
  ctx.fillText(caption, 8, 6);
}
