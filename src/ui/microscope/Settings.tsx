/**
 * The microscope views' settings: HAADF Z exponent and noise, SAED foil thickness and shape
 * factor, X-ray wavelength and ionic form factors. Each change is handed to the engine, which
 * computes the views again; nothing here renders per frame.
 */
import type { FoilShape } from '../../diffraction/excitation';
import type { MicroscopeSettings } from '../../diffraction/views';
import { XRAY_LINES, type XrayLine } from '../../diffraction/wavelengths';

export const LINE_NAMES: Partial<Record<XrayLine, string>> = {
  CuKa1: 'Cu Kα1',
  CoKa1: 'Co Kα1',
  MoKa1: 'Mo Kα1',
};
const NOISE = [0, 0.05, 0.1, 0.2];
const EXPONENTS = [1.5, 1.6, 1.7, 1.8, 1.9, 2]; // the range the HAADF reviews quote
const FOILS = [0, 20, 50, 100]; // nm; 0: no foil weighting
const FWHMS = [0.05, 0.1, 0.2, 0.5]; // ° 2θ: a fine diffractometer … a nanocrystalline powder

export function lineName(wavelength: number | undefined): string {
  const line = (Object.keys(LINE_NAMES) as XrayLine[]).find((k) => XRAY_LINES[k] === wavelength);
  return line ? (LINE_NAMES[line] ?? line) : 'Cu Kα1';
}

interface Props {
  value: MicroscopeSettings;
  onChange: (next: MicroscopeSettings) => void;
}

export function StemSettings({ value, onChange, haadf }: Props & { haadf: boolean }) {
  const exponent = value.exponent ?? 1.7;
  return (
    <div className="microscope-row microscope-settings">
      <label>
        Z^n, n{' '}
        <select
          aria-label="HAADF Z exponent"
          value={haadf ? exponent.toFixed(1) : '0.6'}
          disabled={!haadf}
          onChange={(e) => onChange({ ...value, exponent: Number(e.target.value) })}
        >
          {haadf ? (
            EXPONENTS.map((n) => (
              <option key={n} value={n.toFixed(1)}>
                {n.toFixed(1)}
              </option>
            ))
          ) : (
            <option value="0.6">0.6 (ABF-like)</option>
          )}
        </select>
      </label>
      <label>
        Noise{' '}
        <select
          aria-label="STEM noise"
          value={value.noise ?? 0}
          onChange={(e) => onChange({ ...value, noise: Number(e.target.value) })}
        >
          {NOISE.map((n) => (
            <option key={n} value={n}>
              {n === 0 ? 'none' : `±${(50 * n).toFixed(1).replace('.0', '')} %`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function SaedSettings({ value, onChange }: Props) {
  const t = value.foil ? value.foil.thickness / 10 : 0;
  const shape = value.foil?.shape ?? 'sinc2';
  const set = (nm: number, s: FoilShape) =>
    onChange({ ...value, foil: nm > 0 ? { thickness: nm * 10, shape: s } : undefined });
  return (
    <div className="microscope-row microscope-settings">
      <label>
        Foil{' '}
        <select
          aria-label="Foil thickness"
          value={t}
          onChange={(e) => set(Number(e.target.value), shape)}
        >
          {FOILS.map((nm) => (
            <option key={nm} value={nm}>
              {nm === 0 ? 'flat (all excited)' : `${nm} nm`}
            </option>
          ))}
        </select>
      </label>
      <select
        aria-label="Foil shape factor"
        value={shape}
        disabled={t === 0}
        onChange={(e) => set(t, e.target.value as FoilShape)}
      >
        <option value="sinc2">sinc²</option>
        <option value="lorentzian">Lorentzian</option>
      </select>
    </div>
  );
}

export function XrdSettings({ value, onChange }: Props) {
  return (
    <div className="microscope-row microscope-settings">
      <select
        aria-label="X-ray wavelength"
        value={value.wavelength ?? XRAY_LINES.CuKa1}
        onChange={(e) => onChange({ ...value, wavelength: Number(e.target.value) })}
      >
        {(Object.keys(LINE_NAMES) as XrayLine[]).map((k) => (
          <option key={k} value={XRAY_LINES[k]}>
            {LINE_NAMES[k]} ({XRAY_LINES[k]} Å)
          </option>
        ))}
      </select>
      <label>
        <input
          type="checkbox"
          checked={value.ions ?? false}
          onChange={(e) => onChange({ ...value, ions: e.target.checked })}
        />
        ionic f
      </label>
      <label>
        FWHM{' '}
        <select
          aria-label="Peak width"
          value={value.fwhm ?? 0.1}
          onChange={(e) => onChange({ ...value, fwhm: Number(e.target.value) })}
        >
          {FWHMS.map((w) => (
            <option key={w} value={w}>
              {w}°
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
