/**
 * The colour key in the view's corner: a swatch per element in the palette on screen, the
 * ions the file names, guests marked, and how split sites share their spheres (the sector
 * legend). Switchable (`key=0` in the link); the PNG export draws the same key. It keeps
 * off the drawn block where the view has room: bottom right as a column, else as a row, else
 * top right (state/key-place.ts), chosen again whenever the camera comes to rest.
 */
import { type RefObject, useLayoutEffect, useMemo, useRef } from 'react';
import { elementText, keyOfState, sectorText } from '../export/image-key';
import { chooseKeyPlace, KEY_PLACES } from '../state/key-place';
import type { ScreenBox } from '../state/screen-box';
import { useApp } from '../state/store';
import './ColourKey.css';

/** Overlays of the view the key must not cover either (beside the drawn block). */
const OVERLAYS = ['.structure-info', '.microscope-open', '.microscope'];

function boxOf(r: DOMRect): ScreenBox {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/**
 * Tries each place (a data attribute the stylesheet lays out; React never writes it) and
 * keeps the first that covers nothing. Measured in one layout pass, before paint.
 */
function usePlacement(ref: RefObject<HTMLElement | null>, deps: unknown[]) {
  const structureBox = useApp((s) => s.structureBox);
  const textScale = useApp((s) => s.textScale); // the key's size follows it
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-placed when the key's content changes
  useLayoutEffect(() => {
    const el = ref.current;
    const stage = el?.parentElement;
    const canvas = stage?.querySelector('canvas');
    if (!el || !stage || !canvas || !structureBox) {
      if (el) el.dataset.place = 'column';
      return;
    }
    const c = canvas.getBoundingClientRect();
    const drawn = {
      left: c.left + structureBox.left,
      top: c.top + structureBox.top,
      right: c.left + structureBox.right,
      bottom: c.top + structureBox.bottom,
    };
    const overlays = OVERLAYS.flatMap((sel) => {
      const o = stage.querySelector(`:scope > ${sel}`);
      return o ? [boxOf(o.getBoundingClientRect())] : [];
    });
    const candidates = KEY_PLACES.map((place) => {
      el.dataset.place = place;
      return { place, box: boxOf(el.getBoundingClientRect()) };
    });
    el.dataset.place = chooseKeyPlace(candidates, [drawn, ...overlays], boxOf(c));
  }, [structureBox, textScale, ...deps]);
}

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
  const section = useRef<HTMLElement>(null);
  usePlacement(section, [key, shown]);
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
    <section ref={section} className="colour-key" aria-label="Colour key" data-palette={palette}>
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
