/**
 * The script the bench puts in every page before the page's own (Playwright init script), and
 * the in-page expressions that read what it noted. Passed as strings so that the TypeScript
 * runner's helpers never leak into the page.
 *
 * It wraps `requestAnimationFrame` (each callback timed with performance.now() before and
 * after, grouped by the frame timestamp the browser passes to every callback of one frame) and
 * the WebGL draw entry points (counted per rAF callback). At the end of each rAF callback it
 * notes the first time the canvas stamp `data-shown` equals what `main.stage` says it shows —
 * the end of the first frame that drew that content. With `stub` on, every draw call is still
 * made, with the same JavaScript, but with a vertex/instance count of 0 (no GPU work).
 *
 * It also keeps: the bytes of every live WebGL buffer (bufferData, less deleteBuffer), for
 * the GPU memory estimate; and Chrome's long-animation-frame and longtask entries, for the
 * longest main-thread task.
 */
export const INIT_SCRIPT = `(() => {
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
  // (3Dmol.js draws on an OffscreenCanvas and hands the picture over as a bitmap.)
  for (const Canvas of [window.HTMLCanvasElement, window.OffscreenCanvas]) {
    if (!Canvas) continue;
    const getContext = Canvas.prototype.getContext;
    Canvas.prototype.getContext = function (type, ...rest) {
      const ctx = getContext.call(this, type, ...rest);
      if (ctx && (type === 'webgl2' || type === 'webgl')) B.gl = ctx;
      return ctx;
    };
  }
  // Live WebGL buffer bytes: what the page keeps on the GPU for geometry and instances.
  B.buffers = new Map();
  B.bufferBytes = () => { let n = 0; for (const v of B.buffers.values()) n += v; return n; };
  // Long main-thread work: long-animation-frame (Chrome 123+) and longtask entries.
  B.long = [];
  for (const type of ['long-animation-frame', 'longtask']) {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) B.long.push({ type, start: e.startTime, duration: e.duration });
      }).observe({ type, buffered: true });
    } catch {}
  }
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
    const bound = new Map();
    const bindBuffer = Ctx.prototype.bindBuffer;
    Ctx.prototype.bindBuffer = function (target, buffer) {
      bound.set(target, buffer);
      return bindBuffer.call(this, target, buffer);
    };
    const bufferData = Ctx.prototype.bufferData;
    Ctx.prototype.bufferData = function (target, data, ...rest) {
      const buffer = bound.get(target);
      const bytes = typeof data === 'number' ? data : (data?.byteLength ?? 0);
      if (buffer) B.buffers.set(buffer, bytes);
      return bufferData.call(this, target, data, ...rest);
    };
    const deleteBuffer = Ctx.prototype.deleteBuffer;
    Ctx.prototype.deleteBuffer = function (buffer) {
      B.buffers.delete(buffer);
      return deleteBuffer.call(this, buffer);
    };
  }
})();`;

/** Time (ms since navigation start) at the end of the first frame that drew the page's content. */
export const FIRST_SHOWN = `(() => {
  const showing = document.querySelector('main.stage')?.dataset.showing;
  return showing ? (window.__bench.shownAt[showing] ?? null) : null;
})()`;
