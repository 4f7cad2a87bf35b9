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
import { FIRST_SHOWN, INIT_SCRIPT } from './bench-init-script';

export interface Viewport {
  width: number;
  height: number;
}

/** The browser tests' window size. */
export const FULL_VIEWPORT: Viewport = { width: 1400, height: 860 };

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
  /** The app's origin on the loopback preview server. */
  origin: string;
  /** A fresh page (own context, init script in place) at `search`, for the other benches. */
  open: (search: string, stub: boolean) => Promise<BenchPage>;
  /** A fresh context and page with the init script in place, not yet navigated. */
  fresh: (stub?: boolean) => Promise<FreshPage>;
  /** Waits for the first frame that drew the page's content; its time since navigation, ms. */
  waitShown: (page: Page, errors: string[]) => Promise<number>;
  close: () => Promise<void>;
}

export interface BenchPage {
  page: Page;
  /** Console and page errors so far. */
  errors: string[];
  close: () => Promise<void>;
}

export interface FreshPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export async function startBrowserBench(): Promise<BrowserBench> {
  const harness = await startHarness();
  // The harness launches Chromium; reach the browser through one of its pages, so every
  // measurement can get a fresh context (cold cache) with the init script in place first.
  const warm = await harness.open('?s=alpha-MnO2&sc=1x1x1');
  const browser = warm.page.context().browser() as Browser;
  await warm.page.context().close();

  const fresh = async (stub = false): Promise<FreshPage> => {
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

  const open = async (search: string, stub: boolean): Promise<BenchPage> => {
    const { context, page, errors } = await fresh(stub);
    await page.goto(`${harness.origin}/${search}`);
    return { page, errors, close: () => context.close() };
  };

  return {
    chromium: browser.version(),
    firstFrame,
    supercellChange,
    origin: harness.origin,
    open,
    fresh,
    waitShown,
    close: harness.close,
  };
}
