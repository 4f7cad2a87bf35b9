/** Drawing style, projection and background. */
import { useApp } from '../state/store';
import { tunnelsOf } from '../state/tunnel-labels';
import { DRAW_STYLES, type DrawStyle } from '../state/view-state';
import { PaletteChoice } from './PaletteChoice';
import { TextSizeChoice } from './TextSizeChoice';

const STYLE_NAMES: Record<DrawStyle, string> = {
  polyhedral: 'Polyhedra',
  'ball-and-stick': 'Ball & stick',
  'space-filling': 'Space-filling',
};

export function StyleControls() {
  const style = useApp((s) => s.style);
  const projection = useApp((s) => s.projection);
  const background = useApp((s) => s.background);
  const alkali = useApp((s) => s.alkaliPolyhedra);
  const tunnelLabels = useApp((s) => s.tunnelLabels);
  const hasTunnels = useApp(
    (s) =>
      tunnelsOf(s.tunnels, s.scenarioId ? s.loadedScenario?.hostCrystal : s.loaded?.crystal)
        .length > 0,
  );
  const { setStyle, setProjection, toggleBackground } = useApp.getState();
  return (
    <section className="panel" aria-labelledby="style-heading">
      <h2 id="style-heading">Style</h2>
      <div className="segmented">
        {DRAW_STYLES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={s === style}
            className={s === style ? 'active' : ''}
            onClick={() => setStyle(s)}
          >
            {STYLE_NAMES[s]}
          </button>
        ))}
      </div>
      <div className="row">
        <label>
          <input
            type="checkbox"
            checked={projection === 'perspective'}
            onChange={(e) => setProjection(e.target.checked ? 'perspective' : 'orthographic')}
          />{' '}
          Perspective
        </label>
        <label title="NaO6 octahedra in O3, NaO6 prisms in P2, KO8 in hollandite">
          <input
            type="checkbox"
            checked={alkali}
            onChange={(e) => useApp.getState().setAlkaliPolyhedra(e.target.checked)}
          />{' '}
          Alkali polyhedra
        </label>
        {hasTunnels && (
          <label title="n×m name and O–O width of each tunnel, shown while looking down the tunnels">
            <input
              type="checkbox"
              checked={tunnelLabels}
              onChange={(e) => useApp.getState().setTunnelLabels(e.target.checked)}
            />{' '}
            Tunnel sizes
          </label>
        )}
        <label>
          <input type="checkbox" checked={background === 'black'} onChange={toggleBackground} />{' '}
          Dark background
        </label>
      </div>
      <PaletteChoice />
      <TextSizeChoice />
    </section>
  );
}
