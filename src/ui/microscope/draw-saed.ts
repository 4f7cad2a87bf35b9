/**
 * The SAED pattern: spots on black, area ∝ intensity (as on film, roughly), the strongest
 * indexed, a scale bar in nm⁻¹. Screen x right, y up, as the 3D view.
 */
import type { SaedPattern } from '../../diffraction/saed';
import { hklText, prepareCanvas, scaleBar } from './canvas';
import { aroundSpot, type LabelRequest, layoutLabels, type Rect } from './label-layout';

export const SAED_SIZE = 280; // CSS px
const LABELLED = 12; // strongest spots that may carry their indices, room allowing
const DRAWN = 0.01; // spots weaker than this (of 100) are not drawn: a foil leaves them dark
const BEAM = 6; // px, radius of the transmitted beam
const PINNED = '#ff7a5c';

export function saedMapping(p: SaedPattern) {
  const scale = (SAED_SIZE / 2 - 14) / p.gMax; // px per Å⁻¹
  const c = SAED_SIZE / 2;
  return {
    scale,
    toCanvas: (g: [number, number]): [number, number] => [c + g[0] * scale, c - g[1] * scale],
  };
}

export function spotRadius(intensity: number): number {
  return Math.max(1.2, 5 * Math.sqrt(intensity / 100));
}

const around = (x: number, y: number, r: number): Rect => ({
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
});

export function drawSaed(
  canvas: HTMLCanvasElement,
  p: SaedPattern,
  caption: string,
  pinned: Set<string> = new Set(),
) {
  const ctx = prepareCanvas(canvas, SAED_SIZE, SAED_SIZE);
  if (!ctx) return;
  ctx.fillStyle = '#000000';
  ctx.fillRect(0, 0, SAED_SIZE, SAED_SIZE);
  const { scale, toCanvas } = saedMapping(p);
  const c = SAED_SIZE / 2;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(c, c, BEAM, 0, 2 * Math.PI); // transmitted beam
  ctx.fill();
  const obstacles: Rect[] = [around(c, c, BEAM + 1)];
  for (const s of p.spots) {
    if (s.intensity < DRAWN) continue;
    const [x, y] = toCanvas(s.g);
    const r = spotRadius(s.intensity);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.font = '10px system-ui, sans-serif';
  ctx.strokeStyle = PINNED;
  ctx.lineWidth = 1.5;
  const isPinned = (s: SaedPattern['spots'][number]) => pinned.has(s.hkl.join(','));
  for (const s of p.spots.filter(isPinned)) {
    const [x, y] = toCanvas(s.g);
    ctx.beginPath();
    ctx.arc(x, y, spotRadius(s.intensity) + 3, 0, 2 * Math.PI);
    ctx.stroke();
  }
  // Strongest first (the core sorts them so); the innermost of equal strength first.
  const labelled = [
    ...p.spots.filter(isPinned),
    ...[...p.spots].sort((a, b) => b.intensity - a.intensity || b.d - a.d).slice(0, LABELLED),
  ].filter((s, i, all) => all.indexOf(s) === i);
  // No label covers a labelled spot; weaker spots may lie under a label's dark backing.
  for (const s of labelled) obstacles.push(around(...toCanvas(s.g), spotRadius(s.intensity)));
  const requests: LabelRequest[] = labelled.map((s, i) => ({
    anchor: toCanvas(s.g),
    width: ctx.measureText(hklText(s.hkl)).width,
    height: 10,
    priority: isPinned(s) ? 1000 : labelled.length - i,
  }));
  const placed = layoutLabels(requests, {
    bounds: { x: 0, y: 20, width: SAED_SIZE, height: SAED_SIZE - 48 },
    obstacles,
    candidates: aroundSpot((r) => spotRadius(labelled[requests.indexOf(r)].intensity)),
  });
  ctx.textBaseline = 'bottom';
  for (const l of placed) {
    const s = labelled[l.index];
    ctx.fillStyle = 'rgba(0, 0, 0, 0.7)';
    ctx.fillRect(l.box.x - 1, l.box.y, l.box.width + 2, l.box.height + 1);
    ctx.fillStyle = isPinned(s) ? PINNED : '#ffd75e';
    ctx.fillText(hklText(s.hkl), l.box.x, l.box.y + l.box.height);
  }
  canvas.dataset.labels = String(placed.length);
  const bar = 5; // nm⁻¹ = 0.5 Å⁻¹
  scaleBar(ctx, 10, SAED_SIZE - 12, (bar / 10) * scale, `${bar} nm⁻¹`, '#ffffff');
  ctx.fillStyle = '#ffffff';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  ctx.fillText(caption, 8, 6);
}
