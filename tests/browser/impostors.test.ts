/**
 * Impostor atoms and bonds against the instanced meshes they replace: the same picture from
 * the same camera (pixelmatch), picking, the sectors of mixed sites, and a complete frame of a
 * 100,000-atom supercell. `sessionStorage['tunnelscope:draw']` forces one drawing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { type AppPage, canvasStats, pagesForThisFile, SHOTS, waitForStructure } from './harness';

const openPage = pagesForThisFile();
let app: AppPage | undefined;

/** One page for the file; each view is opened in it with the drawing forced. */
async function show(search: string, draw: 'mesh' | 'impostor', title?: RegExp) {
  app ??= await openPage('?s=alpha-MnO2&sc=1x1x1');
  await app.page.evaluate((d) => sessionStorage.setItem('tunnelscope:draw', d), draw);
  await app.page.goto(new URL(search, app.page.url()).href);
  await waitForStructure(app.page, title);
  return app.page;
}

async function canvasPng(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('canvas').screenshot());
}

/** pixelmatch's per-pixel colour threshold (0–1, YIQ distance) used for every comparison. */
const PIXEL_THRESHOLD = 0.1;

function compare(a: PNG, b: PNG, name: string): number {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  const diff = new PNG({ width: a.width, height: a.height });
  const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, {
    threshold: PIXEL_THRESHOLD,
  });
  // Mesh | impostor | differing pixels, side by side, for a person to look at.
  const side = new PNG({ width: 3 * a.width, height: a.height });
  for (const [k, img] of [a, b, diff].entries())
    PNG.bitblt(img, side, 0, 0, a.width, a.height, k * a.width, 0);
  writeFileSync(path.join(SHOTS, `${name}.png`), PNG.sync.write(side));
  return n / (a.width * a.height);
}

/** Sampled unsaturated mid-grey pixels: Ni's colour (183,187,189), shaded. */
async function greyPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas') as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4 * 3) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      const max = Math.max(r, g, b);
      if (max > 90 && max < 235 && max - Math.min(r, g, b) < 18) n++;
    }
    return n;
  });
}

describe('impostors draw what the meshes drew', () => {
  it('α-MnO2 at ~1,000 atoms: the same picture from the same camera, both styles', async () => {
    for (const style of ['polyhedral', 'ball-and-stick']) {
      // Tunnel labels off: they arrive from a worker after the first frame, so one of the two
      // pictures could have them and the other not.
      const search = `?s=alpha-MnO2&sc=2x2x9&view=001&style=${style}&tunnels=0`;
      const mesh = await canvasPng(await show(search, 'mesh', /α-MnO₂/));
      const impostor = await canvasPng(await show(search, 'impostor', /α-MnO₂/));
      const share = compare(mesh, impostor, `impostor-vs-mesh-1k-${style}`);
      // Measured: see the README (edges of spheres and bonds differ by a pixel at most).
      expect(share).toBeLessThan(0.02);
      expect(share).toBeGreaterThan(0); // not the same drawing twice
    }
    expect(app?.errors).toEqual([]);
  });

  it('a click on an impostor atom fills the inspector', async () => {
    const page = await show('?s=alpha-MnO2&sc=1x1x1&view=001', 'impostor', /α-MnO₂/);
    const stats = await canvasStats(page, { oxygen: [350, 10] });
    const at = stats.firstAt.oxygen;
    if (!at) throw new Error('no oxygen pixel to click');
    await page.mouse.click(at.x, at.y + 3);
    const inspector = page.locator('.inspector');
    await inspector.getByText(/selected atom/i).waitFor();
    expect(await inspector.innerText()).toMatch(/O[12]\s+O²⁻/);
  });

  it('mixed Ni/Mn sites of O3 keep their grey Ni sector', async () => {
    const search = '?s=O3-NaNiMnO2&sc=2x2x1&style=space-filling';
    const meshGrey = await greyPixels(await show(search, 'mesh', /O3/));
    const impostorGrey = await greyPixels(await show(search, 'impostor', /O3/));
    expect(meshGrey).toBeGreaterThan(200);
    expect(impostorGrey).toBeGreaterThan(0.7 * meshGrey);
    expect(impostorGrey).toBeLessThan(1.3 * meshGrey);
  });

  it('a 100,288-atom supercell draws a complete frame', async () => {
    const started = Date.now();
    const page = await show('?s=alpha-MnO2&sc=16x16x15&view=001', 'impostor', /α-MnO₂/);
    // waitForStructure waited for the frame that drew it, then two more: pixels are there.
    const stats = await canvasStats(page, { manganese: [285, 325] });
    expect(stats.coverage).toBeGreaterThan(0.1);
    expect(stats.hues.manganese).toBeGreaterThan(1000);
    expect(Date.now() - started).toBeLessThan(90_000);
    expect(app?.errors).toEqual([]);
  }, 120_000);
});
