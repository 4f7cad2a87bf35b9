/**
 * The SAED pattern: spots on black, area ∝ intensity (as on film, roughly), the strongest
 * indexed, a scale bar in nm⁻¹. Screen x right, y up, as the 3D view.
 */
import type { SaedPattern } from '../../diffraction/saed';
import { hklText, prepareCanvas, scaleBar } from './canvas';

export const SAED_SIZE = 280; // CSS px
const LABELLED = 8; // strongest spots that carry their indices

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

export function drawSaed(canvas: HTMLCanvasElement, p: SaedPattern, caption: string) {
  const ctx = prepareCanvas(canvas, SAED_SIZE, SAED_SIZE);
  if (!ctx) return;
  ctx.fillStyle = '#000000';
  ctx.fillRect(0, 0, SAED_SIZE, SAED_SIZE);
  const { scale, toCanvas } = saedMapping(p);
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(SAED_SIZE / 2, SAED_SIZE / 2, 6, 0, 2 * Math.PI); // transmitted beam
  ctx.fill();
  for (const s of p.spots) {
    const [x, y] = toCanvas(s.g);
    ctx.beginPath();
    ctx.arc(x, y, spotRadius(s.intensity), 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.font = '10px system-ui, sans-serif';
  ctx.fillStyle = '#ffd75e';
  ctx.textBaseline = 'bottom';
  // Strongest first (the core sorts them so); label the innermost of equal strength.
  const labelled = [...p.spots]
    .sort((a, b) => b.intensity - a.intensity || b.d - a.d)
    .slice(0, LABELLED);
  for (const s of labelled) {
    const [x, y] = toCanvas(s.g);
    ctx.fillText(hklText(s.hkl), x + 5, y - 3);
  }
  const bar = 5; // nm⁻¹ = 0.5 Å⁻¹
  scaleBar(ctx, 10, SAED_SIZE - 12, (bar / 10) * scale, `${bar} nm⁻¹`, '#ffffff');
  ctx.fillStyle = '#ffffff';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  ctx.fillText(caption, 8, 6);
}
