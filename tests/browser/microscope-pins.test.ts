/**
 * The microscope panel at a projector's 1280×720 during K⁺ into α-MnO2: pinned SAED spots and
 * powder peaks follow x, the pinned peaks' shift against x is drawn, and the settings (foil,
 * noise, wavelength, ionic form factors) change what is shown. No console errors, no request
 * leaving the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { XrdPattern } from '../../src/diffraction/xrd';
import { SAED_SIZE, saedMapping } from '../../src/ui/microscope/draw-saed';
import { XRD_WIDTH, xrdMapping } from '../../src/ui/microscope/draw-xrd';
import { pagesForThisFile, screenshot } from './harness';

const openPage = pagesForThisFile();

/** A hash of the canvas pixels and the fraction unlike its first pixel. */
async function ink(page: Page, selector: string) {
  return page.locator(selector).evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let differing = 0;
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 3] - data[3]) > 40) differing++;
      hash = (hash * 31 + data[i] + 7 * data[i + 1] + 13 * data[i + 2]) % 1_000_000_007;
    }
    return { coverage: differing / (data.length / 4), hash };
  });
}

/** Clicks the canvas at a point given in its drawing's CSS pixels (scrolled into view first). */
async function clickAt(page: Page, selector: string, x: number, y: number, drawnWidth: number) {
  const canvas = page.locator(selector);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  const k = box.width / drawnWidth;
  await canvas.click({ position: { x: x * k, y: y * k } });
}

const attr = (page: Page, selector: string, name: string) =>
  page.locator(selector).getAttribute(name).then(Number);

describe('Microscope pins and settings', () => {
  it('pins a spot and a peak, tracks them against x, and follows the settings', async () => {
    const app = await openPage('?scn=k-alpha-mno2&x=0&tem=stem,saed,xrd');
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('.microscope-saed[data-zone="0,0,1"]').waitFor({ timeout: 60_000 });
    await page.locator('.microscope-track[data-tracks="3"]').waitFor({ timeout: 60_000 });
    expect((await ink(page, '.microscope-track')).coverage).toBeGreaterThan(0.01);
    expect(await attr(page, '.microscope-xrd', 'data-labels')).toBeGreaterThan(4);

    // The (200) spot of [001]: g = 2/a along a*, a = 9.777 Å at x = 0.
    const map = saedMapping({ zone: [0, 0, 1], lambda: 0.025, gMax: 1.5, spots: [] });
    const [sx, sy] = map.toCanvas([2 / 9.777, 0]);
    await clickAt(page, '.microscope-saed', sx, sy, SAED_SIZE);
    const spot = '.microscope-pinned li[data-hkl="2,0,0"]';
    await page.locator(spot).waitFor({ timeout: 10_000 });
    expect(await attr(page, spot, 'data-d')).toBeCloseTo(4.8885, 3);
    expect(await page.locator(spot).innerText()).toMatch(/\(200\) d 4\.8885 Å · \|g\| 2\.046 nm⁻¹/);

    // The (310) peak at 28.85° on the 5–90° plot.
    const plot = xrdMapping({ range: [5, 90] } as XrdPattern);
    await clickAt(page, '.microscope-xrd', plot.x(28.854), 100, XRD_WIDTH);
    await page.locator('.microscope-tracked li[data-hkl="3,1,0"]').waitFor({ timeout: 10_000 });
    await page.locator('.microscope-track[data-tracks="4"]').waitFor({ timeout: 10_000 });

    // Settings: a 100 nm foil changes the pattern; noise the image; ionic f the intensities.
    const saed0 = await ink(page, '.microscope-saed');
    await page.getByRole('combobox', { name: 'Foil thickness' }).selectOption('100');
    await page.getByText(/Thin foil \(modelled\)/).waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      (h) => {
        const c = document.querySelector<HTMLCanvasElement>('.microscope-saed');
        const ctx = c?.getContext('2d');
        if (!c || !ctx) return false;
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        let hash = 0;
        for (let i = 0; i < data.length; i += 4)
          hash = (hash * 31 + data[i] + 7 * data[i + 1] + 13 * data[i + 2]) % 1_000_000_007;
        return hash !== h;
      },
      saed0.hash,
      { timeout: 10_000 },
    );
    const stem0 = await ink(page, '.microscope-stem');
    await page.getByRole('combobox', { name: 'STEM noise' }).selectOption('0.2');
    await expect
      .poll(async () => (await ink(page, '.microscope-stem')).hash, { timeout: 10_000 })
      .not.toBe(stem0.hash);
    const row310 = page.locator('.microscope-tracked li[data-hkl="3,1,0"]');
    const neutral = await row310.innerText();
    await page.getByRole('checkbox', { name: 'ionic f' }).check();
    await expect.poll(() => row310.innerText(), { timeout: 10_000 }).not.toBe(neutral);
    await screenshot(page, 'microscope-pins-1280');

    // The end of the path: a = 9.831 Å, the pinned spot's d grows, (200) moves down in 2θ.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('End');
    await expect.poll(() => attr(page, spot, 'data-d'), { timeout: 15_000 }).toBeGreaterThan(4.91);
    const row200 = '.microscope-tracked li[data-hkl="2,0,0"]';
    expect(await attr(page, row200, 'data-shift')).toBeLessThan(-0.09);
    await page.locator('.microscope').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await screenshot(page, 'microscope-pins-1280-end');

    // Unpinning from the list removes the row and the ring.
    await page.getByRole('button', { name: 'Unpin spot (200)' }).click();
    await expect.poll(() => page.locator(spot).count(), { timeout: 10_000 }).toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
