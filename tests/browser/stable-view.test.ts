/**
 * The 3D view keeps its size while a scenario moves from caption to caption (a resized WebGL
 * canvas makes the browser reallocate the drawing buffer, which waits for every queued frame:
 * seconds with software WebGL), and a window resize changes only the camera and the drawing
 * buffer: no buffer uploads, no shader programs, no textures.
 */
import { describe, expect, it } from 'vitest';
import { pagesForThisFile, waitForFrame, waitForStructure } from './harness';

const openPage = pagesForThisFile();

/** Counts the WebGL calls that would mean a rebuild (uploads, programs, textures). */
const COUNT_REBUILDS = `(() => {
  const counts = {};
  window.__rebuildCalls = counts;
  const names = ['bufferData', 'linkProgram', 'texImage2D', 'texImage3D', 'createVertexArray'];
  for (const Ctx of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!Ctx) continue;
    for (const name of names) {
      const original = Ctx.prototype[name];
      if (typeof original !== 'function') continue;
      Ctx.prototype[name] = function (...args) {
        counts[name] = (counts[name] ?? 0) + 1;
        return original.apply(this, args);
      };
    }
  }
})()`;

/** Sets the x slider through the DOM, as a user's drag does (React listens to input events). */
const setX = (x: number) => `(() => {
  const input = document.querySelector('input[aria-label="x"]');
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  set.call(input, '${x}');
  input.dispatchEvent(new Event('input', { bubbles: true }));
})()`;

const canvasBox = `(() => {
  const c = document.querySelector('canvas');
  return c.clientWidth + 'x' + c.clientHeight;
})()`;

describe('the view keeps its size', () => {
  for (const viewport of [
    { width: 1400, height: 860 },
    { width: 1024, height: 768 },
  ])
    it(`through every caption of every scenario at ${viewport.width}×${viewport.height}`, async () => {
      const app = await openPage('?scn=k-alpha-mno2&sc=1x1x1&x=0');
      await app.page.setViewportSize(viewport);
      await waitForStructure(app.page);
      const sizes = new Set<string>();
      const captions = new Set<string>();
      for (const scn of ['k-alpha-mno2', 'li-alpha-mno2', 'na-p2-o2', 'na-o3-p3', 'na-pb-pw']) {
        await app.page.goto(app.page.url().replace(/scn=[^&]+/, `scn=${scn}`));
        await app.page.getByTestId('readout-x').waitFor({ timeout: 60_000 });
        // A new page's canvas is 300×150 until the viewer has laid it out and drawn.
        await waitForFrame(app.page);
        const [lo, hi] = (await app.page
          .locator('input[aria-label="x"]')
          .evaluate((e: HTMLInputElement) => [Number(e.min), Number(e.max)])) as [number, number];
        for (let k = 0; k <= 40; k++) {
          await app.page.evaluate(setX(lo + ((hi - lo) * k) / 40));
          captions.add(await app.page.getByTestId('scenario-caption').innerText());
          sizes.add(`${scn}: ${await app.page.evaluate(canvasBox)}`);
        }
        // One size per scenario, and a scenario's captions did change along the way.
        expect([...sizes].filter((s) => s.startsWith(`${scn}:`))).toHaveLength(1);
      }
      expect(captions.size).toBeGreaterThan(10);
      expect(app.errors).toEqual([]);
    });

  for (const [what, search] of [
    ['a structure', '?s=alpha-MnO2&sc=2x2x2'],
    ['a scenario, with its tunnel labels, caption and readout', '?scn=k-alpha-mno2&x=0.6'],
  ])
    it(`a window resize re-sizes the drawing buffer and rebuilds nothing: ${what}`, async () => {
      const app = await openPage(search);
      await waitForStructure(app.page);
      await app.page.evaluate(COUNT_REBUILDS);
      const before = (await app.page.evaluate('document.querySelector("canvas").width')) as number;
      await app.page.setViewportSize({ width: 1300, height: 800 });
      await app.page.waitForFunction((w) => document.querySelector('canvas')?.width !== w, before, {
        timeout: 30_000,
      });
      await waitForFrame(app.page);
      // No buffer upload (geometry), shader program or texture: camera and drawing buffer only.
      expect(await app.page.evaluate('window.__rebuildCalls')).toEqual({});
      expect(app.errors).toEqual([]);
    });
});
