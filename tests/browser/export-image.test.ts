/**
 * The Export panel and the colour key, as a lecturer uses them on a 1280×720 projector: the key
 * lists the elements in the palette's colours (and the split sites of a layered oxide); a 2×
 * PNG has twice the view's pixels; a transparent one has a see-through background and opaque
 * atoms; overlays on and off differ where the title and the key sit; the CIF saved from the
 * panel reads back to the same composition; Copy link / Copy embed code put the expected text
 * on the clipboard. One page, driven through the UI.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import { atomicNumber } from '../../src/crystal/elements';
import { paletteColourHex } from '../../src/crystal/palettes';
import { readCif } from '../../src/crystal/read';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import {
  type AppPage,
  pagesForThisFile,
  ROOT,
  SHOTS,
  screenshot,
  waitForFrame,
  waitForStructure,
} from './harness';

const open = pagesForThisFile();
let app: AppPage;

/** Width and height from a PNG's IHDR chunk (bytes 16–23), as any image program reads them. */
function ihdrSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function openExport(page: Page) {
  if ((await page.locator('.export-panel').count()) === 0)
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.locator('.export-panel').waitFor();
}

/** A switch of the Export panel; the overlay ones are the Image section's (Video has them too). */
async function setCheck(page: Page, name: string, on: boolean, within = '.export-panel') {
  const box = page.locator(within).getByLabel(name, { exact: true });
  if ((await box.isChecked()) !== on) await box.click();
}

/** Saves a file from the panel's `button` and returns its bytes. */
async function save(page: Page, button: string, keep?: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.locator('.export-panel').getByRole('button', { name: button }).click(),
  ]);
  const file = keep ? path.join(SHOTS, keep) : await download.path();
  if (keep) await download.saveAs(file);
  return readFileSync(file);
}

async function savePng(
  page: Page,
  o: { scale: 1 | 2 | 4; transparent: boolean; overlays: boolean; keep?: string },
): Promise<PNG> {
  await openExport(page);
  await page.locator('.export-panel').getByLabel(`${o.scale}×`, { exact: true }).check();
  await setCheck(page, 'Transparent background', o.transparent);
  for (const name of ['Tunnel labels', 'Axis labels', 'Title', 'Colour key', 'Caption'])
    await setCheck(page, name, o.overlays, 'section[aria-labelledby="export-image-heading"]');
  const bytes = await save(page, 'Save PNG', o.keep);
  return PNG.sync.read(bytes);
}

/** Mean absolute RGB difference of two same-sized PNGs inside a rectangle (picture px). */
function meanDiff(a: PNG, b: PNG, x0: number, y0: number, w: number, h: number): number {
  let sum = 0;
  for (let y = y0; y < y0 + h; y++)
    for (let x = x0; x < x0 + w; x++) {
      const i = 4 * (y * a.width + x);
      for (let c = 0; c < 3; c++) sum += Math.abs(a.data[i + c] - b.data[i + c]);
    }
  return sum / (3 * w * h);
}

async function viewSize(page: Page) {
  return page.evaluate(() => {
    const r = document.querySelector('.stage canvas')?.getBoundingClientRect();
    return { width: Math.round(r?.width ?? 0), height: Math.round(r?.height ?? 0) };
  });
}

beforeAll(async () => {
  await initMoyoNode();
  app = await open('?s=alpha-MnO2&sc=1x1x1&view=001');
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.page.url()).origin,
  });
  await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
});

