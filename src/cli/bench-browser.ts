/**
 * The headless-Chromium half of `npm run bench`: the built app (dist/) served and driven by
 * the browser test harness, measured from outside the app through an init script only.
 *
 * The init script wraps `requestAnimationFrame` (each callback timed with performance.now()
 * before and after, grouped by the frame timestamp the browser passes to every callback of
 * one frame) and the WebGL draw entry points (counted per rAF callback). It also notes, at the
 * end of each rAF callback, the first time the canvas stamp `data-shown` equals what
 * `main.stage` says it shows — the end of the first frame that drew that content.
 *
 * In-page code is passed as strings so that the TypeScript runner's helpers never leak into
 * the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHarness } from '../../tests/browser/harness';
import { median, quantile } from './bench-stats';

const INIT_SCRIPT = `(() => {
  const B = { frames: new Map(), draws: 0, shownAt: {} };
  Object.defineProperty(window, '__bench', { value: B });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) =>
    raf((ts) => {
      const d0 = B.draws;
      const t0 = performance.now();
      try {
        return cb(ts);
      } finally {
        const t1 = performance.now();
        let f = B.frames.get(ts);
        if (!f) {
          f = { ts, js: 0, draws: 0, callbacks: 0 };
          B.frames.set(ts, f);
        }
        f.js += t1 - t0;
        f.draws += B.draws - d0;
        f.callbacks++;
        const shown = document.querySelector('canvas')?.dataset.shown;
        const showing = document.querySelector('main.stage')?.dataset.showing;
        if (shown && shown === showing && !(shown in B.shownAt)) B.shownAt[shown] = t1;
      }
    });
  const names = ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced',
    'drawRangeElements', 'multiDrawElementsWEBGL', 'multiDrawArraysWEBGL'];
  for (const Ctx of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!Ctx) continue;
    for (const name of names) {
      const original = Ctx.prototype[name];
      if (typeof original !== 'function') continue;
      Ctx.prototype[name] = function (...args) {
        B.draws++;
        return original.apply(this, args);
      };
    }
  }
})();`;

/** Time (ms since navigation start) at the end of the first frame that drew the page's content. */
const FIRST_SHOWN = `(() => {
  const showing = document.querySelector('main.stage')?.dataset.showing;
  return showing ? (window.__bench.shownAt[showing] ?? null) : null;
})()`;

export interface FrameRun {
  search: string;
  frames: number;
  /** Main-thread JS per frame (all rAF callbacks of the frame), ms. */
  jsMedian: number;
  jsP95: number;
  jsMax: number;
  drawsMedian: number;
  drawsMin: number;
  drawsMax: number;
  /** Median time between drawn frames (what SwiftShader allows), ms. */
  intervalMedian: number;
  /** All script time on the main thread (CDP ScriptDuration) per drawn frame, ms. */
  scriptPerFrame: number;
  /** Readout x samples taken during the collection. */
  xSamples: string[];
}

export interface BrowserBench {
  chromium: string;
  /** ms from navigation start to the end of the first frame, per run. */
  firstFrame: (search: string, runs: number) => Promise<number[]>;
  frames: (search: string, seconds: number, minFrames: number) => Promise<FrameRun>;
  close: () => Promise<void>;
}

export async function startBrowserBench(): Promise<BrowserBench> {
  const harness = await startHarness();
  // The harness launches Chromium; reach the browser through one of its pages, so every
  // measurement can get a fresh context (cold cache) with the init script in place first.
  const warm = await harness.open('?s=alpha-MnO2&sc=1x1x1');
  const browser = warm.page.context().browser() as Browser;
  await warm.page.context().close();

  const fresh = async (): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    return { context, page, errors };
  };

  const waitShown = async (page: Page, errors: string[]) => {
    await page.waitForFunction(`${FIRST_SHOWN} !== null`, undefined, {
      timeout: 120_000,
      polling: 50,
    });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return (await page.evaluate(FIRST_SHOWN)) as number;
  };

  const firstFrame = async (search: string, runs: number) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { context, page, errors } = await fresh();
      try {
        await page.goto(`${harness.origin}/${search}`);
        times.push(await waitShown(page, errors));
      } finally {
        await context.close();
      }
    }
    return times;
  };

  const frames = async (search: string, seconds: number, minFrames: number) => {
    const { context, page, errors } = await fresh();
    try {
      await page.goto(`${harness.origin}/${search}`);
      await waitShown(page, errors);
      // Loop, so a run that reaches the end of the scenario keeps playing.
      await page.getByLabel('Repeat').selectOption('loop');
      await page.waitForTimeout(1000); // warm-up: shader compile, first uploads, JIT
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const scriptTime = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
      };
      await page.evaluate('window.__bench.frames.clear()');
      const script0 = await scriptTime();
      const xSamples: string[] = [];
      const start = Date.now();
      const readX = `document.querySelector('[data-testid="readout-x"]')?.textContent ?? ''`;
      for (;;) {
        xSamples.push((await page.evaluate(readX)) as string);
        const n = (await page.evaluate(
          '[...window.__bench.frames.values()].filter((f) => f.draws > 0).length',
        )) as number;
        const elapsed = (Date.now() - start) / 1000;
        if ((elapsed >= seconds && n >= minFrames) || elapsed >= 4 * seconds) break;
        await page.waitForTimeout(500);
      }
      const script1 = await scriptTime();
      const all = JSON.parse(
        (await page.evaluate('JSON.stringify([...window.__bench.frames.values()])')) as string,
      ) as { ts: number; js: number; draws: number; callbacks: number }[];
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      // Frames where three rendered; a frame with no draw calls is someone else's rAF.
      const drawn = all.filter((f) => f.draws > 0).sort((a, b) => a.ts - b.ts);
      const js = drawn.map((f) => f.js);
      const draws = drawn.map((f) => f.draws);
      const intervals = drawn.slice(1).map((f, i) => f.ts - drawn[i].ts);
      return {
        search,
        frames: drawn.length,
        jsMedian: median(js),
        jsP95: quantile(js, 0.95),
        jsMax: Math.max(...js),
        drawsMedian: median(draws),
        drawsMin: Math.min(...draws),
        drawsMax: Math.max(...draws),
        intervalMedian: median(intervals),
        scriptPerFrame: (script1 - script0) / Math.max(1, drawn.length),
        xSamples,
      };
    } finally {
      await context.close();
    }
  };

  return { chromium: browser.version(), firstFrame, frames, close: harness.close };
}
