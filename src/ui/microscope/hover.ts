/** Pointer read-outs on the microscope canvases: the spot, peak or column under the pointer. */
import { hklText } from './canvas';
import { saedMapping, spotRadius } from './draw-saed';
import { stemMapping } from './draw-stem';
import { xrdMapping } from './draw-xrd';
import type { MicroscopeTargets, Shown } from './engine';

const NEAR = 8; // CSS px

function local(e: PointerEvent | MouseEvent, canvas: HTMLCanvasElement): [number, number] {
  const r = canvas.getBoundingClientRect();
  // The canvas may be shown smaller than it was drawn (CSS max-width): scale back.
  const sx = Number(canvas.dataset.cssWidth || r.width) / r.width;
  return [(e.clientX - r.left) * sx, (e.clientY - r.top) * sx];
}

function saedSpotAt(shown: Shown, x: number, y: number) {
  const p = shown.result.saed;
  if (!p) return null;
  const m = saedMapping(p);
  let best: { d: number; spot: (typeof p.spots)[number] } | null = null;
  for (const s of p.spots) {
    const [cx, cy] = m.toCanvas(s.g);
    const d = Math.hypot(cx - x, cy - y);
    if (d < NEAR + spotRadius(s.intensity) && (!best || d < best.d)) best = { d, spot: s };
  }
  return best?.spot ?? null;
}

function saedAt(shown: Shown, x: number, y: number): string | null {
  const s = saedSpotAt(shown, x, y);
  if (!s) return null;
  const g = 10 * Math.hypot(s.g[0], s.g[1]);
  return `${hklText(s.hkl)} d = ${s.d.toFixed(3)} Å · |g| = ${g.toFixed(2)} nm⁻¹ · I = ${s.intensity.toFixed(1)} (click to pin)`;
}

function xrdPeakAt(shown: Shown, x: number) {
  const p = shown.result.xrd?.pattern;
  if (!p) return null;
  const m = xrdMapping(p);
  let best: { d: number; peak: (typeof p.peaks)[number] } | null = null;
  for (const peak of p.peaks) {
    const d = Math.abs(m.x(peak.twoTheta) - x);
    if (
      d < NEAR / 2 + 2 &&
      (!best || d < best.d || (d === best.d && peak.intensity > best.peak.intensity))
    )
      best = { d, peak };
  }
  return best?.peak ?? null;
}

function stemAt(shown: Shown, x: number, y: number): string | null {
  const s = shown.result.stem;
  if (!s) return null;
  const m = stemMapping(s.image);
  const [e1, e2] = s.projection.repeat;
  for (const c of s.projection.columns) {
    for (let i = -3; i <= 3; i++) {
      for (let j = -3; j <= 3; j++) {
        const p: [number, number] = [
          c.position[0] + i * e1[0] + j * e2[0],
          c.position[1] + i * e1[1] + j * e2[1],
        ];
        const [cx, cy] = m.toCanvas(p);
        if (Math.hypot(cx - x, cy - y) < NEAR) {
          const what = Object.entries(c.elements)
            .map(([el, n]) => `${el} ${n.toFixed(2)}`)
            .join(' + ');
          return `Column: ${what} per repeat · intensity ${c.intensity.toFixed(2)}`;
        }
      }
    }
  }
  return null;
}

export function installHover(
  t: MicroscopeTargets,
  current: () => Shown | null,
  toggle: (key: string) => void,
  toggleSpot: (key: string) => void,
): () => void {
  const off: (() => void)[] = [];
  const on = (
    el: HTMLElement | null,
    type: 'pointermove' | 'click',
    fn: (e: PointerEvent) => void,
  ) => {
    if (!el) return;
    const h = fn as EventListener;
    el.addEventListener(type, h);
    off.push(() => el.removeEventListener(type, h));
  };
  const say = (text: string | null) => {
    if (text) t.readout.textContent = text;
  };
  on(t.saed, 'pointermove', (e) => {
    const s = current();
    if (s && t.saed) say(saedAt(s, ...local(e, t.saed)));
  });
  on(t.stem, 'pointermove', (e) => {
    const s = current();
    if (s && t.stem) say(stemAt(s, ...local(e, t.stem)));
  });
  on(t.xrd, 'pointermove', (e) => {
    const s = current();
    if (!s || !t.xrd) return;
    const peak = xrdPeakAt(s, local(e, t.xrd)[0]);
    if (peak) {
      const hkls = peak.hkl.map(hklText).join(' ');
      say(
        `${hkls} 2θ = ${peak.twoTheta.toFixed(3)}° · d = ${peak.d.toFixed(4)} Å · I = ${peak.intensity.toFixed(1)} · m = ${peak.multiplicity} (click to pin and track)`,
      );
    }
  });
  on(t.xrd, 'click', (e) => {
    const s = current();
    if (!s || !t.xrd) return;
    const peak = xrdPeakAt(s, local(e, t.xrd)[0]);
    if (peak) toggle(peak.hkl[0].join(','));
  });
  on(t.saed, 'click', (e) => {
    const s = current();
    if (!s || !t.saed) return;
    const spot = saedSpotAt(s, ...local(e, t.saed));
    if (spot) toggleSpot(spot.hkl.join(','));
  });
  return () => {
    for (const f of off) f();
  };
}
