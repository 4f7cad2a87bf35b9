/**
 * The PNG maker: while the view is mounted it registers the 'png' export, which renders the
 * scene at 1×, 2× or 4× the view (tile by tile, off screen), optionally on a transparent
 * background, and composites in what the screen shows — tunnel and axis labels at their
 * projected places, the title, the colour key and the caption — each as the request asks.
 */
import { type RootState, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { imageFrame } from '../../export/image-frame';
import { keyOfState } from '../../export/image-key';
import { type OverlayContent, overlayLayout } from '../../export/image-layout';
import type { ExportRequest } from '../../export/request';
import { markupToUnicode } from '../../lesson/markup';
import { type ExportProgress, registerExporter } from '../../state/exporters';
import { useApp } from '../../state/store';
import {
  AXIS_LABELS,
  captureLabels,
  keepPlacement,
  type LabelCapture,
  TUNNEL_LABELS,
} from './dom-labels';
import { drawLabels, drawOps, measureWith } from './draw-overlays';
import { renderTiles } from './render-tiles';

/** The title block as the view's corner shows it: title, then detail lines. */
function titleLines(stage: Element | null): string[] {
  const info = stage?.querySelector('.structure-info');
  if (!info) return [];
  return [...info.querySelectorAll('.title, .meta')]
    .map((el) => (el.textContent ?? '').trim())
    .filter(Boolean);
}

/** The caption on screen: the lesson step's, else the scenario's at x. */
function captionText(stage: Element | null): string {
  const { lesson, lessonStep } = useApp.getState();
  const step = lesson && lessonStep >= 0 ? lesson.steps[lessonStep] : undefined;
  if (step?.caption) return markupToUnicode(step.caption);
  const scenario = stage?.ownerDocument.querySelector('[data-testid="scenario-caption"]');
  return (scenario?.textContent ?? '').trim();
}

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
  const { labels: want } = request;
  const labels: LabelCapture[] = [
    ...(want.tunnels ? captureLabels(canvas, TUNNEL_LABELS) : []),
    ...(want.axes ? captureLabels(canvas, AXIS_LABELS) : []),
  ];
  const stage = canvas.closest('.stage');
  const state = useApp.getState();
  const content: OverlayContent = {
    title: want.title ? titleLines(stage) : [],
    key: want.key ? keyOfState(state) : null,
    caption: want.caption ? captionText(stage) : '',
  };
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
    drawLabels(ctx, labels, frame);
    drawOps(
      ctx,
      overlayLayout({
        width: frame.width,
        height: frame.height,
        pxPerCss: frame.pxPerCss,
        textScale: state.textScale,
        dark: state.background === 'black',
        content,
        measure: measureWith(ctx),
      }),
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
