/**
 * The geometry of an image export: which part of the live view (CSS px) becomes the picture,
 * its pixel size, and the tiles it is rendered in. Pure arithmetic, tested in Node.
 *
 * The scene is rendered tile by tile through the camera's view offset (three's
 * `setViewOffset`: a sub-rectangle of the full frustum), so a 4× picture never needs a
 * drawing buffer larger than a tile and the live canvas is never resized. A picture of another
 * aspect than the view (the export command's --width/--height) shows the view's frustum
 * widened (or heightened) about its centre: nothing on screen is cut off.
 */
import { imageSize, MAX_IMAGE_SIDE } from './request';

/** Longest tile side, px: small enough for any WebGL renderbuffer and quick to read back. */
export const MAX_TILE_SIDE = 2048;

/** A rectangle: left, top, width, height. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageFrame {
  /** Pixel size of the picture. */
  width: number;
  height: number;
  /** The part of the live view (CSS px, may reach outside it) that the picture shows. */
  region: Rect;
  /** Picture pixels per CSS pixel of the view: what labels and text are scaled by. */
  pxPerCss: number;
}

/**
 * The picture for a view of `view` CSS px, at `scale` × the asked size (the view's own size
 * when none is asked), the long side capped at MAX_IMAGE_SIDE.
 */
export function imageFrame(
  view: { width: number; height: number },
  scale: number,
  asked?: { width: number; height: number },
): ImageFrame {
  if (!(view.width > 0 && view.height > 0)) throw new Error('the view has no size yet');
  const base = asked ?? view;
  const size = imageSize(base.width, base.height, scale);
  const aspect = size.width / size.height;
  // The view's region widened or heightened about its centre to the picture's aspect.
  let rw = view.width;
  let rh = view.height;
  if (aspect > rw / rh) rw = rh * aspect;
  else rh = rw / aspect;
  const region = { x: (view.width - rw) / 2, y: (view.height - rh) / 2, width: rw, height: rh };
  return { width: size.width, height: size.height, region, pxPerCss: size.width / rw };
}

/** Tiles covering a width × height picture, row by row from the top left. */
export function imageTiles(width: number, height: number, maxSide = MAX_TILE_SIDE): Rect[] {
  const side = Math.max(1, Math.min(maxSide, MAX_IMAGE_SIDE));
  const tiles: Rect[] = [];
  for (let y = 0; y < height; y += side)
    for (let x = 0; x < width; x += side)
      tiles.push({ x, y, width: Math.min(side, width - x), height: Math.min(side, height - y) });
  return tiles;
}

/**
 * The view offset (three's `camera.setViewOffset(fullWidth, fullHeight, x, y, width, height)`,
 * in the live view's CSS px) that renders `tile` of the picture.
 */
export function tileViewOffset(
  frame: ImageFrame,
  view: { width: number; height: number },
  tile: Rect,
) {
  const k = 1 / frame.pxPerCss;
  return {
    fullWidth: view.width,
    fullHeight: view.height,
    x: frame.region.x + tile.x * k,
    y: frame.region.y + tile.y * k,
    width: tile.width * k,
    height: tile.height * k,
  };
}

/** A point of the live view (CSS px) in picture pixels. */
export function toImagePoint(frame: ImageFrame, p: { x: number; y: number }) {
  return { x: (p.x - frame.region.x) * frame.pxPerCss, y: (p.y - frame.region.y) * frame.pxPerCss };
}

/**
 * WebGL reads rows bottom-up with colours premultiplied by alpha (what blending onto a clear,
 * transparent background leaves); a PNG wants rows top-down, straight alpha. Writes the tile's
 * pixels into the picture's RGBA buffer at its place.
 */
export function placeTilePixels(
  tilePixels: Uint8Array,
  tile: Rect,
  picture: Uint8ClampedArray,
  pictureWidth: number,
) {
  for (let row = 0; row < tile.height; row++) {
    const src = (tile.height - 1 - row) * tile.width * 4;
    const dst = ((tile.y + row) * pictureWidth + tile.x) * 4;
    for (let i = 0; i < tile.width * 4; i += 4) {
      const a = tilePixels[src + i + 3];
      const o = dst + i;
      if (a === 255 || a === 0) {
        picture[o] = tilePixels[src + i];
        picture[o + 1] = tilePixels[src + i + 1];
        picture[o + 2] = tilePixels[src + i + 2];
      } else {
        const k = 255 / a;
        picture[o] = tilePixels[src + i] * k;
        picture[o + 1] = tilePixels[src + i + 1] * k;
        picture[o + 2] = tilePixels[src + i + 2] * k;
      }
      picture[o + 3] = a;
    }
  }
}
