/**
 * "Sites & channels": where an ion could go in the structure on screen (src/voids). The
 * analysis runs only while the panel is open (src/app/voids-run.ts puts it in the store, for
 * this panel and the view's tubes and site spheres); in a scenario it is the framework at x.
 */
import { useEffect, useState } from 'react';
import { useApp } from '../state/store';
import { MAX_PROBE, MIN_PROBE } from '../state/view-state';
import type { VoidAnalysis } from '../voids/analyse';
import { FIT_IONS, FIT_TOLERANCE, ionRadius, siteCn, siteGrade } from '../voids/fit';
import { num } from './format';
import { PlacedIons, PlaceIon } from './PlacedIons';
import { SiteScale } from './SiteScale';
import './sites-panel.css';

const GRADE_TEXT = { fits: 'yes', tight: 'tight', no: 'no' } as const;

function frac(v: readonly number[]): string {
  return v.map((x) => num(x, 3)).join(', ');
}

function direction(d: readonly number[]): string {
  return `[${d.map((x) => (x < 0 ? `${-x}̄` : String(x))).join('')}]`;
}

/** Element symbols typed in the field; null while something typed is not one. */
function parseMobile(text: string): string[] | null {
  const names = text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return names.every((s) => /^[A-Z][a-z]?$/.test(s)) ? [...new Set(names)] : null;
}

export function SitesPanel() {
  const loaded = useApp((s) => s.loaded);
  const scenario = useApp((s) => (s.scenarioId ? s.loadedScenario : null));
  const open = useApp((s) => s.sites);
  const probe = useApp((s) => s.probe);
  const mobile = useApp((s) => s.mobile);
  const overlays = useApp((s) => s.siteOverlays);
  const result = useApp((s) => s.voids);
  const [mobileText, setMobileText] = useState(mobile.join(','));
  const [probeText, setProbeText] = useState(String(probe));
  // A link or Back may change them from outside: the fields follow.
  useEffect(
    () => setMobileText((t) => (sameList(parseMobile(t), mobile) ? t : mobile.join(','))),
    [mobile],
  );
  useEffect(() => setProbeText((t) => (Number(t) === probe ? t : String(probe))), [probe]);
  if (!loaded && !scenario) return null;
  const app = useApp.getState;
  return (
    <details
      className="sites-panel"
      open={open}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        if (now !== app().sites) app().setSitesOpen(now);
      }}
    >
      <summary>Sites &amp; channels</summary>
      <div className="sites-controls">
        <label>
          probe r (Å){' '}
          <input
            type="number"
            min={MIN_PROBE}
            max={MAX_PROBE}
            step={0.05}
            value={probeText}
            onChange={(e) => {
              setProbeText(e.target.value);
              const v = Number(e.target.value);
              if (e.target.value !== '' && Number.isFinite(v) && v >= MIN_PROBE && v <= MAX_PROBE)
                app().setProbe(v);
            }}
          />
        </label>
        <label>
          mobile (left out){' '}
          <input
            value={mobileText}
            size={14}
            onChange={(e) => {
              setMobileText(e.target.value);
              const list = parseMobile(e.target.value);
              if (list && !sameList(list, app().mobile)) app().setMobile(list);
            }}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={overlays}
            onChange={(e) => app().setSiteOverlays(e.target.checked)}
          />{' '}
          tubes and sites in the view
        </label>
      </div>
      {open && overlays && <SiteScale />}
      {open && !result && <p className="sites-busy">Analysing…</p>}
      {result && <Results result={result} inScenario={scenario !== null} />}
    </details>
  );
}

function sameList(a: readonly string[] | null, b: readonly string[]): boolean {
  return a !== null && a.length === b.length && a.every((e) => b.includes(e));
}

