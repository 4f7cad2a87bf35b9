/**
 * The powder plot: the pseudo-Voigt profile, a tick per peak, (hkl) over the strongest and
 * the pinned ones, laid out so no two labels overlap (a leader line when one is moved up).
 */
import type { Profile } from '../../diffraction/profile';
import type { XrdPattern } from '../../diffraction/xrd';
import { hklText, prepareCanvas } from './canvas';
import { abovePeak, type LabelRequest, layoutLabels } from './label-layout';

export const XRD_WIDTH = 280; // CSS px
export const XRD_HEIGHT = 190;
const PAD = { left: 8, right: 8, top: 16, bottom: 26 };
const LABEL_ABOVE = 10; // peaks this strong (of 100) may carry their indices, room allowing
const LABEL_HEIGHT = 10; // px, the 10 px font's line
const PINNED = '#d6452f';

export function xrdMapping(p: XrdPattern) {
  const [lo, hi] = p.range;
  const w = XRD_WIDTH - PAD.left - PAD.right;
  const h = XRD_HEIGHT - PAD.top - PAD.bottom;
  return {
    x: (t: number) => PAD.left + ((t - lo) / (hi - lo)) * w,
    y: (i: number) => PAD.top + h * (1 - Math.min(1.05, i / 100) / 1.05),
    twoTheta: (cx: number) => lo + ((cx - PAD.left) / w) * (hi - lo),
  };
}

export function drawXrd(
  canvas: HTMLCanvasElement,
  p: XrdPattern,
  profile: Profile,
  tracked: Set<string>,
  dark: boolean,
) {
  const ctx = prepareCanvas(canvas, XRD_WIDTH, XRD_HEIGHT);
  if (!ctx) return;
  const ink = dark ? '#e8eaed' : '#1d2430';
  const muted = dark ? '#a8b0ba' : '#6b7380';
  ctx.clearRect(0, 0, XRD_WIDTH, XRD_HEIGHT);
  const m = xrdMapping(p);
  const base = m.y(0);
  ctx.strokeStyle = muted;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(PAD.left, base + 0.5);
  ctx.lineTo(XRD_WIDTH - PAD.right, base + 0.5);
  ctx.stroke();
  ctx.fillStyle = muted;
  ctx.font = '10px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  for (let t = Math.ceil(p.range[0] / 10) * 10; t <= p.range[1]; t += 10) {
    ctx.fillRect(m.x(t), base, 1, 4);
    ctx.fillText(`${t}`, m.x(t) - 6, base + 5);
  }
  ctx.fillText('2θ (°)', XRD_WIDTH - PAD.right - 30, base + 14);
  ctx.strokeStyle = '#2f6fd6';
  ctx.lineWidth = 1.2;
  // One point per pixel column (its highest value): ~280 line segments instead of thousands,
  // and no narrow peak is lost between pixels.
  const columns = new Float64Array(XRD_WIDTH).fill(-1);
  for (let i = 0; i < profile.twoTheta.length; i++) {
    const x = Math.round(m.x(profile.twoTheta[i]));
    if (x >= 0 && x < XRD_WIDTH) columns[x] = Math.max(columns[x], profile.intensity[i]);
  }
  ctx.beginPath();
  let started = false;
  for (let x = 0; x < XRD_WIDTH; x++) {
    if (columns[x] < 0) continue;
    if (started) ctx.lineTo(x, m.y(columns[x]));
    else ctx.moveTo(x, m.y(columns[x]));
    started = true;
  }
  ctx.stroke();
  const caption = `λ = ${p.wavelength} Å`;
  ctx.fillStyle = muted;
  ctx.textBaseline = 'top';
  ctx.fillText(caption, PAD.left, 2);
  const captionBox = { x: PAD.left, y: 0, width: ctx.measureText(caption).width + 4, height: 14 };
  const shown = p.peaks.filter(
    (q) => q.intensity >= LABEL_ABOVE || tracked.has(q.hkl[0].join(',')),
  );
  const requests: LabelRequest[] = shown.map((q) => {
    const pinned = tracked.has(q.hkl[0].join(','));
    return {
      anchor: [m.x(q.twoTheta), m.y(q.intensity)],
      width: ctx.measureText(hklText(q.hkl[0])).width,
      height: LABEL_HEIGHT,
      priority: (pinned ? 1000 : 0) + q.intensity,
    };
  });
  const placed = layoutLabels(requests, {
    bounds: { x: 0, y: 0, width: XRD_WIDTH, height: base - 2 },
    obstacles: [captionBox],
    candidates: abovePeak(2),
  });
  for (const q of shown) {
    if (!tracked.has(q.hkl[0].join(','))) continue;
    ctx.fillStyle = PINNED;
    ctx.fillRect(m.x(q.twoTheta) - 0.5, PAD.top - 4, 1.5, base - PAD.top + 4);
  }
  ctx.textBaseline = 'bottom';
  ctx.lineWidth = 0.6;
  for (const l of placed) {
    const q = shown[l.index];
    const colour = tracked.has(q.hkl[0].join(',')) ? PINNED : ink;
    if (l.displaced) {
      const [ax, ay] = requests[l.index].anchor;
      ctx.strokeStyle = muted;
      ctx.beginPath();
      ctx.moveTo(ax, ay - 1);
      ctx.lineTo(Math.min(Math.max(ax, l.box.x), l.box.x + l.box.width), l.box.y + l.box.height);
      ctx.stroke();
    }
    ctx.fillStyle = colour;
    ctx.fillText(hklText(q.hkl[0]), l.box.x, l.box.y + l.box.height);
  }
  canvas.dataset.labels = String(placed.length);
}
