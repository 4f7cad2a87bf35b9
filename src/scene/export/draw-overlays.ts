/**
 * Draws the captured DOM labels and the laid-out title, key and caption on a 2D canvas: the
 * one overlay path of a PNG and of every video frame.
 */
import { type ImageFrame, toImagePoint } from '../../export/image-frame';
import {
  type DrawOp,
  type Measure,
  type OverlayContent,
  overlayLayout,
} from '../../export/image-layout';
import type { ScreenBox } from '../../state/screen-box';
import type { LabelCapture } from './dom-labels';

export const FONT_FAMILY = 'system-ui, "DejaVu Sans", sans-serif';

export function measureWith(ctx: CanvasRenderingContext2D): Measure {
  return (text, px, weight) => {
    ctx.font = `${weight} ${px}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}

function roundedRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

/** The labels at their projected places, scaled to the picture. */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly LabelCapture[],
  frame: ImageFrame,
) {
  const k = frame.pxPerCss;
  for (const label of labels) {
    if (label.box) {
      const p = toImagePoint(frame, label.box);
      roundedRect(ctx, p.x, p.y, label.box.width * k, label.box.height * k, label.box.radius * k);
      ctx.fillStyle = label.box.fill;
      ctx.fill();
    }
    for (const t of label.texts) {
      const p = toImagePoint(frame, t);
      ctx.font = `${t.style} ${t.weight} ${t.size * k}px ${t.family}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      if (t.halo) {
        ctx.strokeStyle = t.halo;
        ctx.lineWidth = 3 * k;
        ctx.lineJoin = 'round';
        ctx.strokeText(t.text, p.x, p.y);
      }
      ctx.fillStyle = t.colour;
      ctx.fillText(t.text, p.x, p.y);
    }
  }
}

export function drawOps(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[]) {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const op of ops) {
    switch (op.kind) {
      case 'box':
        roundedRect(ctx, op.x, op.y, op.width, op.height, op.radius);
        ctx.fillStyle = op.fill;
        ctx.fill();
        break;
      case 'text':
        ctx.font = `${op.weight} ${op.px}px ${FONT_FAMILY}`;
        ctx.fillStyle = op.colour;
        ctx.fillText(op.text, op.x, op.y);
        break;
      case 'swatch':
        ctx.beginPath();
        ctx.arc(op.cx, op.cy, op.r, 0, 2 * Math.PI);
        ctx.fillStyle = op.fill;
        ctx.fill();
        ctx.lineWidth = Math.max(1, op.r / 8);
        ctx.strokeStyle = op.stroke;
        ctx.stroke();
        break;
      case 'sectors': {
        let x = op.x;
        for (const part of op.parts) {
          const w = part.fraction * op.width;
          ctx.fillStyle = part.fill;
          ctx.fillRect(x, op.y, w, op.height);
          x += w;
        }
        ctx.lineWidth = Math.max(1, op.height / 16);
        ctx.strokeStyle = op.stroke;
        ctx.strokeRect(op.x, op.y, op.width, op.height);
        break;
      }
    }
  }
}

/**
 * Labels, then the title, key and caption over the picture already on `ctx`. `structure`:
 * where the drawn block lies (CSS px of the frame's region), so the key keeps off it: the
 * live view's box for a picture of the view as it stands, the union over every frame for a
 * video (its camera may turn), so its key stays in one place.
 */
export function composeOverlays(
  ctx: CanvasRenderingContext2D,
  frame: ImageFrame,
  labels: readonly LabelCapture[],
  content: OverlayContent,
  look: { textScale: number; dark: boolean },
  structure?: ScreenBox | null,
) {
  drawLabels(ctx, labels, frame);
  const from = structure && toImagePoint(frame, { x: structure.left, y: structure.top });
  const to = structure && toImagePoint(frame, { x: structure.right, y: structure.bottom });
  drawOps(
    ctx,
    overlayLayout({
      width: frame.width,
      height: frame.height,
      pxPerCss: frame.pxPerCss,
      textScale: look.textScale,
      dark: look.dark,
      content,
      measure: measureWith(ctx),
      ...(from && to
        ? { structure: { left: from.x, top: from.y, right: to.x, bottom: to.y } }
        : {}),
    }),
  );
}