describe('colour key', () => {
  it('lists the elements and ions in the palette’s colours and follows a palette change', async () => {
    const { page } = app;
    const rows = () =>
      page.$$eval('.colour-key li[data-element]', (lis) =>
        lis.map((li) => ({
          element: (li as HTMLElement).dataset.element,
          text: li.textContent,
          swatch: getComputedStyle(li.querySelector('.colour-key-swatch') as Element)
            .backgroundColor,
        })),
      );
    const rgb = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
    };
    const teaching = await rows();
    expect(teaching.map((r) => r.element).sort()).toEqual(['Mn', 'O']);
    expect(teaching.find((r) => r.element === 'Mn')?.text).toContain('Mn⁴⁺');
    for (const r of teaching)
      expect(r.swatch).toBe(rgb(paletteColourHex(atomicNumber(r.element!), 'teaching')));
    // Readable from the back of a hall at 1280×720: at least 14 px text.
    const px = await page.$eval('.colour-key li', (li) =>
      Number.parseFloat(getComputedStyle(li).fontSize),
    );
    expect(px).toBeGreaterThanOrEqual(14);

    // K-hollandite under VESTA's colours: K is the guest, violet like VESTA's table.
    await page.goto(
      `${new URL(page.url()).origin}/?s=K-hollandite&sc=1x1x1&view=001&palette=vesta`,
    );
    await waitForStructure(page);
    const vesta = await rows();
    const k = vesta.find((r) => r.element === 'K');
    expect(k?.text).toContain('guest');
    expect(k?.swatch).toBe(rgb(paletteColourHex(19, 'vesta')));
    expect(paletteColourHex(19, 'vesta')).not.toBe(paletteColourHex(19, 'teaching'));
    await page.getByLabel('Colours').selectOption('teaching');
    await page.waitForFunction(
      (want) =>
        getComputedStyle(
          document.querySelector('.colour-key li[data-element="K"] .colour-key-swatch') as Element,
        ).backgroundColor === want,
      rgb(paletteColourHex(19, 'teaching')),
    );

    // P2: the Ni/Mn and Na sites split into sectors get their own rows.
    await page.goto(`${new URL(page.url()).origin}/?s=P2-NaNiMnO2`);
    await waitForStructure(page);
    const sectors = await page.$$eval('.colour-key-sector', (lis) =>
      lis.map((li) => li.textContent ?? ''),
    );
    expect(sectors.some((t) => /Mn [\d.]+ · Ni [\d.]+|Ni [\d.]+ · Mn [\d.]+/.test(t))).toBe(true);
    expect(sectors.some((t) => /vacant/.test(t))).toBe(true);
    await screenshot(page, 'colour-key-P2');
    // Switchable: hidden, then shown again.
    await page.getByRole('button', { name: 'Hide the colour key' }).click();
    await page.waitForFunction(() => window.location.search.includes('key=0'));
    expect(await page.locator('.colour-key').count()).toBe(0);
    await page.getByRole('button', { name: 'Key', exact: true }).click();
    await page.locator('.colour-key').waitFor();
  });
});

describe('PNG export', () => {
  it('saves 2× the view’s pixels with the overlays drawn in', async () => {
    const { page } = app;
    await page.goto(`${new URL(page.url()).origin}/?s=alpha-MnO2&sc=1x1x1&view=001`);
    await waitForStructure(page, 'α-MnO₂ (hollandite)');
    await openExport(page);
    await screenshot(page, 'export-panel');
    const view = await viewSize(page);
    await openExport(page);
    await page.locator('.export-panel').getByLabel('2×', { exact: true }).check();
    await setCheck(page, 'Transparent background', false);
    const bytes = await save(page, 'Save PNG', 'export-alpha-MnO2@2x.png');
    const size = ihdrSize(bytes);
    expect(size.width).toBe(2 * view.width);
    expect(size.height).toBe(2 * view.height);
    await expect(page.locator('.export-panel')).toBeDefined();
    expect(await page.locator('.export-panel').textContent()).toContain('Saved');
    // The live view kept its size.
    expect(await viewSize(page)).toEqual(view);
  });

  it('says why when the picture cannot be made, and the view stays', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const real = HTMLCanvasElement.prototype.toBlob;
      (window as unknown as { realToBlob: typeof real }).realToBlob = real;
      HTMLCanvasElement.prototype.toBlob = (done: BlobCallback) => {
        done(null);
      };
    });
    await openExport(page);
    await page.locator('.export-panel').getByRole('button', { name: 'Save PNG' }).click();
    const alert = page.locator('.export-panel [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^PNG export failed: the browser could not encode a \d+ × \d+ PNG/,
    );
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = (
        window as unknown as { realToBlob: HTMLCanvasElement['toBlob'] }
      ).realToBlob;
    });
    expect(await page.locator('.structure-info .title').textContent()).toContain('α-MnO₂');
  });

  it('differs with overlays on and off where the title and the key sit', async () => {
    const { page } = app;
    const on = await savePng(page, { scale: 1, transparent: false, overlays: true });
    const off = await savePng(page, { scale: 1, transparent: false, overlays: false });
    expect(on.width).toBe(off.width);
    const title = await page.$eval('.structure-info', (el) => el.getBoundingClientRect().width);
    expect(title).toBeGreaterThan(40);
    // Title block: top left. Key: bottom right.
    expect(meanDiff(on, off, 10, 10, 40, 16)).toBeGreaterThan(8);
    expect(meanDiff(on, off, on.width - 50, on.height - 30, 40, 16)).toBeGreaterThan(8);
    // Without overlays the picture is the scene the screen shows (same camera, same size).
    const screen = await page.evaluate(() => {
      const c = document.querySelector('.stage canvas') as HTMLCanvasElement;
      return c.toDataURL('image/png');
    });
    const shown = PNG.sync.read(Buffer.from(screen.split(',')[1], 'base64'));
    expect(shown.width).toBe(off.width);
    expect(meanDiff(shown, off, 0, 0, off.width, off.height)).toBeLessThan(6);
  });

  it('has a see-through background and opaque atoms when transparent', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Ball & stick' }).click();
    await waitForFrame(page);
    const opaque = await savePng(page, { scale: 1, transparent: false, overlays: false });
    const clear = await savePng(page, {
      scale: 1,
      transparent: true,
      overlays: false,
      keep: 'export-transparent.png',
    });
    let background = 0;
    let backgroundClear = 0;
    let atoms = 0;
    let atomsOpaque = 0;
    const w = opaque.width;
    const dark = (i: number) =>
      765 - opaque.data[i] - opaque.data[i + 1] - opaque.data[i + 2] > 200;
    for (let i = 4 * w; i < opaque.data.length - 4 * w; i += 4) {
      const [r, g, b] = [opaque.data[i], opaque.data[i + 1], opaque.data[i + 2]];
      if (r === 255 && g === 255 && b === 255) {
        background++;
        if (clear.data[i + 3] < 255) backgroundClear++;
      } else if (dark(i) && dark(i - 4) && dark(i + 4) && dark(i - 4 * w) && dark(i + 4 * w)) {
        // Inside an atom or a bond (not an antialiased edge or a thin cell line).
        atoms++;
        if (clear.data[i + 3] === 255) atomsOpaque++;
      }
    }
    expect(background).toBeGreaterThan(opaque.data.length / 40);
    expect(atoms).toBeGreaterThan(opaque.data.length / 400);
    expect(backgroundClear / background).toBeGreaterThan(0.99);
    expect(atomsOpaque / atoms).toBeGreaterThan(0.97);
  });
});

