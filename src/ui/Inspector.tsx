/**
 * The right-hand panel: the clicked atom (label, ion, Wyckoff site, coordinates, occupancy,
 * nearest neighbours), or, with nothing selected, where the structure's numbers come from.
 */
import { useMemo } from 'react';
import { nearestNeighbours } from '../crystal/model';
import type { TunnelSize } from '../crystal/tunnels';
import type { LoadedStructure } from '../state/loaded-structure';
import { useApp } from '../state/store';
import { tunnelsOf } from '../state/tunnel-labels';
import { fracText, ionName, num } from './format';
import { NeighbourTable } from './NeighbourTable';

export function Inspector() {
  const loaded = useApp((s) => s.loaded);
  const selection = useApp((s) => s.selection);
  if (!loaded) return null;
  return (
    <section className="panel inspector" aria-labelledby="inspector-heading">
      {selection && selection.atom < loaded.model.atoms.count ? (
        <AtomDetails loaded={loaded} atom={selection.atom} />
      ) : (
        <SourceNotes loaded={loaded} />
      )}
    </section>
  );
}

function AtomDetails({ loaded, atom }: { loaded: LoadedStructure; atom: number }) {
  // Re-read when the space-group tables arrive: they fill the Wyckoff letters in place.
  useApp((s) => s.symmetryTables);
  const { crystal, cell, model } = loaded;
  const site = crystal.sites[model.atoms.site[atom]];
  const cellAtom = model.atoms.cellAtom[atom];
  const frac = [0, 1, 2].map((k) => cell.frac[3 * cellAtom + k]);
  const neighbours = useMemo(() => {
    const r = nearestNeighbours(crystal, cell, { atom: cellAtom }, 8);
    return r.ok ? r.value : [];
  }, [crystal, cell, cellAtom]);
  return (
    <>
      <h2 id="inspector-heading">Selected atom</h2>
      <div className="big" data-testid="inspector-label">
        {site.label}{' '}
        <span className="ion">
          {site.species.map((s) => ionName(s.element, s.oxidation)).join(' / ')}
        </span>
      </div>
      <table>
        <tbody>
          <tr>
            <th>Element</th>
            <td>{site.species.map((s) => s.element).join(', ')}</td>
          </tr>
          <tr>
            <th>Wyckoff site</th>
            <td>{site.wyckoff ?? (site.multiplicity ? `${site.multiplicity} positions` : '—')}</td>
          </tr>
          <tr>
            <th>Fractional x, y, z</th>
            <td>{fracText(frac)}</td>
          </tr>
          <tr>
            <th>Occupancy</th>
            <td>{site.species.map((s) => `${s.element} ${num(s.occupancy, 3)}`).join(', ')}</td>
          </tr>
        </tbody>
      </table>
      <NeighbourTable rows={neighbours} />
    </>
  );
}

function SourceNotes({ loaded }: { loaded: LoadedStructure }) {
  const tunnels = useApp((s) => tunnelsOf(s.tunnels, loaded.crystal));
  return (
    <>
      <h2 id="inspector-heading">About this structure</h2>
      <p className="hint">Click an atom to inspect it.</p>
      {loaded.sourceNotes.length > 0 && (
        <div className="source-notes">
          {loaded.sourceNotes.slice(0, 14).map((line, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static lines of one file
            <p key={k}>{line}</p>
          ))}
        </div>
      )}
      {hasSharedSites(loaded) && (
        <p className="hint" data-testid="sector-legend">
          Spheres in sectors: a mixed site shows each species by its occupancy; the white sector is
          the empty part of a partly occupied site (VESTA convention).
        </p>
      )}
      {tunnels.length > 0 && <TunnelTable tunnels={tunnels} />}
      <p className="hint">
        {loaded.crystal.sites.length} sites · {loaded.cell.count} positions per cell ·{' '}
        {loaded.model.atoms.count} atoms drawn
      </p>
    </>
  );
}

const AXIS_NAMES = ['a', 'b', 'c'] as const;

/** Tunnels found by the channel analysis and measured from the atoms (voids/tunnel-sizes.ts). */
function TunnelTable({ tunnels }: { tunnels: readonly TunnelSize[] }) {
  const radius = tunnels[0].wallRadius;
  return (
    <>
      <h3>Tunnels</h3>
      <table className="tunnels">
        <thead>
          <tr>
            <th>Tunnel</th>
            <th>Along</th>
            <th>O–O across</th>
            <th>Free</th>
          </tr>
        </thead>
        <tbody>
          {tunnels.map((t) => (
            <tr key={`${t.name}@${t.centres[0].join(',')}`} data-tunnel={t.name}>
              <td>{t.name}</td>
              <td>
                <i>{AXIS_NAMES[t.axis]}</i>
              </td>
              <td>{t.across.toFixed(2)} Å</td>
              <td>{t.free === null ? '—' : `${t.free.toFixed(2)} Å`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        Free: the largest sphere that passes along the tunnel (Df). O–O across: that plus two O²⁻
        radii{radius === null ? '' : ` (${radius.toFixed(2)} Å, Shannon 1976)`}; down a straight
        tunnel, twice the shortest distance from its axis to an O centre.
      </p>
    </>
  );
}

/** True when some drawn sphere is split into sectors (the scene model says so per atom). */
function hasSharedSites(loaded: LoadedStructure): boolean {
  return loaded.scene.sectorSplit.some((share, k) => k % 2 === 0 && share < 0.999);
}
