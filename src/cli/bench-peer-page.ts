/**
 * The bench's own 3Dmol.js page: 3Dmol.js 2.5.5 from node_modules and the structure as MOL2,
 * both served from the app's origin through Playwright routes (no network), drawn in a box of
 * Tunnelscope's canvas size. The page notes when its first frame is complete (render, then a
 * 1-pixel readPixels, which returns only when the GPU has finished) and keeps the viewer for
 * the rotated frames.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from './bench-node';
import type { PeerStyle } from './bench-peer-scene';

export const PEER_PATH = '/__peer/';
const LIBRARY = path.join(ROOT, 'node_modules/3dmol/build/3Dmol-min.js');

export function peerPageHtml(width: number, height: number, styles: PeerStyle[]): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>3Dmol.js bench</title></head>
<body style="margin:0">
<div id="view" style="position:absolute;left:0;top:0;width:${width}px;height:${height}px"></div>
<script src="${PEER_PATH}3Dmol-min.js"></script>
<script>
window.__peer = { first: null, error: null, viewer: null };
(async () => {
  try {
    const text = await (await fetch('${PEER_PATH}scene.mol2')).text();
    const viewer = $3Dmol.createViewer(document.getElementById('view'), { backgroundColor: 'white' });
    viewer.addModel(text, 'mol2');
    for (const s of ${JSON.stringify(styles)}) viewer.setStyle(s.sel, s.style);
    viewer.zoomTo();
    viewer.render();
    const gl = window.__bench.gl;
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, window.__bench.pixel);
    window.__peer.first = performance.now();
    window.__peer.viewer = viewer;
  } catch (e) {
    window.__peer.error = String(e && e.stack || e);
  }
})();
</script></body></html>`;
}

/** One rotated 3Dmol.js frame: rotate (which renders at once) and wait for the GPU, ms. */
export const PEER_FRAME = `(() => {
  const t0 = performance.now();
  window.__peer.viewer.rotate(10, 'y');
  const gl = window.__bench.gl;
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, window.__bench.pixel);
  return performance.now() - t0;
})()`;

/** Serves the page, the library and the structure under PEER_PATH of `origin`. */
export async function servePeerPage(
  context: BrowserContext,
  origin: string,
  html: string,
  mol2: string,
): Promise<void> {
  const library = readFileSync(LIBRARY);
  await context.route(`${origin}${PEER_PATH}**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(PEER_PATH.length);
    if (name === 'index.html') return route.fulfill({ body: html, contentType: 'text/html' });
    if (name === '3Dmol-min.js')
      return route.fulfill({ body: library, contentType: 'text/javascript' });
    if (name === 'scene.mol2') return route.fulfill({ body: mol2, contentType: 'text/plain' });
    return route.fulfill({ status: 404, body: '' });
  });
}
