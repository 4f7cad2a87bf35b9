/**
 * Tracked powder peaks: their position now and the shift from the first keyframe's cell
 * (Bragg's law on that cell, so the shift is the lattice's doing, in degrees 2θ).
 */
import type { Lattice } from '../../crystal/types';
import { dSpacing } from '../../diffraction/reciprocal';
import type { XrdPattern } from '../../diffraction/xrd';
import { hklText } from './canvas';

const DEFAULT_COUNT = 3; // strongest peaks tracked when a structure or scenario opens

export function defaultTracked(p: XrdPattern): Set<string> {
  const strongest = [...p.peaks].sort((a, b) => b.intensity - a.intensity).slice(0, DEFAULT_COUNT);
  return new Set(strongest.map((q) => q.hkl[0].join(',')));
}

export function trackedRows(
  el: HTMLElement,
  p: XrdPattern,
  tracked: Set<string>,
  reference: Lattice,
) {
  const rows: HTMLElement[] = [];
  for (const key of tracked) {
    const hkl = key.split(',').map(Number) as [number, number, number];
    const peak = p.peaks.find((q) => q.hkl[0].join(',') === key);
    const ref = (360 / Math.PI) * Math.asin(p.wavelength / (2 * dSpacing(reference, ...hkl)));
    const row = document.createElement('li');
    row.dataset.hkl = key;
    if (peak) {
      row.dataset.twoTheta = peak.twoTheta.toFixed(4);
      const shift = peak.twoTheta - ref;
      const sign = shift > 0.0005 ? '+' : shift < -0.0005 ? '−' : '±';
      row.textContent = `${hklText(hkl)} 2θ ${peak.twoTheta.toFixed(3)}° · Δ ${sign}${Math.abs(shift).toFixed(3)}° · I ${peak.intensity.toFixed(1)}`;
    } else row.textContent = `${hklText(hkl)} below 0.1 % here`;
    rows.push(row);
  }
  el.replaceChildren(...rows);
}
