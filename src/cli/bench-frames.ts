/**
 * Frames while a scenario plays (Repeat: Loop), as the bench's init script recorded them:
 * first with stubbed draws (the JavaScript alone, many frames), then rendered by SwiftShader
 * with a GPU sync after each frame (few frames at 10⁴–10⁵ atoms).
 */
import type { BrowserBench } from './bench-browser';
import { median, quantile } from './bench-stats';

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
  /**
   * Start of one drawn frame → start of the next, median and p95, ms: the frame time a viewer
   * sees, including everything the main thread did between frames (URL writes, label updates).
   */
  intervalMedian: number;
  intervalP95: number;
  /** Longest long-animation-frame or longtask entry that began in the collection, ms (0: none). */
  longestTaskMs: number;
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

/** One frame as the init script noted it. */
export interface RecordedFrame {
  ts: number;
  start: number;
  js: number;
  draws: number;
  urlWrites: number;
  done: number | null;
}

export interface LongEntry {
  type: string;
  start: number;
  duration: number;
}

const maxOf = (v: number[]) => (v.length ? Math.max(...v) : Number.NaN);
const minOf = (v: number[]) => (v.length ? Math.min(...v) : Number.NaN);

/** The figures of one collection: frames without draw calls are someone else's rAF. */
export function frameStats(
  all: readonly RecordedFrame[],
  long: readonly LongEntry[],
  collection: { since: number; seconds: number; scriptMs: number; xSamples: string[] },
): FrameStats {
  const drawn = all.filter((f) => f.draws > 0).sort((a, b) => a.ts - b.ts);
  const js = drawn.map((f) => f.js);
  const draws = drawn.map((f) => f.draws);
  const wall = drawn.flatMap((f) => (f.done === null ? [] : [f.done]));
  const intervals = drawn.slice(1).map((f, i) => f.start - drawn[i].start);
  const urlJs = drawn.filter((f) => f.urlWrites > 0).map((f) => f.js);
  const otherJs = drawn.filter((f) => f.urlWrites === 0).map((f) => f.js);
  const longest = long.filter((e) => e.start >= collection.since).map((e) => e.duration);
  return {
    frames: drawn.length,
    jsMedian: median(js),
    jsP95: quantile(js, 0.95),
    jsMax: maxOf(js),
    drawsMedian: median(draws),
    drawsMin: minOf(draws),
    drawsMax: maxOf(draws),
    urlWriteFrames: urlJs.length,
    urlWriteJsMedian: median(urlJs),
    otherJsMedian: median(otherJs),
    otherJsP95: quantile(otherJs, 0.95),
    fps: drawn.length / collection.seconds,
    wallMedian: median(wall),
    wallP95: quantile(wall, 0.95),
    intervalMedian: median(intervals),
    intervalP95: quantile(intervals, 0.95),
    longestTaskMs: longest.length ? Math.max(...longest) : 0,
    scriptPerFrame: drawn.length ? collection.scriptMs / drawn.length : Number.NaN,
    xSamples: collection.xSamples,
  };
}

/** Plays the scenario page (Repeat: Loop); collects frames with stubbed, then real draws. */
export async function scenarioFrames(
  bench: BrowserBench,
  search: string,
  stubbed: Collect,
  rendered: Collect,
): Promise<FrameRun> {
  const { context, page, errors } = await bench.fresh(true);
  try {
    await page.goto(`${bench.origin}/${search}`);
    await bench.waitShown(page, errors);
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
      const since = (await page.evaluate(
        'window.__bench.frames.clear(), performance.now()',
      )) as number;
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
      const scriptMs = (await scriptTime()) - script0;
      const seconds = (Date.now() - start) / 1000;
      const { frames, long } = JSON.parse(
        (await page.evaluate(
          'JSON.stringify({ frames: [...window.__bench.frames.values()], long: window.__bench.long })',
        )) as string,
      ) as { frames: RecordedFrame[]; long: LongEntry[] };
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      return frameStats(frames, long, { since, seconds, scriptMs, xSamples });
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
}
