/**
 * A large CIF of your own is read off the page: a generated 20,000-atom P1 file opened with
 * the file button shows a progress bar while the page keeps drawing frames; Cancel keeps the
 * structure that was on screen; a full read then shows the new one. From file:// (the
 * one-file build, where no worker can start) the page reads the file itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/cli/chromium';
import { p1Cif } from '../unit/generated-cif';
import { type AppPage, pagesForThisFile, ROOT, screenshot, waitForStructure } from './harness';

const openPage = pagesForThisFile();
const BIG = { name: 'big-p1.cif', mimeType: 'text/plain', buffer: Buffer.from(p1Cif(20_000)) };

/** Counts animation frames on the page: they advance only while the main thread is free. */
async function startFrameCounter(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number };
    w.frames_ = 0;
    const tick = () => {
      w.frames_++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const frames = (page: Page) =>
  page.evaluate(() => (window as unknown as { frames_: number }).frames_);

/**
 * Holds every fetch of the space-group WebAssembly until release(). The page's own tables are
 * loaded first, so the one fetch caught is the reader worker's, which it awaits before reading.
 */
async function holdWorkerTables(page: Page) {
  await page.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm')),
  );
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let caught = 0;
  const pattern = '**/*.wasm';
  await page.route(pattern, async (route) => {
    caught++;
    await gate;
    await route.continue().catch(() => {}); // the worker may have been ended meanwhile
  });
  return {
    requests: () => caught,
    release: async () => {
      open();
      await page.unroute(pattern);
    },
  };
}

const showing = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('main.stage')?.dataset.showing ?? '');

function expectClean(app: AppPage) {
  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
}

describe('reading a large CIF in a Web Worker', () => {
  let app: AppPage;

  it('shows progress while the page keeps drawing, and Cancel keeps the old structure', async () => {
    app = await openPage('?s=alpha-MnO2&sc=1x1x1');
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    const before = await showing(app.page);
    // The worker's first job waits for its space-group tables: holding their fetch keeps this
    // job in hand for as long as the test needs, however fast the machine reads the file.
    const held = await holdWorkerTables(app.page);
    await startFrameCounter(app.page);
    await app.page.getByLabel('Open a CIF file').setInputFiles(BIG);
    const bar = app.page.locator('.read-progress');
    await bar.waitFor();
    expect(await bar.innerText()).toMatch(/Reading big-p1\.cif \(70\d kB\)/);
    // The page answers while the job is in hand: frames advance with the bar still up.
    const f0 = await frames(app.page);
    await app.page.waitForFunction(
      (start) => (window as unknown as { frames_: number }).frames_ >= start + 5,
      f0,
      { timeout: 20_000 },
    );
    expect(await bar.count()).toBe(1);
    await screenshot(app.page, 'reader-worker-progress');
    await app.page.getByRole('button', { name: 'Cancel' }).click();
    await bar.waitFor({ state: 'detached' });
    await app.page.locator('.notice', { hasText: 'Reading big-p1.cif was cancelled' }).waitFor();
    expect(held.requests()).toBe(1); // the hold did catch the worker's fetch
    await held.release();
    await waitForStructure(app.page, 'α-MnO₂ (hollandite)');
    expect(await showing(app.page)).toBe(before);
    expect(await app.page.locator('.structure-info .title').innerText()).toBe(
      'α-MnO₂ (hollandite)',
    );
    expectClean(app);
  });

  it('a full read then shows the new structure', async () => {
    const before = await showing(app.page);
    await app.page.getByLabel('Open a CIF file').setInputFiles(BIG);
    await app.page.locator('.read-progress').waitFor();
    await app.page
      .locator('.structure-info', { hasText: 'big-p1.cif' })
      .waitFor({ timeout: 60_000 });
    await waitForStructure(app.page);
    expect(await app.page.locator('.read-progress').count()).toBe(0);
    expect(await app.page.locator('.notice', { hasText: 'was cancelled' }).count()).toBe(0);
    expect(await showing(app.page)).not.toBe(before);
    expect(await app.page.locator('.structure-info').innerText()).toContain('P1 (1)');
    await screenshot(app.page, 'reader-worker-done');
    expectClean(app);
  });
});

describe('reading on the page where no worker can start', () => {
  const FILE = path.join(ROOT, 'dist-single/tunnelscope.html');

  it('the one-file build from file:// reads a dropped CIF itself', async () => {
    if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run npm run build:single first`);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${FILE}?s=alpha-MnO2`);
      await waitForStructure(page, 'α-MnO₂ (hollandite)');
      const text = readFileSync(path.join(ROOT, 'tests/browser/fixtures/rocksalt-NaCl.cif'));
      await page
        .getByLabel('Open a CIF file')
        .setInputFiles({ name: 'rocksalt-NaCl.cif', mimeType: 'text/plain', buffer: text });
      await page
        .locator('.structure-info .title')
        .filter({ hasText: 'rocksalt-NaCl.cif · NaCl' })
        .waitFor();
      await waitForStructure(page);
      expect(await page.locator('.structure-info').innerText()).toContain('Fm3m (225)');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
