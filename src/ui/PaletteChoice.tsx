/** Element colours: the teaching palette (ions that stand out) or VESTA's table. */
import { PALETTES, type Palette } from '../crystal/palettes';
import { useApp } from '../state/store';

const NAMES: Record<Palette, string> = {
  teaching: 'Teaching (ions stand out)',
  vesta: 'VESTA',
};

export function PaletteChoice() {
  const palette = useApp((s) => s.palette);
  return (
    <label className="row palette-choice">
      Colours{' '}
      <select
        value={palette}
        onChange={(e) => useApp.getState().setPalette(e.target.value as Palette)}
      >
        {PALETTES.map((p) => (
          <option key={p} value={p}>
            {NAMES[p]}
          </option>
        ))}
      </select>
    </label>
  );
}
