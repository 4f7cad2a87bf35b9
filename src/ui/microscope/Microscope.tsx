/**
 * The "Microscope" panel beside the 3D view: a STEM-like image, an SAED pattern and a powder
 * XRD plot, each toggled, following the view's zone axis and the scenario's x. React renders
 * only the controls; the engine draws the canvases and read-outs directly (no render per x).
 */
import { useEffect, useRef, useState } from 'react';
import type { MicroscopeSettings } from '../../diffraction/views';
import { useApp } from '../../state/store';
import { TEM_VIEWS, type TemView } from '../../state/view-state';
import { SAED_SIZE } from './draw-saed';
import { STEM_SIZE } from './draw-stem';
import { TRACK_HEIGHT, TRACK_WIDTH } from './draw-track';
import { XRD_HEIGHT, XRD_WIDTH } from './draw-xrd';
import { attachMicroscope, latestShown, microscopeSettings, setMicroscopeSettings } from './engine';
import { downloadBlob, downloadCanvas, spotsCsv, xrdCsv } from './export';
import { lineName, SaedSettings, StemSettings, XrdSettings } from './Settings';
import './microscope.css';

const NAMES: Record<TemView, string> = { stem: 'STEM', saed: 'SAED', xrd: 'XRD' };

function toggled(list: TemView[], v: TemView): TemView[] {
  const on = list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
  return TEM_VIEWS.filter((x) => on.includes(x));
}

export function Microscope() {
  const tem = useApp((s) => s.tem);
  const mode = useApp((s) => s.temMode);
  const setTem = useApp((s) => s.setTem);
  const setMode = useApp((s) => s.setTemMode);
  const stem = useRef<HTMLCanvasElement>(null);
  const saed = useRef<HTMLCanvasElement>(null);
  const xrd = useRef<HTMLCanvasElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const tracked = useRef<HTMLUListElement>(null);
  const pinned = useRef<HTMLUListElement>(null);
  const track = useRef<HTMLCanvasElement>(null);
  const [settings, setSettings] = useState<MicroscopeSettings>(microscopeSettings);
  const change = (next: MicroscopeSettings) => {
    setSettings(next);
    setMicroscopeSettings(next);
  };
  const open = tem.length > 0;
  const key = tem.join(',');

  useEffect(() => {
    if (!key || !note.current || !readout.current) return;
    return attachMicroscope({
      stem: stem.current,
      saed: saed.current,
      xrd: xrd.current,
      note: note.current,
      readout: readout.current,
      tracked: tracked.current,
      pinned: pinned.current,
      track: track.current,
    });
  }, [key]);

  if (!open) return null; // MicroscopeSlot shows the Open button
  const saveCanvas = (ref: React.RefObject<HTMLCanvasElement | null>, name: string) => () => {
    if (ref.current) downloadCanvas(ref.current, name);
  };
  return (
    <section className="microscope" aria-label="Microscope">
      <header className="microscope-head">
        <h2>Microscope</h2>
        <button
          type="button"
          className="microscope-close"
          aria-label="Close the microscope"
          onClick={() => setTem([])}
        >
          ×
        </button>
      </header>
      <div className="microscope-toggles">
        {TEM_VIEWS.map((v) => (
          <label key={v}>
            <input
              type="checkbox"
              checked={tem.includes(v)}
              onChange={() => setTem(toggled(tem, v))}
            />
            {NAMES[v]}
          </label>
        ))}
      </div>
      <p className="microscope-note" ref={note} aria-live="polite" />
      {tem.includes('stem') && (
        <figure className="microscope-view">
          <div className="microscope-row">
            <select
              aria-label="STEM mode"
              value={mode}
              onChange={(e) => setMode(e.target.value as typeof mode)}
            >
              <option value="haadf">HAADF (Z^1.7)</option>
              <option value="abf">ABF-like (inverted, Z^0.6)</option>
            </select>
            <button type="button" onClick={saveCanvas(stem, `stem-${mode}.png`)}>
              PNG
            </button>
          </div>
          <StemSettings value={settings} onChange={change} haadf={mode === 'haadf'} />
          <canvas
            ref={stem}
            className="microscope-stem"
            style={{ width: STEM_SIZE, height: STEM_SIZE }}
          />
          <figcaption>
            Schematic incoherent-imaging model: each column a Gaussian probe (0.8 Å FWHM) weighted
            by Σ occupancy·Z^
            {mode === 'haadf' ? (settings.exponent ?? 1.7).toFixed(1) : '0.6 drawn inverted'}
            {settings.noise ? `, uniform noise ±${50 * settings.noise} % (modelled)` : ''}. Not a
            multislice simulation.
          </figcaption>
        </figure>
      )}
      {tem.includes('saed') && (
        <figure className="microscope-view">
          <div className="microscope-row">
            <span>Kinematic SAED, 200 kV</span>
            <button type="button" onClick={saveCanvas(saed, 'saed.png')}>
              PNG
            </button>
            <button
              type="button"
              onClick={() => {
                const p = latestShown()?.result.saed;
                if (p) downloadBlob(spotsCsv(p), `saed-${p.zone.join('')}.csv`);
              }}
            >
              CSV
            </button>
          </div>
          <SaedSettings value={settings} onChange={change} />
          <canvas
            ref={saed}
            className="microscope-saed"
            style={{ width: SAED_SIZE, height: SAED_SIZE }}
          />
          <figcaption>
            {settings.foil
              ? `Thin foil (modelled): |F|² × ${settings.foil.shape === 'sinc2' ? 'sinc²(πts)' : 'a Lorentzian of the same width'}, t = ${settings.foil.thickness / 10} nm, s = −λg²/2 (beam down the zone). `
              : 'Every spot of the zone fully excited (no foil weighting). '}
            Click a spot to pin its read-out:
          </figcaption>
          <ul className="microscope-pinned" ref={pinned} />
        </figure>
      )}
      {tem.includes('xrd') && (
        <figure className="microscope-view">
          <div className="microscope-row">
            <span>Powder XRD, {lineName(settings.wavelength)}</span>
            <button type="button" onClick={saveCanvas(xrd, 'xrd.png')}>
              PNG
            </button>
            <button
              type="button"
              onClick={() => {
                const p = latestShown()?.result.xrd;
                if (p) downloadBlob(xrdCsv(p.profile), 'xrd.csv');
              }}
            >
              CSV
            </button>
          </div>
          <canvas
            ref={xrd}
            className="microscope-xrd"
            style={{ width: XRD_WIDTH, height: XRD_HEIGHT }}
          />
          <XrdSettings value={settings} onChange={change} />
          <figcaption>
            {settings.ions ? 'Ionic X-ray form factors where tabulated (Mn⁴⁺, O²⁻, K⁺ …). ' : ''}
            Pinned peaks (click a peak to pin or unpin it; Δ2θ from the first keyframe’s cell):
          </figcaption>
          <ul className="microscope-tracked" ref={tracked} />
          <canvas
            ref={track}
            className="microscope-track"
            hidden
            aria-label="Pinned peaks’ shift Δ2θ against x"
            style={{ width: TRACK_WIDTH, height: TRACK_HEIGHT }}
          />
        </figure>
      )}
      <p className="microscope-readout" ref={readout}>
        Point at a spot, a peak or a column for its indices and values.
      </p>
    </section>
  );
}
