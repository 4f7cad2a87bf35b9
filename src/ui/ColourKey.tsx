/**
 * The colour key in the view's corner: a swatch per element in the palette on screen, the
 * ions the file names, guests marked, and how split sites share their spheres (the sector
 * legend). Switchable (`key=0` in the link); the PNG export draws the same key.
 */
import { useMemo } from 'react';
import { elementText, keyOfState, sectorText } from '../export/image-key';
import { useApp } from '../state/store';
import './ColourKey.css';

function SectorBar({
  parts,
  vacancy,
}: {
  parts: { colour: string; fraction: number }[];
  vacancy: number;
}) {
  const stops: string[] = [];
  let at = 0;
  for (const p of [...parts, ...(vacancy > 0 ? [{ colour: '#ffffff', fraction: vacancy }] : [])]) {
    const end = at + p.fraction * 100;
    stops.push(`${p.colour} ${at.toFixed(1)}% ${end.toFixed(1)}%`);
    at = end;
  }
  return (
    <span
      className="colour-key-bar"
      aria-hidden="true"
      style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }}
    />
  );
}

export function ColourKey() {
  const shown = useApp((s) => s.colourKey);
  const palette = useApp((s) => s.palette);
  const loaded = useApp((s) => s.loaded);
  const loadedScenario = useApp((s) => s.loadedScenario);
  const scenarioId = useApp((s) => s.scenarioId);
  const key = useMemo(
    () => keyOfState({ palette, loaded, loadedScenario, scenarioId }),
    [palette, loaded, loadedScenario, scenarioId],
  );
  if (!key || key.elements.length === 0) return null;
  if (!shown)
    return (
      <button
        type="button"
        className="colour-key-open"
        onClick={() => useApp.getState().setColourKey(true)}
        title="Show the colour key"
      >
        Key
      </button>
    );
  return (
    <section className="colour-key" aria-label="Colour key" data-palette={palette}>
      <button
        type="button"
        className="colour-key-close"
        onClick={() => useApp.getState().setColourKey(false)}
        aria-label="Hide the colour key"
        title="Hide the colour key"
      >
        ×
      </button>
      <ul>
        {key.elements.map((e) => (
          <li key={e.element} data-element={e.element} data-colour={e.colour}>
            <span
              className="colour-key-swatch"
              style={{ background: e.colour }}
              aria-hidden="true"
            />
            <span>{elementText(e)}</span>
            {e.guest && <span className="colour-key-guest">guest</span>}
          </li>
        ))}
        {key.sectors.map((s) => (
          <li
            key={s.labels.join(',')}
            className="colour-key-sector"
            data-sites={s.labels.join(',')}
          >
            <SectorBar parts={s.parts} vacancy={s.vacancy} />
            <span>
              {s.labels.join(', ')}: {sectorText(s)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
