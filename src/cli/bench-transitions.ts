/**
 * Step-to-step transitions in presentation mode: a bundled lesson presented from step 1,
 * each next step entered with PageDown (what a presenter remote sends), and the animation
 * frames of the move timed from outside the app (the bench's init script).
 *
 * A transition's window runs from the key press until the later of the end of the camera
 * glide and the first frame of the step's content, plus a margin; within it, the interval
 * between consecutive drawn frames (the frame timestamps the browser passes to rAF) shows a
 * dropped frame whatever the cause — a rebuild, a load, a long task — and the frame's JS says
 * how much of it was the page's own script.
 */
import { GLIDE_SECONDS } from '../lesson/transition';
import type { BrowserBench } from './bench-browser';
import { median, quantile } from './bench-stats';

export interface TransitionStats {
  lesson: string;
  /** Stubbed: draw calls at zero vertices (no GPU work); rendered: SwiftShader draws them. */
  mode: 'stubbed' | 'rendered';
  transitions: number;
  /** Drawn frames inside the windows. */
  frames: number;
  intervalMedian: number;
  intervalP95: number;
  intervalMax: number;
  jsMedian: number;
  jsP95: number;
  /** Key press → first frame of the step's new content, median, ms. */
  contentMedian: number;
}

/** After the glide (or the new content) the window stays open this long, ms. */
const MARGIN_MS = 250;

const SHOWN = `(() => {
  const showing = document.querySelector('main.stage')?.dataset.showing;
  return Boolean(showing) && showing === document.querySelector('canvas')?.dataset.shown;
})()`;

const stepShown = (n: number) =>
  `document.querySelector('.presentation-caption')?.dataset.step === '${n}' && ${SHOWN}`;

export async function benchTransitions(
  bench: BrowserBench,
  lesson: string,
  steps: number,
  mode: 'stubbed' | 'rendered',
): Promise<TransitionStats> {
  const { page, errors, close } = await bench.open(
    `?lesson=${lesson}&step=1&present=1`,
    mode === 'stubbed',
  );
  try {
    const wait = (expression: string) =>
      page.waitForFunction(expression, undefined, { timeout: 120_000, polling: 50 });
    await wait(stepShown(1));
    await page.waitForTimeout(1000); // shaders compiled, JIT warm
    const intervals: number[] = [];
    const js: number[] = [];
    const content: number[] = [];
    let frames = 0;
    for (let n = 2; n <= steps; n++) {
      const before = (await page.evaluate(
        "document.querySelector('main.stage')?.dataset.showing ?? ''",
      )) as string;
      await page.evaluate(`(() => {
        window.__bench.frames.clear();
        window.__bench.keyAt = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
      })()`);
      await wait(stepShown(n));
      // The step's content has drawn (a new structure loads first) and the glide is over.
      const glideEnd = GLIDE_SECONDS * 1000 + MARGIN_MS;
      await wait(`performance.now() - window.__bench.keyAt > ${glideEnd}`);
      const shownAt = (await page.evaluate(`(() => {
        const s = document.querySelector('main.stage')?.dataset.showing;
        return s !== ${JSON.stringify(before)} ? (window.__bench.shownAt[s] ?? null) : null;
      })()`)) as number | null;
      if (shownAt !== null) {
        await wait(`performance.now() > ${shownAt + MARGIN_MS}`);
        content.push(shownAt - ((await page.evaluate('window.__bench.keyAt')) as number));
      }
      const all = JSON.parse(
        (await page.evaluate(`JSON.stringify({ keyAt: window.__bench.keyAt,
          frames: [...window.__bench.frames.values()] })`)) as string,
      ) as { keyAt: number; frames: { ts: number; js: number; draws: number }[] };
      const last = Math.max(all.keyAt + glideEnd, (shownAt ?? 0) + MARGIN_MS);
      const drawn = all.frames
        .filter((f) => f.draws > 0 && f.ts >= all.keyAt && f.ts <= last)
        .sort((a, b) => a.ts - b.ts);
      frames += drawn.length;
      for (let i = 1; i < drawn.length; i++) intervals.push(drawn[i].ts - drawn[i - 1].ts);
      js.push(...drawn.map((f) => f.js));
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      lesson,
      mode,
      transitions: steps - 1,
      frames,
      intervalMedian: median(intervals),
      intervalP95: quantile(intervals, 0.95),
      intervalMax: intervals.length ? Math.max(...intervals) : Number.NaN,
      jsMedian: median(js),
      jsP95: quantile(js, 0.95),
      contentMedian: median(content),
    };
  } finally {
    await close();
  }
}
