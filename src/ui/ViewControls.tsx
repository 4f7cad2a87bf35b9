/** Look along a, b, c or any [uvw]; reset the camera. */
import { useState } from 'react';
import { useApp } from '../state/store';
import { formatUvw, parseUvw } from '../state/url-values';
import type { Uvw } from '../state/view-state';

const PRESETS: { label: string; uvw: Uvw }[] = [
  { label: 'a', uvw: [1, 0, 0] },
  { label: 'b', uvw: [0, 1, 0] },
  { label: 'c', uvw: [0, 0, 1] },
  { label: '[110]', uvw: [1, 1, 0] },
  { label: '[111]', uvw: [1, 1, 1] },
];

export function ViewControls() {
  const view = useApp((s) => s.view);
  const { setView, resetCamera, notify } = useApp.getState();
  const [text, setText] = useState('');
  const current = formatUvw(view);

  const applyText = () => {
    const uvw = parseUvw(text);
    if (uvw) {
      setView(uvw);
      setText('');
    } else
      notify(
        'error',
        `“${text}” is not a direction [uvw]: type three integers, e.g. 1 1 0 or 1,-1,0.`,
      );
  };

  return (
    <section className="panel" aria-labelledby="view-heading">
      <h2 id="view-heading">
        View along{' '}
        <span className="uvw">
          [{current.length === 3 ? current : current.replaceAll(',', ' ')}]
        </span>
      </h2>
      <div className="segmented">
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            className={formatUvw(p.uvw) === current ? 'active' : ''}
            onClick={() => setView(p.uvw)}
            title={`Look down [${p.uvw.join('')}]`}
          >
            {p.label}
          </button>
        ))}
      </div>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          applyText();
        }}
      >
        <input
          aria-label="Direction u v w"
          placeholder="u v w"
          value={text}
          size={8}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">Go</button>
        <button type="button" onClick={resetCamera} title="Back to the chosen direction and zoom">
          Reset
        </button>
      </form>
      <p className="hint" data-testid="view-keys-hint">
        Keyboard: Tab to the view, then ←↑↓→ rotate, + − zoom, 0 resets.
      </p>
    </section>
  );
}
