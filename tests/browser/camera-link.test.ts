/**
 * The camera is part of the link: after the user turns and zooms the view, the URL holds the
 * direction, screen-up and zoom, the heading follows, and opening that URL shows the same
 * picture.
 */
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, screenshot, waitForStructure } from './harness';

const open = pagesForThisFile();

async function canvasPng(page: Page): Promise<PNG> {
  const shot = await page.locator('canvas').screenshot();
  return PNG.sync.read(shot);
}

async function drag(page: Page, dx: number, dy: number, button: 'left' | 'right' = 'left') {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down({ button });
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up({ button });
}

/** Share of pixels that differ between two canvas pictures of the same size. */
function differingShare(a: PNG, b: PNG): number {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  const n = pixelmatch(a.data, b.data, null, a.width, a.height, { threshold: 0.1 });
  return n / (a.width * a.height);
}

async function waitForUrl(page: Page, pattern: RegExp) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(window.location.search),
    pattern.source,
    {
      timeout: 10_000,
    },
  );
}

describe('camera in the link', () => {
  it('turning and zooming writes view, up and zoom; the link reproduces the picture', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=001');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await drag(app.page, 90, 60);
    await app.page.waitForFunction(() => /[?&]up=/.test(window.location.search), undefined, {
      timeout: 10_000,
    });
    const box = await app.page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.wheel(0, -300);
    await app.page.waitForFunction(() => /[?&]zoom=/.test(window.location.search), undefined, {
      timeout: 10_000,
    });
    const search = new URL(app.page.url()).search;
    const params = new URLSearchParams(search);
    expect(params.get('view')).not.toBe('001');
    expect(params.get('view')?.split(',')).toHaveLength(3);
    expect(Number(params.get('zoom'))).toBeGreaterThan(1);
    // The heading follows the camera, and no preset direction button claims the view.
    const heading = await app.page.locator('#view-heading').innerText();
    expect(heading).not.toContain('[001]');
    expect(await app.page.locator('[aria-labelledby=view-heading] button.active').count()).toBe(0);
    // Wait until the last write has been drawn, then compare with a fresh page at the link.
    await app.page.waitForTimeout(400);
    const before = await canvasPng(app.page);
    await screenshot(app.page, 'camera-turned');

    const again = await open(search);
    await waitForStructure(again.page, 'α-MnO₂ (hollandite)');
    const after = await canvasPng(again.page);
    await screenshot(again.page, 'camera-from-link');
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    const differing = pixelmatch(before.data, after.data, null, before.width, before.height, {
      threshold: 0.1,
    });
    // A few edge pixels may round differently; the picture must be the same.
    expect(differing / (before.width * before.height)).toBeLessThan(0.01);
    expect(app.errors).toEqual([]);
    expect(again.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('choosing a preset direction again resets up and zoom', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=0.3,1,0.2&up=001&zoom=2');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await app.page.getByRole('button', { name: 'c', exact: true }).click();
    await app.page.waitForFunction(() => window.location.search.includes('view=001'));
    expect(app.page.url()).not.toMatch(/up=|zoom=/);
    expect(app.errors).toEqual([]);
  });

  it('turned, panned and zoomed in perspective: the link puts the camera where it was', async () => {
    const app = await open('?s=beta-MnO2&sc=2x2x2&view=001&proj=persp');
    await waitForStructure(app.page, /β-MnO₂/);
    await drag(app.page, 70, 40);
    await waitForUrl(app.page, /[?&]up=/);
    await drag(app.page, 120, -80, 'right');
    await waitForUrl(app.page, /[?&]pan=/);
    const box = await app.page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.wheel(0, -200);
    await waitForUrl(app.page, /[?&]zoom=/);
    await app.page.waitForTimeout(400);
    const search = new URL(app.page.url()).search;
    expect(search).toContain('proj=persp');
    const before = await canvasPng(app.page);
    const again = await open(search);
    await waitForStructure(again.page, /β-MnO₂/);
    const after = await canvasPng(again.page);
    await screenshot(again.page, 'camera-persp-pan-from-link');
    expect(differingShare(before, after)).toBeLessThan(0.01);
    // Without the pan the picture would be shifted: the test can tell the difference.
    const centred = await open(search.replace(/&?pan=[^&]*/, ''));
    await waitForStructure(centred.page, /β-MnO₂/);
    expect(differingShare(before, await canvasPng(centred.page))).toBeGreaterThan(0.02);
    expect([...app.errors, ...again.errors, ...centred.errors]).toEqual([]);
  });

  it('a paused scenario turned by hand: its link shows the same picture at the same x', async () => {
    const app = await open('?scn=k-alpha-mno2&x=0.8&sc=1x1x2');
    await app.page.waitForSelector('[data-testid=readout-x]');
    await waitForStructure(app.page);
    await drag(app.page, -80, 50);
    await waitForUrl(app.page, /[?&]up=/);
    await app.page.waitForTimeout(400);
    const search = new URL(app.page.url()).search;
    expect(search).toContain('x=0.8');
    const before = await canvasPng(app.page);
    const again = await open(search);
    await waitForStructure(again.page);
    await again.page.waitForTimeout(200);
    expect(differingShare(before, await canvasPng(again.page))).toBeLessThan(0.01);
    expect([...app.errors, ...again.errors]).toEqual([]);
  });

  it('Reset goes back to the chosen direction after the camera was turned', async () => {
    const app = await open('?s=alpha-MnO2&sc=1x1x1&view=100');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    await drag(app.page, 60, 30);
    await waitForUrl(app.page, /[?&]up=/);
    await app.page.getByRole('button', { name: 'Reset' }).click();
    await waitForUrl(app.page, /view=100(&|$)/);
    expect(app.page.url()).not.toMatch(/up=|zoom=|pan=/);
    expect(await app.page.locator('#view-heading').innerText()).toContain('[100]');
    expect(app.errors).toEqual([]);
  });
});
