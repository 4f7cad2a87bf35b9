/**
 * Browser test harness: serves the built app (dist/) with Vite's preview server on a free
 * loopback port and drives Debian's Chromium through playwright-core with software WebGL.
 * Every page records console errors and any request that leaves the page's origin.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, launchChromium } from '../../src/cli/chromium';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHOTS = path.join(ROOT, 'tests/browser/screenshots');

export interface AppPage {
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
  /** Console warnings seen so far (from the first script on). */
  warnings: string[];
  /** Requests to any origin other than the app's own. */
  foreignRequests: string[];
}

export interface Viewport {
  width: number;
  height: number;
}

/** The window a page opens in unless a test asks for another (a laptop at full screen). */
export const DEFAULT_VIEWPORT: Viewport = { width: 1400, height: 860 };

export interface Harness {
  origin: string;
  open: (search?: string, viewport?: Viewport, init?: string) => Promise<AppPage>;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(path.join(ROOT, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium`);
  mkdirSync(SHOTS, { recursive: true });
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  const browser: Browser = await launchChromium(); // the flags the export command uses too

  // Open at the size the test measures: a resize after the first frame keeps the zoom of the
  // old window, so a test that resizes later sees a different picture from one opened there.
  // `init`: a script run in the page before the app's first (to watch from the first byte).
  const open = async (
    search = '',
    viewport = DEFAULT_VIEWPORT,
    init?: string,
  ): Promise<AppPage> => {
    const context = await browser.newContext({
      viewport,
      acceptDownloads: true,
    });
    if (init) await context.addInitScript({ content: init });
    const page = await context.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    const foreignRequests: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
      if (msg.type() === 'warning') warnings.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreignRequests.push(url);
    });
    await page.goto(`${origin}/${search}`);
    return { page, errors, warnings, foreignRequests };
  };

  return {
    origin,
    open,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/**
 * One harness per test file: started before the file's tests, closed after them together with
 * every page they opened. Returns the function that opens a page at a query string.
 */
export function pagesForThisFile(): (
  search?: string,
  viewport?: Viewport,
  init?: string,
) => Promise<AppPage> {
  let harness: Harness | undefined;
  const pages: AppPage[] = [];
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    for (const p of pages) await p.page.context().close();
    await harness?.close();
  });
  return async (search = '', viewport?: Viewport, init?: string) => {
    if (!harness) throw new Error('the harness did not start');
    const app = await harness.open(search, viewport, init);
    pages.push(app);
    return app;
  };
}

/** Waits until the app has drawn a structure: the info overlay names it and nothing is busy. */
export async function waitForStructure(page: Page, title?: string | RegExp) {
  await page.waitForSelector('.structure-info .title', { timeout: 60_000 });
  if (title)
    await page.locator('.structure-info .title', { hasText: title }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('.busy'), undefined, {
    timeout: 60_000,
  });
  await waitForFrame(page);
}

/**
 * Waits until the canvas has drawn what the page says it shows (the viewer stamps each frame
 * with the id of its content), then two more animation frames so the pixels are there.
 */
export async function waitForFrame(page: Page) {
  await page.waitForFunction(
    () => {
      const showing = document.querySelector<HTMLElement>('main.stage')?.dataset.showing;
      const shown = document.querySelector('canvas')?.dataset.shown;
      return Boolean(showing) && showing === shown;
    },
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

export interface CanvasStats {
  width: number;
  height: number;
  /** Fraction of sampled pixels that differ from the background. */
  coverage: number;
  /** Sampled pixels per named hue range (saturated pixels only). */
  hues: Record<string, number>;
  /** Where the first sampled pixel of each named hue range was found (CSS pixels). */
  firstAt: Record<string, { x: number; y: number } | null>;
}

/** A hue range in degrees (wrapping through 0 when from > to). */
export type HueRange = [from: number, to: number];

/**
 * Samples the WebGL canvas (the app keeps its drawing buffer) on a grid and counts saturated
 * pixels per hue range, so a test can say "violet MnO6 and red O are visible" whatever the
 * shading and translucency do to the exact RGB values.
 */
export async function canvasStats(
  page: Page,
  ranges: Record<string, HueRange>,
): Promise<CanvasStats> {
  return page.evaluate((ranges) => {
    const canvas = document.querySelector('canvas');
    if (!canvas) throw new Error('no canvas');
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const rect = canvas.getBoundingClientRect();
    const scale = rect.width / copy.width;
    const bg = [data[0], data[1], data[2]];
    let differing = 0;
    let samples = 0;
    const hues: Record<string, number> = {};
    const firstAt: Record<string, { x: number; y: number } | null> = {};
    for (const name of Object.keys(ranges)) {
      hues[name] = 0;
      firstAt[name] = null;
    }
    const step = 3;
    for (let y = 0; y < copy.height; y += step)
      for (let x = 0; x < copy.width; x += step) {
        const i = 4 * (y * copy.width + x);
        const [r, g, b] = [data[i] / 255, data[i + 1] / 255, data[i + 2] / 255];
        samples++;
        if (
          Math.abs(data[i] - bg[0]) +
            Math.abs(data[i + 1] - bg[1]) +
            Math.abs(data[i + 2] - bg[2]) >
          30
        )
          differing++;
        const max = Math.max(r, g, b);
        const min = Math.min(r, g, b);
        const sat = max === 0 ? 0 : (max - min) / max;
        if (sat < 0.35 || max < 0.2) continue;
        const d = max - min;
        let hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
        hue = (hue * 60 + 360) % 360;
        for (const [name, [from, to]] of Object.entries(ranges)) {
          const inside = from <= to ? hue >= from && hue <= to : hue >= from || hue <= to;
          if (!inside) continue;
          hues[name]++;
          firstAt[name] ??= { x: rect.left + (x + 1) * scale, y: rect.top + (y + 1) * scale };
        }
      }
    return { width: copy.width, height: copy.height, coverage: differing / samples, hues, firstAt };
  }, ranges);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
