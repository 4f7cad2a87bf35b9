/**
 * What the user pinned in the panel: powder peaks (tracked against x) and SAED spots, by
 * (hkl), kept while x and the view change and reset when another structure or scenario
 * opens. Also the tracked peaks' curves against x, computed only when the pins, the scenario
 * or the wavelength change (Bragg's law on the lattice path: no structure factors).
 */
import { braggTwoTheta, peakTracks, trackXs } from '../../diffraction/peak-track';
import type { XrdPattern } from '../../diffraction/xrd';
import type { TrackChart } from './draw-track';
import { hklOf } from './readouts';
import type { MicroscopeSource } from './source';
import { defaultTracked } from './tracked';

export const pins = {
  peaks: new Set<string>(),
  spots: new Set<string>(),
};
let pinnedFor = '';
let chart: { key: string; chart: TrackChart } | null = null;

/** On a new structure or scenario: the strongest peaks tracked (with the plot on), no spot pinned. */
export function pinsFor(source: MicroscopeSource, xrd: XrdPattern | undefined) {
  if (pinnedFor === source.key) return;
  pins.peaks = xrd ? defaultTracked(xrd) : new Set();
  pins.spots = new Set();
  pinnedFor = source.key;
}

export function togglePin(set: Set<string>, key: string) {
  if (set.has(key)) set.delete(key);
  else set.add(key);
}

/** The tracked peaks' curves for this scenario, or null outside a scenario or with none. */
export function trackChart(source: MicroscopeSource, wavelength: number): TrackChart | null {
  const s = source.scenario;
  if (!s || pins.peaks.size === 0) return null;
  const key = `${source.key}|${wavelength}|${[...pins.peaks].join(';')}`;
  if (chart?.key === key) return chart.chart;
  const hkls = [...pins.peaks].map(hklOf);
  const xs = trackXs(s.x0, s.x1, s.measured);
  const made: TrackChart = {
    tracks: peakTracks(s.latticeAt, hkls, wavelength, xs),
    reference: hkls.map((h) => braggTwoTheta(source.reference, h, wavelength)),
    measured: s.measured,
    x0: s.x0,
    x1: s.x1,
  };
  chart = { key, chart: made };
  return made;
}
