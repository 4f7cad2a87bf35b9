/**
 * Starts the GPU side of WebGL while the page script runs. The first WebGL context a page
 * makes costs the GPU process a few hundred ms of set-up (measured with software WebGL: ~300
 * ms of the ~1.9 s to the first complete frame at 912 atoms), and `getContext` waits for it
 * on the main thread — after the 3D view's chunk has loaded, right before the first frame. A
 * throwaway context made first in a worker (an OffscreenCanvas) has the GPU process do that
 * set-up while the main thread reads the structure and loads the view; the view's own context
 * then comes in tens of ms. The worker holds its context until the view has drawn (or could
 * not start), then ends. No worker, no OffscreenCanvas or no WebGL 2: nothing happens.
 */
import { afterFirstFrame } from '../state/first-frame';

/** The worker's whole code: no module, no request (a Blob URL works from file:// too). */
const WARM = `const c = new OffscreenCanvas(1, 1);
const gl = c.getContext('webgl2');
if (gl) gl.getSupportedExtensions();
postMessage(gl ? 'ready' : 'none');`;

export function warmUpGpu(): void {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return;
  let worker: Worker;
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([WARM], { type: 'text/javascript' }));
    worker = new Worker(url);
  } catch {
    return;
  }
  worker.onerror = (e) => {
    e.preventDefault(); // nothing depends on it
    worker.terminate();
  };
  afterFirstFrame(() => {
    worker.terminate();
    URL.revokeObjectURL(url);
  });
}
