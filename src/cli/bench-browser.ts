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
 * With `stub` on, every draw call is still made, with the same JavaScript on the main thread,
 * but with a vertex/instance count of 0: SwiftShader then has nothing to rasterise. A frame of
 * 10⁵ atoms takes SwiftShader seconds on two cores, which would leave a handful of frames to
 * time and would steal the main thread's core; stubbed, frames come at the compositor's pace.
 *
 * In-page code is passed as strings so that the TypeScript runner's helpers never leak into
 * the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startHarness } from '../../tests/browser/harness';
import { median, quantile } from './bench-stats';

const INIT_SCRIPT = `(() => {
  const B = { frames: new Map(), draws: 0, urlWrites: 0, shownAt: {}, inputAt: null, inputDoneAt: null,
    stub: sessionStorage.getItem('bench-stub') === '1' };
  Object.defineProperty(window, '__bench', { value: B });
  // Capture phase on window runs before React's listener on the root (so before the rebuild);
  // bubble phase on window runs after it.
  window.addEventListener('input', () => { B.inputAt = performance.now(); }, true);
  window.addEventListener('input', () => { B.inputDoneAt = performance.now(); });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) =>
    raf((ts) => {
      const d0 = B.draws;
      const u0 = B.urlWrites;
      const t0 = performance.now();
      try {
        return cb(ts);
      } finally {
        const t1 = performance.now();
        let f = B.frames.get(ts);
        if (!f) {
          f = { ts, start: t0, js: 0, draws: 0, urlWrites: 0, callbacks: 0, done: null };
          B.frames.set(ts, f);
        }
        f.js += t1 - t0;
        // GPU sync after a callback that drew for real: a 1-pixel readPixels returns only when
        // the GPU (SwiftShader) has finished the frame, so start → done is the whole frame.
        if (!B.stub && B.draws > d0 && B.gl) {
          B.gl.readPixels(0, 0, 1, 1, B.gl.RGBA, B.gl.UNSIGNED_BYTE, B.pixel);
          f.done = performance.now() - f.start;
        }
        f.draws += B.draws - d0;
        f.urlWrites += B.urlWrites - u0;
        f.callbacks++;
        const shown = document.querySelector('canvas')?.dataset.shown;
        const showing = document.querySelector('main.stage')?.dataset.showing;
        if (shown && shown === showing && !(shown in B.shownAt)) {
          // Rendered: when the GPU has finished that frame; stubbed: when its JS ended.
          B.shownAt[shown] = f.done === null ? t1 : f.start + f.done;
          B.shownFrameStart = f.start;
        }
      }
    });
  // The app mirrors x into the link a few times a second while playing: note which frames.
  const replaceState = history.replaceState;
  history.replaceState = function (...args) {
    B.urlWrites++;
    return replaceState.apply(this, args);
  };
  // The view's WebGL context, for the GPU sync above.
  B.pixel = new Uint8Array(4);
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest);
    if (ctx && (type === 'webgl2' || type === 'webgl')) B.gl = ctx;
    return ctx;
  };
  // Draw entry points → index of the vertex or instance count that B.stub sets to 0.
  const draws = { drawArrays: 2, drawElements: 1, drawArraysInstanced: 3,
    drawElementsInstanced: 4, drawRangeElements: 3 };
  for (const Ctx of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!Ctx) continue;
    for (const [name, countArg] of Object.entries(draws)) {
      const original = Ctx.prototype[name];
      if (typeof original !== 'function') continue;
      Ctx.prototype[name] = function (...args) {
        B.draws++;
        if (B.stub) args[countArg] = 0;
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

export interface Viewport {
  width: number;
  height: number;
}

/** The browser tests' window size. */
export const FULL_VIEWPORT: Viewport = { width: 1400, height: 860 };

export interface FrameStats {
  /** Drawn frames collected (frames whose rAF callbacks issued draw calls). */
  frames: number;
  /** Main-thread JS per frame (all rAF callbacks of the frame), ms. */
  jsMedian: number;
  jsP95: number;
  jsMax: number;
  drawsMedian: number;
  drawsMin: number;
  drawsMax: number;
  /** Frames that also wrote the page URL (history.replaceState) and their median JS, ms. */
  urlWriteFrames: number;
  urlWriteJsMedian: number;
  /** Median and p95 JS of the other frames, ms. */
  otherJsMedian: number;
  otherJsP95: number;
  /** Drawn frames per second of collection (SwiftShader's pace when rendered). */
  fps: number;
  /**
   * Rendered only: frame start → the GPU has finished it (a 1-pixel readPixels after the
   * drawing callback), median and p95, ms; NaN when stubbed.
   */
  wallMedian: number;
  wallP95: number;
  /** All script time on the main thread (CDP ScriptDuration) per drawn frame, ms. */
  scriptPerFrame: number;
  /** Readout x samples taken during the collection. */
  xSamples: string[];
}

export interface FrameRun {
  search: string;
  /** Drawing-buffer size of the canvas. */
  canvas: string;
  /** Draw calls issued with zero vertices/instances: no GPU work, same JavaScript. */
  stubbed: FrameStats;
  /** Draw calls as the app issues them, rendered by SwiftShader. */
  rendered: FrameStats;
}

export interface Collect {
  seconds: number;
  minFrames: number;
  maxSeconds: number;
}

/** One supercell change in the page, ms. */
export interface SupercellChange {
  /** Input event → end of the first frame of the rebuilt content. */
  total: number;
  /** The input event's handlers: store → controller → synchronous rebuild. */
  handler: number;
  /** Handler end → start of that frame (React commit, scheduling, waiting for a frame). */
  untilFrame: number;
  /** That frame's rAF callbacks (upload and render submission). */
  frame: number;
}

export interface BrowserBench {
  chromium: string;
  /** ms from navigation start to the end of the first frame, per run. */
  firstFrame: (search: string, runs: number) => Promise<number[]>;
  /**
   * Warm page at `base`; then `runs` times: type `repeat` into "Repeats along c" and time
   * the input event → end of the first frame of the rebuilt content, then type 1 back.
   */
  supercellChange: (base: string, repeat: number, runs: number) => Promise<SupercellChange[]>;
  /** Plays the scenario page (Repeat: Loop); collects frames with stubbed, then real draws. */
  frames: (search: string, stubbed: Collect, rendered: Collect) => Promise<FrameRun>;
  /** A fresh page (own context, init script in place) at `search`, for the other benches. */
  open: (search: string, stub: boolean) => Promise<BenchPage>;
  close: () => Promise<void>;
}

export interface BenchPage {
  page: Page;
  /** Console and page errors so far. */
  errors: string[];
  close: () => Promise<void>;
}

export async function startBrowserBench(): Promise<BrowserBench> {
  const harness = await startHarness();
  // The harness launches Chromium; reach the browser through one of its pages, so every
  // measurement can get a fresh context (cold cache) with the init script in place first.
  const warm = await harness.open('?s=alpha-MnO2&sc=1x1x1');
  const browser = warm.page.context().browser() as Browser;
  await warm.page.context().close();

  const fresh = async (
    stub = false,
  ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
    const context = await browser.newContext({ viewport: FULL_VIEWPORT });
    // Stubbed draws from the very first frame: a 10⁵-atom frame in SwiftShader takes ~20 s.
    if (stub) await context.addInitScript({ content: "sessionStorage.setItem('bench-stub', '1')" });
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

  const supercellChange = async (base: string, repeat: number, runs: number) => {
    // Stubbed draws: the timed path (build, upload, render submission) runs unchanged, but no
    // SwiftShader frame of the previous content can hold up the next animation frame.
    const { context, page, errors } = await fresh(true);
    const showing = `document.querySelector('main.stage')?.dataset.showing ?? ''`;
    const change = async (value: number): Promise<SupercellChange> => {
      const before = (await page.evaluate(showing)) as string;
      // Typed in through the DOM (React's onChange listens to input events); Playwright's
      // fill() would first wait for animation frames, which SwiftShader makes seconds long.
      await page.evaluate(`(() => {
        const input = document.querySelector('input[aria-label="Repeats along c"]');
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        set.call(input, '${value}');
        input.dispatchEvent(new Event('input', { bubbles: true }));
      })()`);
      await page.waitForFunction(
        `(${showing}) !== ${JSON.stringify(before)} && ${FIRST_SHOWN} !== null`,
        undefined,
        { timeout: 120_000, polling: 50 },
      );
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      const t = JSON.parse(
        (await page.evaluate(
          `JSON.stringify({ shown: ${FIRST_SHOWN}, input: window.__bench.inputAt, done: window.__bench.inputDoneAt, frame: window.__bench.shownFrameStart })`,
        )) as string,
      ) as { shown: number; input: number; done: number; frame: number };
      return {
        total: t.shown - t.input,
        handler: t.done - t.input,
        untilFrame: t.frame - t.done,
        frame: t.shown - t.frame,
      };
    };
    // Two quiet frames between changes.
    const settle = () =>
      page.evaluate(
        'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(0))))',
      );
    try {
      await page.goto(`${harness.origin}/${base}`);
      await waitShown(page, errors);
      await settle();
      const times: SupercellChange[] = [];
      for (let i = 0; i < runs; i++) {
        times.push(await change(repeat));
        await change(1);
        await settle();
      }
      return times;
    } finally {
      await context.close();
    }
  };

  const frames = async (search: string, stubbed: Collect, rendered: Collect) => {
    const { context, page, errors } = await fresh(true);
    try {
      await page.goto(`${harness.origin}/${search}`);
      await waitShown(page, errors);
      // Loop, so a run that reaches the end of the scenario keeps playing.
      await page.locator('select[aria-label="Repeat"]').selectOption('loop');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const scriptTime = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
      };
      const readX = `document.querySelector('[data-testid="readout-x"]')?.textContent ?? ''`;
      const drawnSoFar = '[...window.__bench.frames.values()].filter((f) => f.draws > 0).length';

      const collect = async (stub: boolean, c: Collect): Promise<FrameStats> => {
        await page.evaluate(`window.__bench.stub = ${stub}`);
        // Warm-up (stubbed, first): shader compile and JIT settle before counting.
        if (stub) await page.waitForTimeout(1000);
        await page.evaluate('window.__bench.frames.clear()');
        const script0 = await scriptTime();
        const xSamples: string[] = [];
        const start = Date.now();
        for (;;) {
          xSamples.push((await page.evaluate(readX)) as string);
          const n = (await page.evaluate(drawnSoFar)) as number;
          const elapsed = (Date.now() - start) / 1000;
          if ((elapsed >= c.seconds && n >= c.minFrames) || elapsed >= c.maxSeconds) break;
          await page.waitForTimeout(500);
        }
        const script1 = await scriptTime();
        const seconds = (Date.now() - start) / 1000;
        const all = JSON.parse(
          (await page.evaluate('JSON.stringify([...window.__bench.frames.values()])')) as string,
        ) as { ts: number; js: number; draws: number; urlWrites: number; done: number | null }[];
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
        // Frames where three rendered; a frame with no draw calls is someone else's rAF.
        const drawn = all.filter((f) => f.draws > 0).sort((a, b) => a.ts - b.ts);
        const js = drawn.map((f) => f.js);
        const draws = drawn.map((f) => f.draws);
        const wall = drawn.flatMap((f) => (f.done === null ? [] : [f.done]));
        return {
          frames: drawn.length,
          jsMedian: median(js),
          jsP95: quantile(js, 0.95),
          jsMax: drawn.length ? Math.max(...js) : Number.NaN,
          drawsMedian: median(draws),
          drawsMin: drawn.length ? Math.min(...draws) : Number.NaN,
          drawsMax: drawn.length ? Math.max(...draws) : Number.NaN,
          urlWriteFrames: drawn.filter((f) => f.urlWrites > 0).length,
          urlWriteJsMedian: median(drawn.filter((f) => f.urlWrites > 0).map((f) => f.js)),
          otherJsMedian: median(drawn.filter((f) => f.urlWrites === 0).map((f) => f.js)),
          otherJsP95: quantile(
            drawn.filter((f) => f.urlWrites === 0).map((f) => f.js),
            0.95,
          ),
          fps: drawn.length / seconds,
          wallMedian: median(wall),
          wallP95: quantile(wall, 0.95),
          scriptPerFrame: drawn.length ? (script1 - script0) / drawn.length : Number.NaN,
          xSamples,
        };
      };

      const stubbedStats = await collect(true, stubbed);
      const renderedStats = await collect(false, rendered);
      const canvas = (await page.evaluate(
        `(() => { const c = document.querySelector('canvas'); return c ? c.width + '×' + c.height : '?'; })()`,
      )) as string;
      return { search, canvas, stubbed: stubbedStats, rendered: renderedStats };
    } finally {
      await context.close();
    }
  };

  const open = async (search: string, stub: boolean): Promise<BenchPage> => {
    const { context, page, errors } = await fresh(stub);
    await page.goto(`${harness.origin}/${search}`);
    return { page, errors, close: () => context.close() };
  };

  return {
    chromium: browser.version(),
    firstFrame,
    supercellChange,
    frames,
    open,
    close: harness.close,
  };
}
