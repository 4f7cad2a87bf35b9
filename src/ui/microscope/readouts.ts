/**
 * The text of the panel's read-outs, free of the DOM (tested in Node): a pinned SAED spot or
 * powder peak is looked up again in every new pattern by its (hkl), so its values follow x,
 * and a powder peak's shift is measured from its 2θ on the first keyframe's cell.
 */
import type { Lattice } from '../../crystal/types';
import { braggTwoTheta } from '../../diffraction/peak-track';
import type { Hkl } from '../../diffraction/reciprocal';
import type { SaedPattern } from '../../diffraction/saed';
import type { XrdPattern } from '../../diffraction/xrd';
import { hklText } from './canvas';

export const keyOf = (hkl: readonly number[]) => hkl.join(',');
export const hklOf = (key: string) => key.split(',').map(Number) as Hkl;

export interface PeakReadout {
  text: string;
  /** Absent when the peak is below the pattern's cut-off at this x. */
  twoTheta?: number;
  d?: number;
  /** 2θ now less 2θ on the reference cell (degrees). */
  shift?: number;
}

const signed = (v: number, digits: number) => {
  const e = 0.5 * 10 ** -digits;
  const sign = v > e ? '+' : v < -e ? '−' : '±';
  return `${sign}${Math.abs(v).toFixed(digits)}`;
};

/** A pinned powder peak: (hkl), 2θ, d, intensity, and its shift from the reference cell. */
export function peakReadout(p: XrdPattern, key: string, reference: Lattice): PeakReadout {
  const hkl = hklOf(key);
  const peak = p.peaks.find((q) => q.hkl.some((h) => keyOf(h) === key));
  if (!peak) return { text: `${hklText(hkl)} below 0.1 % of the strongest here` };
  const shift = peak.twoTheta - braggTwoTheta(reference, hkl, p.wavelength);
  return {
    text:
      `${hklText(hkl)} 2θ ${peak.twoTheta.toFixed(3)}° · d ${peak.d.toFixed(4)} Å · ` +
      `I ${peak.intensity.toFixed(1)} · Δ2θ ${signed(shift, 3)}°`,
    twoTheta: peak.twoTheta,
    d: peak.d,
    shift,
  };
}

export interface SpotReadout {
  text: string;
  d?: number;
  /** |g| in nm⁻¹. */
  g?: number;
}

/** A pinned SAED spot: (hkl), d, |g| in nm⁻¹ and intensity, or why it is not there. */
export function spotReadout(p: SaedPattern, key: string): SpotReadout {
  const hkl = hklOf(key);
  const zone = p.zone;
  if (hkl[0] * zone[0] + hkl[1] * zone[1] + hkl[2] * zone[2] !== 0)
    return { text: `${hklText(hkl)} is not in the [${zone.join(' ')}] zone` };
  const spot = p.spots.find((s) => keyOf(s.hkl) === key);
  if (!spot) return { text: `${hklText(hkl)} absent here (F = 0) or beyond the pattern` };
  const g = 10 * Math.hypot(spot.g[0], spot.g[1]);
  return {
    text: `${hklText(hkl)} d ${spot.d.toFixed(4)} Å · |g| ${g.toFixed(3)} nm⁻¹ · I ${spot.intensity.toFixed(1)}`,
    d: spot.d,
    g,
  };
}
