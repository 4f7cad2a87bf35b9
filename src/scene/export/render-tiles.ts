/**
 * Renders the scene at a picture's size, tile by tile, into an off-screen render target, and
 * returns its RGBA pixels (top-down, straight alpha). The live canvas is never resized and the
 * camera gets its view back after every tile, so a frame drawn in between (the page stays
 * responsive while a 4× picture renders) shows the view as it was.
 */
import * as THREE from 'three';
import {
  type ImageFrame,
  imageTiles,
  placeTilePixels,
  tileViewOffset,
} from '../../export/image-frame';

type ViewCamera = THREE.OrthographicCamera | THREE.PerspectiveCamera;

/** Multisampling off above this many picture pixels: 4 samples of 8192² would need ~2 GB. */
const MSAA_MAX_PIXELS = 4096 * 4096;

export interface TileRenderOptions {
  gl: THREE.WebGLRenderer;
  scene: THREE.Scene;
  camera: THREE.Camera;
  /** The live view's CSS size (what the camera's frustum spans). */
  view: { width: number; height: number };
  frame: ImageFrame;
  transparent: boolean;
  /** Called after each tile with (done, total); awaited, so it may yield to the page. */
  afterTile: (done: number, total: number) => Promise<void>;
  signal: AbortSignal;
  /** Put back anything the renders moved (the DOM labels placed in onBeforeRender hooks). */
  restoreAfterRender: () => void;
}

export async function renderTiles(o: TileRenderOptions): Promise<Uint8ClampedArray<ArrayBuffer>> {
  const { gl, scene, frame } = o;
  const camera = o.camera as ViewCamera;
  if (!('setViewOffset' in camera)) throw new Error('the view has no camera to render with');
  const picture = new Uint8ClampedArray(frame.width * frame.height * 4);
  const tiles = imageTiles(
    frame.width,
    frame.height,
    Math.min(gl.capabilities.maxTextureSize, 2048),
  );
  const antialias = gl.getContext().getContextAttributes()?.antialias === true;
  const samples = antialias && frame.width * frame.height <= MSAA_MAX_PIXELS ? 4 : 0;
  const target = new THREE.WebGLRenderTarget(tiles[0].width, tiles[0].height, { samples });
  const buffer = new Uint8Array(tiles[0].width * tiles[0].height * 4);
  const background = scene.background;
  const clearColour = gl.getClearColor(new THREE.Color());
  const clearAlpha = gl.getClearAlpha();
  const savedView = camera.view ? { ...camera.view } : null;
  const restoreCamera = () => {
    if (savedView?.enabled)
      camera.setViewOffset(
        savedView.fullWidth,
        savedView.fullHeight,
        savedView.offsetX,
        savedView.offsetY,
        savedView.width,
        savedView.height,
      );
    else camera.clearViewOffset();
  };
  try {
    for (const [k, tile] of tiles.entries()) {
      if (o.signal.aborted) throw new DOMException('The export was cancelled.', 'AbortError');
      if (target.width !== tile.width || target.height !== tile.height)
        target.setSize(tile.width, tile.height);
      const v = tileViewOffset(frame, o.view, tile);
      if (o.transparent) {
        scene.background = null;
        gl.setClearColor(0x000000, 0);
      }
      camera.setViewOffset(v.fullWidth, v.fullHeight, v.x, v.y, v.width, v.height);
      try {
        gl.setRenderTarget(target);
        gl.render(scene, camera);
        gl.readRenderTargetPixels(target, 0, 0, tile.width, tile.height, buffer);
      } finally {
        gl.setRenderTarget(null);
        restoreCamera();
        scene.background = background;
        gl.setClearColor(clearColour, clearAlpha);
        o.restoreAfterRender();
      }
      placeTilePixels(buffer.subarray(0, tile.width * tile.height * 4), tile, picture, frame.width);
      await o.afterTile(k + 1, tiles.length);
    }
  } finally {
    target.dispose();
  }
  return picture;
}
