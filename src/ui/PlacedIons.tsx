/**
 * "Place an ion" at the picked site, and the placed ions' distances to their nearest anions
 * against the Shannon radius sum (src/voids/placed-ion.ts). The position is the free-space
 * maximum, so each placement is tagged modelled, as the project tags values no measurement gives.
 */
import { useState } from 'react';
import type { Vec3 } from '../crystal/types';
import { useApp } from '../state/store';
import { FIT_IONS } from '../voids/fit';
import type { Framework } from '../voids/framework';
import { ionByName, placedIonContacts } from '../voids/placed-ion';
import type { VoidSite } from '../voids/sites';
import { ionName, num } from './format';
import './modelled-tags.css';

const ROMAN: Record<number, string> = {
  4: 'IV',
  6: 'VI',
  8: 'VIII',
};

/** `K+` → `K⁺`, `Mg2+` → `Mg²⁺`. */
export function ionText(name: string): string {
  const ion = ionByName(name);
  return ion ? ionName(ion.element, ion.charge) : name;
}

function signed(x: number): string {
  const t = num(x, 3);
  return x > 0 ? `+${t}` : t.replace('-', '−');
}

export function PlaceIon(props: { site: VoidSite; at: Vec3 }) {
  const [ion, setIon] = useState('K+');
  return (
    <div className="place-ion">
      <label>
        ion{' '}
        <select value={ion} onChange={(e) => setIon(e.target.value)}>
          {FIT_IONS.map((i) => (
            <option key={i.name} value={i.name}>
              {ionText(i.name)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        onClick={() =>
          useApp
            .getState()
            .placeIon({ ion, frac: [...props.at] as Vec3, wyckoff: props.site.wyckoff })
        }
      >
        Place {ionText(ion)} here
      </button>
    </div>
  );
}

export function PlacedIons({ framework }: { framework: Framework }) {
  const placed = useApp((s) => s.placedIons);
  if (placed.length === 0) return null;
  const app = useApp.getState;
  return (
    <div className="placed-ions">
      <p>
        Placed ions{' '}
        <button type="button" onClick={() => app().removeIon()}>
          Undo
        </button>
      </p>
      {placed.map((p, i) => {
        const ion = ionByName(p.ion);
        const c = ion ? placedIonContacts(framework, p.frac, ion) : null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: placements are a stack; the index is their identity
          <div className="placed-ion" key={i}>
            <p>
              <span className="value-tag tag-modelled" title="Placed at the free-space maximum">
                modelled
              </span>{' '}
              {ionText(p.ion)} at {p.wyckoff ?? 'site'} ({p.frac.map((x) => num(x, 3)).join(', ')})
              {c && (
                <>
                  : CN {c.cn}, r({ionText(p.ion)}, CN {ROMAN[c.radiusCn] ?? c.radiusCn}){' '}
                  {num(c.radius, 3)} Å
                </>
              )}{' '}
              <button
                type="button"
                aria-label={`Remove ${ionText(p.ion)}`}
                onClick={() => app().removeIon(i)}
              >
                Remove
              </button>
            </p>
            {c && (
              <table className="ion-contacts">
                <thead>
                  <tr>
                    <th>anion</th>
                    <th>distance</th>
                    <th>Shannon sum</th>
                    <th>difference</th>
                  </tr>
                </thead>
                <tbody>
                  {c.contacts.map((n, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, nearest first
                    <tr key={k}>
                      <td>{n.element}</td>
                      <td>{num(n.distance, 3)} Å</td>
                      <td>{num(n.sum, 3)} Å</td>
                      <td>{signed(n.difference)} Å</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </div>
  );
}