describe('CIF export and links', () => {
  it('saves a CIF the reader reads back to the same composition', async () => {
    const { page } = app;
    await openExport(page);
    const text = (await save(page, 'Save CIF')).toString('utf8');
    const back = readCif(text, 'export.cif');
    if (!back.ok) throw new Error(formatDiagnostic(back.error));
    const original = readCif(readFileSync(path.join(ROOT, 'structures/alpha-MnO2.cif'), 'utf8'));
    if (!original.ok) throw new Error(formatDiagnostic(original.error));
    expect(composition(back.value.crystals[0])).toEqual(composition(original.value.crystals[0]));
  });

  it('copies the view’s link and an embed frame', async () => {
    const { page } = app;
    await openExport(page);
    const panel = page.locator('.export-panel');
    await panel.getByRole('button', { name: 'Copy link' }).click();
    await panel.getByText('Copied to the clipboard.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    await panel.getByLabel('Width').fill('800');
    await panel.getByLabel('Height').fill('450');
    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    await page.waitForFunction(async () =>
      (await navigator.clipboard.readText()).startsWith('<iframe'),
    );
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(/^<iframe src="[^"]+" width="800" height="450"/);
    const src = new URL(code.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&'));
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('s')).toBe('alpha-MnO2');
    expect(await panel.getByLabel('Copied text').inputValue()).toBe(code);
  });

  it('embeds a scenario looping on a transparent background', async () => {
    const { page } = app;
    await page.goto(`${new URL(page.url()).origin}/?scn=k-alpha-mno2&x=0.5`);
    await waitForStructure(page);
    await openExport(page);
    const panel = page.locator('.export-panel');
    await setCheck(page, 'Looping', true);
    await setCheck(page, 'Transparent', true);
    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    await panel.getByText('Copied to the clipboard.').waitFor();
    const code = await panel.getByLabel('Copied text').inputValue();
    const src = code.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
    expect(code).toContain('background:transparent');
    await page.goto(src);
    await waitForFrame(page);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    // Playing in loop mode: x moves on, and the mode says loop.
    expect(await page.getByLabel('Repeat', { exact: true }).inputValue()).toBe('loop');
    const x0 = await page.evaluate(() => new URLSearchParams(location.search).get('x'));
    await page.waitForFunction((x) => new URLSearchParams(location.search).get('x') !== x, x0, {
      timeout: 60_000,
    });
    // Nothing behind the view: the page and the canvas's clear colour are see-through.
    const look = await page.evaluate(() => {
      const canvas = document.querySelector('.stage canvas') as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(canvas, 0, 0);
      return {
        app: getComputedStyle(document.querySelector('.app') as Element).backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        cornerAlpha: ctx.getImageData(2, 2, 1, 1).data[3],
      };
    });
    expect(look).toEqual({ app: 'rgba(0, 0, 0, 0)', body: 'rgba(0, 0, 0, 0)', cornerAlpha: 0 });
    await screenshot(page, 'embed-transparent-loop');
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
