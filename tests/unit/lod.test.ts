import { describe, expect, it } from 'vitest';
import { chooseDrawing, MESH_MAX_ATOMS } from '../../src/scene/lod';

const laptop = { frameMs: 16, devicePixelRatio: 2 };

describe('drawing choice by size and budget', () => {
  it('draws a unit cell as meshes and anything larger as impostors', () => {
    expect(chooseDrawing(MESH_MAX_ATOMS, laptop).atoms).toBe('mesh');
    expect(chooseDrawing(MESH_MAX_ATOMS + 1, laptop).atoms).toBe('impostor');
    expect(chooseDrawing(100_000, laptop).atoms).toBe('impostor');
  });

  it('honours a forced drawing whatever the size', () => {
    expect(chooseDrawing(100_000, { ...laptop, force: 'mesh' }).atoms).toBe('mesh');
    expect(chooseDrawing(24, { ...laptop, force: 'impostor' }).atoms).toBe('impostor');
  });

  it('multisamples small scenes and not large ones, and a larger budget allows more', () => {
    expect(chooseDrawing(1_000, laptop).antialias).toBe(true);
    expect(chooseDrawing(100_000, laptop).antialias).toBe(false);
    // The bench's ~10k scene is over the line: multisampling doubled its frame.
    expect(chooseDrawing(9_300, laptop).antialias).toBe(false);
    expect(chooseDrawing(5_000, laptop).antialias).toBe(true);
    expect(chooseDrawing(100_000, { ...laptop, frameMs: 1000 }).antialias).toBe(true);
    const sizes = [1e2, 1e3, 1e4, 3e4, 1e5, 1e6];
    const aa = sizes.map((n) => chooseDrawing(n, laptop).antialias);
    // Once off, it stays off for every larger scene.
    expect(aa.indexOf(false)).toBeGreaterThan(0);
    expect(aa.slice(aa.indexOf(false)).every((a) => !a)).toBe(true);
  });

  it('keeps the display ratio at rest (capped at 2) and lowers it while moving large scenes', () => {
    const small = chooseDrawing(1_000, laptop);
    expect(small.restingDpr).toBe(2);
    expect(small.movingDpr).toBe(2);
    const big = chooseDrawing(100_000, laptop);
    expect(big.restingDpr).toBe(2);
    expect(big.movingDpr).toBe(1);
    expect(chooseDrawing(1_000, { ...laptop, devicePixelRatio: 3 }).restingDpr).toBe(2);
    expect(chooseDrawing(1_000, { ...laptop, devicePixelRatio: 1 }).movingDpr).toBe(1);
    const mid = chooseDrawing(60_000, { frameMs: 16, devicePixelRatio: 2 });
    expect(mid.movingDpr).toBeGreaterThanOrEqual(1);
    expect(mid.movingDpr).toBeLessThan(2);
  });
});
