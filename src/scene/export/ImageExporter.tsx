/**
 * The PNG maker: while the view is mounted it registers the 'png' export, which renders the
 * scene at 1×, 2× or 4× the view (tile by tile, off screen), optionally on a transparent
 * background, and composites in what the screen shows — tunnel and axis labels at their
 * projected places, the title (with a scenario's readout), the colour key and the caption —
 * each as the request asks, through the overlay path every video frame uses too.
 */
import { type RootState, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { imageFrame } from '../../export/image-frame';
import { overlayContentAt } from '../../export/overlay-content';
import type { ExportRequest } from '../../export/request';
import { type ExportProgress, registerExporter } from '../../state/exporters';
import { useApp } from '../../state/store';
import { AXIS_LABELS, captureWanted, keepPlacement, titleLines } from './dom-labels';
import { composeOverlays } from './draw-overlays';
import { renderTiles } from './render-tiles';

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function makePng(
  three: RootState,
  request: ExportRequest,
  onProgress: (p: ExportProgress) => void,
  signal: AbortSignal,
): Promise<Blob> {
  const { gl, scene, camera, size } = three;
  const canvas = gl.domElement;
  const view = { width: size.width, height: size.height };
  const asked =
    request.width !== undefined && request.height !== undefined
      ? { width: request.width, height: request.height }
      : undefined;
  const frame = imageFrame(view, request.scale, asked);
  const labels = captureWanted(canvas, request.labels);
  const state = useApp.getState();
  const content = overlayContentAt(state, titleLines(canvas), request.labels);
  // A playing scenario would move between tiles: hold it while the picture renders.
  const wasPlaying = state.playing;
  if (wasPlaying) state.setPlaying(false);
  const restoreAxes = keepPlacement(canvas, AXIS_LABELS);
  const tilesTotal = { n: 1 };
  try {
    onProgress({ done: 0, total: 1 });
    const pixels = await renderTiles({
      gl,
      scene,
      camera,
      view,
      frame,
      transparent: request.transparent,
      signal,
      restoreAfterRender: restoreAxes,
      afterTile: async (done, total) => {
        tilesTotal.n = total;
        onProgress({ done, total: total + 1 });
        await nextTask();
      },
    });
    const picture = document.createElement('canvas');
    picture.width = frame.width;
    picture.height = frame.height;
    const ctx = picture.getContext('2d');
    if (!ctx) throw new Error('the browser gave no 2D canvas to compose the picture on');
    ctx.putImageData(new ImageData(pixels, frame.width, frame.height), 0, 0);
    composeOverlays(
      ctx,
      frame,
      labels,
      content,
      { textScale: state.textScale, dark: state.background === 'black' },
      state.structureBox,
    );
    const blob = await new Promise<Blob | null>((resolve) => picture.toBlob(resolve, 'image/png'));
    if (!blob)
      throw new Error(
        `the browser could not encode a ${frame.width} × ${frame.height} PNG (too large for its memory?)`,
      );
    onProgress({ done: tilesTotal.n + 1, total: tilesTotal.n + 1 });
    return blob;
  } finally {
    if (wasPlaying) useApp.getState().setPlaying(true);
    three.invalidate();
  }
}

export function ImageExporter() {
  const get = useThree((s) => s.get);
  useEffect(
    () =>
      registerExporter('png', (request, onProgress, signal) =>
        makePng(get(), request, onProgress, signal),
      ),
    [get],
  );
  return null;
}