function Results(props: { result: VoidAnalysis; inScenario: boolean }) {
  const run = useApp((s) => s.voidsRun);
  const { result: r, inScenario } = props;
  const selection = useApp((s) => s.siteSelection);
  const picked = selection && selection.site < r.sites.length ? selection.site : null;
  const site = picked === null ? null : r.sites[picked];
  return (
    <div className="sites-results">
      {inScenario && (
        <p className="sites-summary">
          The framework at x (host atoms as drawn, mobile ions left out), analysed when x stops
          moving.
        </p>
      )}
      <p className="sites-summary">
        Di {num(r.Di, 2)} Å · Df a {num(r.Df.a, 2)}, b {num(r.Df.b, 2)}, c {num(r.Df.c, 2)} Å
      </p>
      <table className="channels">
        <thead>
          <tr>
            <th>channel</th>
            <th>along</th>
            <th>Df</th>
            <th>Di</th>
          </tr>
        </thead>
        <tbody>
          {r.channels.map((c) => (
            <tr key={c.roots.join(',')}>
              <td>{c.name ?? ['cage', 'tunnel', 'layer', '3D'][c.dimensionality]}</td>
              <td>{c.directions.map(direction).join(' ') || '—'}</td>
              <td>{c.dimensionality === 0 ? '—' : `${num(c.Df, 2)} Å`}</td>
              <td>{num(c.Di, 2)} Å</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.channels.length === 0 && <p>No open space for a probe of {num(r.probe, 2)} Å.</p>}
      <table className="fits">
        <thead>
          <tr>
            <th>ion</th>
            <th>passes</th>
            <th>fits a site</th>
          </tr>
        </thead>
        <tbody>
          {FIT_IONS.map((ion) => (
            <tr key={ion.name}>
              <td>{ion.name}</td>
              <td>{GRADE_TEXT[r.fits[ion.name].passes]}</td>
              <td>{GRADE_TEXT[r.fits[ion.name].fitsSite]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sites-list">
        {r.sites.map((s, i) => (
          <button
            type="button"
            key={s.position.join(',')}
            className={i === picked ? 'site picked' : 'site'}
            aria-pressed={i === picked}
            onClick={() => useApp.getState().selectSite({ site: i, frac: s.position })}
          >
            {s.wyckoff ?? 'site'} · r {num(s.radius, 2)} Å · CN {s.neighbours.length}
          </button>
        ))}
      </div>
      {site && selection && (
        <div className="site-detail">
          <p>
            Site {site.wyckoff ?? ''} at ({frac(site.position)}), free radius {num(site.radius, 3)}{' '}
            Å, {site.neighbours.length} anions:
          </p>
          <table className="site-neighbours">
            <tbody>
              {site.neighbours.map((n) => (
                <tr key={`${n.atom}:${n.image.join(',')}`}>
                  <td>{n.element}</td>
                  <td>{num(n.distance, 3)} Å</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="site-ions">
            {FIT_IONS.map((ion) => {
              const cn = siteCn(site.neighbours.length);
              const g = siteGrade(ion, site.radius, site.neighbours.length);
              return `${ion.name} ${num(ionRadius(ion, cn), 2)} Å: ${GRADE_TEXT[g]}`;
            }).join(' · ')}
          </p>
          <PlaceIon site={site} at={selection.frac} />
        </div>
      )}
      <PlacedIons framework={r.framework} />
      <p className="sites-note">
        Hard spheres: Shannon (1976) radii, covalent for C, N and atoms without a charge; grid{' '}
        {num(r.resolution.spacing, 2)} Å (error ≤ {num(r.resolution.error, 2)} Å); an ion within{' '}
        {FIT_TOLERANCE} Å of the opening counts as a tight fit. Tubes follow the ridge of free space
        along each channel, drawn as wide as the largest sphere that passes (Df).
        {run && (
          <span className="sites-run" data-where={run.where}>
            {' '}
            Analysed in {num(run.ms / 1000, 2)} s
            {run.where === 'worker' ? ' in the background' : ' on this page'}.
          </span>
        )}
      </p>
    </div>
  );
}
