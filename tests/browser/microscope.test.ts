/**
 * The microscope panel in Chromium: it opens from a link with an image, a pattern and a plot
 * that are not blank; turning the view to b changes the pattern; playing K⁺ into α-MnO2 moves
 * the (200) peak to lower 2θ. No console errors, no request leaving the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, screenshot, waitForStructure } from './harness';

const openPage = pagesForThisFile();

/** Distinct grey levels and the fraction of pixels unlike the top-left one, per canvas. */
async function canvasInk(page: Page, selector: string) {
  return page.locator(selector).evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let differing = 0;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d =
        Math.abs(data[i] - data[0]) +
        Math.abs(data[i + 1] - data[1]) +
        Math.abs(data[i + 2] - data[2]);
      if (d > 40) differing++;
      sum = (sum * 31 + data[i] + 7 * data[i + 1] + 13 * data[i + 2]) % 1_000_000_007;
    }
    return { coverage: differing / (data.length / 4), hash: sum, zone: c.dataset.zone ?? '' };
  });
}

const tracked200 = (page: Page) =>
  page
    .locator('.microscope-tracked li[data-hkl="2,0,0"]')
    .getAttribute('data-two-theta')
    .then(Number);

describe('Microscope panel', () => {
  it('opens from the link with a STEM image, an SAED pattern and an XRD plot; follows the view', async () => {
    const app = await openPage('?s=alpha-MnO2&tem=stem,saed,xrd&mode=haadf');
    await waitForStructure(app.page);
    const { page } = app;
    await page.locator('.microscope-saed[data-zone="0,0,1"]').waitFor({ timeout: 60_000 });
    await page.locator('.microscope-xrd[data-peaks]').waitFor({ timeout: 60_000 });
    const stem = await canvasInk(page, '.microscope-stem');
    const saed = await canvasInk(page, '.microscope-saed');
    const xrd = await canvasInk(page, '.microscope-xrd');
    expect(stem.coverage).toBeGreaterThan(0.05);
    expect(saed.coverage).toBeGreaterThan(0.005);
    expect(xrd.coverage).toBeGreaterThan(0.005);
    expect(await page.locator('.microscope-note').innerText()).toMatch(/\[0 0 1\]/);
    expect(await page.locator('.microscope').innerText()).toMatch(/not a multislice/i);
    await screenshot(page, 'microscope-alpha-001');

    await page.getByRole('button', { name: 'b', exact: true }).click();
    await page.locator('.microscope-saed[data-zone="0,1,0"]').waitFor({ timeout: 30_000 });
    const saed010 = await canvasInk(page, '.microscope-saed');
    expect(saed010.hash).not.toBe(saed.hash);
    expect(await page.locator('.microscope-note').innerText()).toMatch(/\[0 1 0\]/);
    expect(new URL(page.url()).searchParams.get('tem')).toBe('stem,saed,xrd');
    await screenshot(page, 'microscope-alpha-010');

    // Hovering the pattern names a spot.
    const box = await page.locator('.microscope-saed').boundingBox();
    if (!box) throw new Error('no pattern box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('K⁺ into α-MnO2: the (200) peak moves to lower 2θ while playing', async () => {
    const app = await openPage('?scn=k-alpha-mno2&x=0&tem=xrd');
    const { page } = app;
    await page.getByTestId('readout-x').waitFor({ timeout: 60_000 });
    await page.locator('.microscope-tracked li[data-hkl="2,0,0"]').waitFor({ timeout: 60_000 });
    const start = await tracked200(page);
    expect(start).toBeCloseTo(18.132, 2);
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '4×' });
    await page.getByRole('button', { name: '▶ Play' }).click();
    await page.waitForFunction(
      (t0) => {
        const li = document.querySelector('.microscope-tracked li[data-hkl="2,0,0"]');
        return li && Number(li.getAttribute('data-two-theta')) < t0 - 0.05;
      },
      start,
      { timeout: 30_000 },
    );
    expect(await tracked200(page)).toBeLessThan(start - 0.05);
    await screenshot(page, 'microscope-k-playing');
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
