/**
 * "Sites & channels": where an ion could go in the structure on screen (src/voids). The
 * analysis runs only while the panel is open, once per structure, probe and mobile set.
 */
import { useEffect, useMemo, useState } from 'react';
import { needSymmetryTables } from '../state/actions';
import { useApp } from '../state/store';
import { analyse, DEFAULT_PROBE, type VoidAnalysis } from '../voids/analyse';
import { FIT_IONS, FIT_TOLERANCE, ionRadius, siteCn, siteGrade } from '../voids/fit';
import { atomsFromCrystal } from '../voids/framework';
import { DEFAULT_MOBILE } from '../voids/radii';
import { num } from './format';
import './sites-panel.css';

const GRADE_TEXT = { fits: 'yes', tight: 'tight', no: 'no' } as const;

function frac(v: readonly number[]): string {
  return v.map((x) => num(x, 3)).join(', ');
}

function direction(d: readonly number[]): string {
  return `[${d.map((x) => (x < 0 ? `${-x}̄` : String(x))).join('')}]`;
}

function parseMobile(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => /^[A-Z][a-z]?$/.test(s));
}

export function SitesPanel() {
  const loaded = useApp((s) => s.loaded);
  const [open, setOpen] = useState(false);
  const [probe, setProbe] = useState(DEFAULT_PROBE);
  const [mobileText, setMobileText] = useState(DEFAULT_MOBILE.join(','));
  const [picked, setPicked] = useState(0);
  const crystal = loaded?.crystal;
  const cell = loaded?.cell;
  const mobile = useMemo(() => parseMobile(mobileText), [mobileText]);
  // Letters and symmetry merging need the space-group tables (and the setting they identify).
  const tables = useApp((s) => s.symmetryTables);
  useEffect(() => {
    if (open && !tables) void needSymmetryTables();
  }, [open, tables]);
  const result = useMemo<VoidAnalysis | null>(() => {
    if (!open || !crystal || !cell || !tables) return null;
    return analyse(atomsFromCrystal(crystal, cell), { probe, mobile });
  }, [open, crystal, cell, probe, mobile, tables]);
  if (!loaded) return null;
  return (
    <details
      className="sites-panel"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>Sites &amp; channels</summary>
      <div className="sites-controls">
        <label>
          probe r (Å){' '}
          <input
            type="number"
            min={0}
            max={3}
            step={0.05}
            value={probe}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isFinite(v) && v >= 0) setProbe(v);
            }}
          />
        </label>
        <label>
          mobile (left out){' '}
          <input value={mobileText} onChange={(e) => setMobileText(e.target.value)} size={14} />
        </label>
      </div>
      {result && <Results result={result} picked={picked} onPick={setPicked} />}
    </details>
  );
}

function Results(props: { result: VoidAnalysis; picked: number; onPick: (i: number) => void }) {
  const { result: r, onPick } = props;
  const picked = Math.min(props.picked, Math.max(0, r.sites.length - 1));
  const site = r.sites[picked];
  return (
    <div className="sites-results">
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
            onClick={() => onPick(i)}
          >
            {s.wyckoff ?? 'site'} · r {num(s.radius, 2)} Å · CN {s.neighbours.length}
          </button>
        ))}
      </div>
      {site && (
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
        </div>
      )}
      <p className="sites-note">
        Hard spheres: Shannon (1976) radii, covalent for C, N and atoms without a charge; grid{' '}
        {num(r.resolution.spacing, 2)} Å (error ≤ {num(r.resolution.error, 2)} Å); an ion within{' '}
        {FIT_TOLERANCE} Å of the opening counts as a tight fit.
      </p>
    </div>
  );
}
