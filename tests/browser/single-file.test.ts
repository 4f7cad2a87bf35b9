/**
 * The one-file build (npm run build:single) opened from file:// with no server: every bundled
 * structure draws, with no console error and no request leaving the file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/cli/chromium';
import { STRUCTURE_IDS } from '../../src/state/catalogue';
import { canvasStats, ROOT, screenshot, waitForStructure } from './harness';

const FILE = path.join(ROOT, 'dist-single/tunnelscope.html');

describe('single-file build from file://', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run npm run build:single first`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`file://${FILE}`) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const id of STRUCTURE_IDS) {
    it(`draws ${id}`, async () => {
      await page.goto(`file://${FILE}?s=${id}`);
      await waitForStructure(page);
      const stats = await canvasStats(page, {});
      expect(stats.coverage, `${id}: share of the canvas that is not background`).toBeGreaterThan(
        0.02,
      );
      if (id === 'alpha-MnO2') await screenshot(page, 'single-file-alpha-MnO2');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});
