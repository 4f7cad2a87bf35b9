/** Image export geometry: picture size, cap, region for another aspect, tiles, pixel readback. */
import { describe, expect, it } from 'vitest';
import {
  imageFrame,
  imageTiles,
  placeTilePixels,
  tileViewOffset,
  toImagePoint,
} from '../../src/export/image-frame';
import { MAX_IMAGE_SIDE } from '../../src/export/request';

const VIEW = { width: 900, height: 600 };

describe('imageFrame', () => {
  it('scales the view 1×, 2×, 4× with the region the view itself', () => {
    for (const scale of [1, 2, 4]) {
      const f = imageFrame(VIEW, scale);
      expect([f.width, f.height]).toEqual([900 * scale, 600 * scale]);
      expect(f.region).toEqual({ x: 0, y: 0, width: 900, height: 600 });
      expect(f.pxPerCss).toBe(scale);
    }
  });

  it('caps the long side at MAX_IMAGE_SIDE and keeps the aspect', () => {
    const f = imageFrame({ width: 2500, height: 1000 }, 4);
    expect(f.width).toBe(MAX_IMAGE_SIDE);
    expect(f.height).toBe(Math.round((1000 * MAX_IMAGE_SIDE) / 2500));
    expect(f.pxPerCss).toBeCloseTo(MAX_IMAGE_SIDE / 2500, 9);
  });

  it('widens the region about the centre for a wider asked size, never cropping', () => {
    const f = imageFrame(VIEW, 1, { width: 1920, height: 1080 });
    expect([f.width, f.height]).toEqual([1920, 1080]);
    expect(f.region.height).toBe(600);
    expect(f.region.width).toBeCloseTo((600 * 1920) / 1080, 9);
    expect(f.region.x).toBeCloseTo((900 - f.region.width) / 2, 9);
    expect(f.region.y).toBe(0);
    // The view's centre lands on the picture's centre.
    const c = toImagePoint(f, { x: 450, y: 300 });
    expect(c.x).toBeCloseTo(960, 6);
    expect(c.y).toBeCloseTo(540, 6);
  });

  it('heightens the region for a taller asked size', () => {
    const f = imageFrame(VIEW, 1, { width: 600, height: 600 });
    expect(f.region.width).toBe(900);
    expect(f.region.height).toBe(900);
    expect(f.region.y).toBe(-150);
  });

  it('refuses a view that has no size', () => {
    expect(() => imageFrame({ width: 0, height: 10 }, 1)).toThrow(/no size/);
  });
});

describe('tiles', () => {
  it('cover the picture exactly once', () => {
    const [w, h] = [50, 30];
    const tiles = imageTiles(w, h, 16);
    expect(tiles).toHaveLength(4 * 2);
    const covered = new Uint8Array(w * h);
    for (const t of tiles)
      for (let y = t.y; y < t.y + t.height; y++)
        for (let x = t.x; x < t.x + t.width; x++) covered[y * w + x]++;
    expect(covered.every((n) => n === 1)).toBe(true);
    expect(tiles[0]).toEqual({ x: 0, y: 0, width: 16, height: 16 });
    expect(tiles[7]).toEqual({ x: 48, y: 16, width: 2, height: 14 });
    expect(imageTiles(5000, 3000)).toHaveLength(3 * 2);
  });

  it('map to view offsets that together span the region', () => {
    const f = imageFrame(VIEW, 4);
    const tiles = imageTiles(f.width, f.height, 1000);
    const first = tileViewOffset(f, VIEW, tiles[0]);
    expect(first).toEqual({ fullWidth: 900, fullHeight: 600, x: 0, y: 0, width: 250, height: 250 });
    const last = tileViewOffset(f, VIEW, tiles[tiles.length - 1]);
    expect(last.x + last.width).toBeCloseTo(900, 9);
    expect(last.y + last.height).toBeCloseTo(600, 9);
  });
});

describe('placeTilePixels', () => {
  it('flips rows and un-premultiplies alpha', () => {
    // A 2×2 tile read bottom-up: bottom row red opaque + half-transparent premultiplied green.
    const tile = new Uint8Array([
      255, 0, 0, 255, 0, 64, 0, 128, // bottom row
      0, 0, 0, 0, 10, 20, 30, 255, // top row
    ]); // biome-ignore format: one row per line
    const picture = new Uint8ClampedArray(3 * 3 * 4);
    placeTilePixels(tile, { x: 1, y: 1, width: 2, height: 2 }, picture, 3);
    const px = (x: number, y: number) => [
      ...picture.subarray(4 * (y * 3 + x), 4 * (y * 3 + x) + 4),
    ];
    expect(px(1, 1)).toEqual([0, 0, 0, 0]);
    expect(px(2, 1)).toEqual([10, 20, 30, 255]);
    expect(px(1, 2)).toEqual([255, 0, 0, 255]);
    expect(px(2, 2)).toEqual([0, 128, 0, 128]);
    expect(px(0, 0)).toEqual([0, 0, 0, 0]); // outside the tile: untouched
  });
});
