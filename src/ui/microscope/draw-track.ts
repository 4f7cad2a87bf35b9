/**
 * Tracked peaks against x: each pinned powder peak's shift Δ2θ from its position on the first
 * keyframe's cell, over the scenario's x range, with a cursor at the current x. Measured x
 * (keyframes, table points) are dots, as in the lattice chart; between them the cell is
 * interpolated.
 */
import type { PeakTrack } from '../../diffraction/peak-track';
import { hklText, prepareCanvas } from './canvas';
import { type LabelRequest, layoutLabels, type Rect } from './label-layout';

export const TRACK_WIDTH = 280; // CSS px
export const TRACK_HEIGHT = 120;
const PAD = { left: 40, right: 40, top: 8, bottom: 20 };
export const TRACK_COLOURS = ['#d6452f', '#2f6fd6', '#1e8449', '#8e44ad', '#b9770e', '#17a2b8'];

export interface TrackChart {
  tracks: PeakTrack[];
  /** 2θ of each track on the reference cell (the first keyframe's). */
  reference: number[];
  measured: number[];
  x0: number;
  x1: number;
}

export function drawTracks(canvas: HTMLCanvasElement, chart: TrackChart, x: number, dark: boolean) {
  const ctx = prepareCanvas(canvas, TRACK_WIDTH, TRACK_HEIGHT);
  if (!ctx) return;
  const ink = dark ? '#e8eaed' : '#1d2430';
  const muted = dark ? '#a8b0ba' : '#6b7380';
  ctx.clearRect(0, 0, TRACK_WIDTH, TRACK_HEIGHT);
  let lo = 0;
  let hi = 0;
  chart.tracks.forEach((t, i) => {
    for (const q of t.points) {
      const v = q.twoTheta - chart.reference[i];
      if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    }
  });
  if (hi - lo < 0.02) [lo, hi] = [lo - 0.01, hi + 0.01];
  const w = TRACK_WIDTH - PAD.left - PAD.right;
  const h = TRACK_HEIGHT - PAD.top - PAD.bottom;
  const span = chart.x1 - chart.x0 || 1;
  const px = (v: number) => PAD.left + ((v - chart.x0) / span) * w;
  const py = (v: number) => PAD.top + ((hi - v) / (hi - lo)) * h;
  ctx.font = '10px system-ui, sans-serif';
  ctx.fillStyle = muted;
  ctx.strokeStyle = muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(PAD.left, py(0) + 0.5);
  ctx.lineTo(PAD.left + w, py(0) + 0.5);
  ctx.stroke();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'right';
  const ticks = [hi, 0, lo].filter(
    (v, i, all) => all.findIndex((u) => Math.abs(u - v) < 1e-9) === i,
  );
  for (const v of ticks) ctx.fillText(`${v > 0 ? '+' : ''}${v.toFixed(2)}°`, PAD.left - 3, py(v));
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(`x = ${chart.x0}`, PAD.left, TRACK_HEIGHT - PAD.bottom + 4);
  ctx.textAlign = 'right';
  ctx.fillText(`x = ${chart.x1}`, PAD.left + w, TRACK_HEIGHT - PAD.bottom + 4);
  ctx.textAlign = 'left';
  ctx.textAlign = 'center';
  ctx.fillText('Δ2θ against x', PAD.left + w / 2, TRACK_HEIGHT - PAD.bottom + 4);
  ctx.textAlign = 'left';
  chart.tracks.forEach((t, i) => {
    const colour = TRACK_COLOURS[i % TRACK_COLOURS.length];
    const ref = chart.reference[i];
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    let started = false;
    for (const q of t.points) {
      if (!Number.isFinite(q.twoTheta)) continue;
      if (started) ctx.lineTo(px(q.x), py(q.twoTheta - ref));
      else ctx.moveTo(px(q.x), py(q.twoTheta - ref));
      started = true;
    }
    ctx.stroke();
    for (const q of t.points) {
      if (!chart.measured.includes(q.x) || !Number.isFinite(q.twoTheta)) continue;
      ctx.beginPath();
      ctx.arc(px(q.x), py(q.twoTheta - ref), 2.5, 0, 2 * Math.PI);
      ctx.fill();
    }
  });
  // Each line's (hkl) at its right end, moved up or down as little as keeps them apart.
  const requests: LabelRequest[] = chart.tracks.map((t, i) => ({
    anchor: [PAD.left + w + 3, py(t.points[t.points.length - 1].twoTheta - chart.reference[i])],
    width: ctx.measureText(hklText(t.hkl)).width,
    height: 10,
    priority: -i,
  }));
  const beside = (r: LabelRequest): Rect[] =>
    [0, -1, 1, -2, 2, -3, 3, -4, 4, -6, 6, -8, 8].map((k) => ({
      x: r.anchor[0],
      y: r.anchor[1] - 5 + k * 6,
      width: r.width,
      height: r.height,
    }));
  const placed = layoutLabels(requests, {
    bounds: { x: PAD.left + w, y: 0, width: PAD.right, height: TRACK_HEIGHT },
    candidates: beside,
  });
  ctx.textBaseline = 'top';
  for (const l of placed) {
    ctx.fillStyle = TRACK_COLOURS[l.index % TRACK_COLOURS.length];
    ctx.fillText(hklText(chart.tracks[l.index].hkl), l.box.x, l.box.y);
  }
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(px(x) + 0.5, PAD.top);
  ctx.lineTo(px(x) + 0.5, PAD.top + h);
  ctx.stroke();
  canvas.dataset.tracks = String(chart.tracks.length);
}
