/**
 * The microscope panel's three views computed together from one request: what a Web Worker
 * runs (and the page itself when workers are unavailable), and what the benchmark times.
 */
import type { Vec3 } from '../crystal/types';
import type { Foil } from './excitation';
import { type Profile, pseudoVoigt } from './profile';
import { type ColumnProjection, projectColumns, type StemMode } from './projection';
import { type SaedPattern, saedPattern } from './saed';
import type { Scatterers } from './scatterers';
import { type StemImage, stemImage } from './stem-image';
import { powderPattern, type XrdPattern } from './xrd';

export type MicroscopeView = 'stem' | 'saed' | 'xrd';

/** The panel's settings for the three views; every one has the core's default when left out. */
export interface MicroscopeSettings {
  /** HAADF Z exponent (the ABF-like mode keeps its 0.6). */
  exponent?: number;
  /** STEM noise amplitude, fraction of the brightest column (0: none). */
  noise?: number;
  /** SAED thin-foil weighting; none: every zone spot fully excited. */
  foil?: Foil;
  /** X-ray wavelength, Å. */
  wavelength?: number;
  /** Ionic X-ray form factors where the table has them. */
  ions?: boolean;
  /** FWHM of the plotted pseudo-Voigt profile, degrees 2θ. */
  fwhm?: number;
}

export interface MicroscopeRequest {
  /** Increases with every request: the newest answer wins. */
  id: number;
  scatterers: Scatterers;
  zone: Vec3;
  /** Cartesian screen-up, or undefined for the 3D view's default for the zone. */
  up?: Vec3;
  views: MicroscopeView[];
  mode: StemMode;
  /** STEM field of view (Å, square) and pixels per side. */
  field?: number;
  pixels?: number;
  settings?: MicroscopeSettings;
}

export interface MicroscopeResult {
  id: number;
  stem?: { projection: ColumnProjection; image: StemImage };
  saed?: SaedPattern;
  xrd?: { pattern: XrdPattern; profile: Profile };
  /** Milliseconds spent per view. */
  timing: Partial<Record<MicroscopeView, number>>;
  error?: string;
}

const MIN_FIELD = 24; // Å: about two α-MnO2 cells across
const MAX_FIELD = 60; // Å
const PIXELS = 256;

function timed<T>(timing: MicroscopeResult['timing'], view: MicroscopeView, run: () => T): T {
  const t0 = performance.now();
  const out = run();
  timing[view] = performance.now() - t0;
  return out;
}

export function computeMicroscope(r: MicroscopeRequest): MicroscopeResult {
  const out: MicroscopeResult = { id: r.id, timing: {} };
  const set = r.settings ?? {};
  try {
    if (r.views.includes('stem')) {
      out.stem = timed(out.timing, 'stem', () => {
        const exponent = r.mode === 'haadf' ? set.exponent : undefined;
        const projection = projectColumns(r.scatterers, r.zone, {
          mode: r.mode,
          up: r.up,
          exponent,
        });
        const longest = Math.max(...projection.repeat.map((v) => Math.hypot(v[0], v[1])));
        const field = r.field ?? Math.min(MAX_FIELD, Math.max(MIN_FIELD, 2.2 * longest));
        const pixels = r.pixels ?? PIXELS;
        const image = stemImage(projection, {
          mode: r.mode,
          width: field,
          height: field,
          pixel: field / pixels,
          noise: set.noise,
        });
        return { projection, image };
      });
    }
    if (r.views.includes('saed')) {
      out.saed = timed(out.timing, 'saed', () =>
        saedPattern(r.scatterers, r.zone, { up: r.up, foil: set.foil }),
      );
    }
    if (r.views.includes('xrd')) {
      out.xrd = timed(out.timing, 'xrd', () => {
        const pattern = powderPattern(r.scatterers, { wavelength: set.wavelength, ions: set.ions });
        return { pattern, profile: pseudoVoigt(pattern, { fwhm: set.fwhm }) };
      });
    }
  } catch (e) {
    out.error = (e as Error).message;
  }
  return out;
}
