/**
 * The change of a, b, c and V (in %) against x, with a cursor at the current x. Measured
 * points (keyframes, table entries) are dots; lines between them are the interpolation.
 */
import { useCallback, useMemo, useRef } from 'react';
import { frameAt } from '../insertion/frame';
import type { LoadedScenario } from '../state/loaded-scenario';
import { leftPadFor, signedTick } from './chart-ticks';
import { useScenarioFrame } from './useScenarioFrame';
import './lattice-chart.css';

// Drawn at 1:1 in the 1280×720 panel and scaled by at most ~0.9 in the 1024×768 one, so the
// 16-unit labels stay at 14 px or more on a projector.
const W = 232; // px
const H = 170; // px
const FONT = 16; // px at 1:1
// The left padding is at least this, more when the axis labels need it (−20.3 % does).
const PAD = { left: 64, right: 10, top: 12, bottom: 26 };
const TICK_GAP = 6; // px between a label's end and the plot
const SAMPLES = 80;
const SERIES = [
  { key: 'a', label: 'a', color: '#c0392b' },
  { key: 'b', label: 'b', color: '#1e8449' },
  { key: 'c', label: 'c', color: '#1f4e9c' },
  { key: 'volume', label: 'V', color: '#6b6b6b' },
] as const;

export function LatticeChart({ scenario }: { scenario: LoadedScenario }) {
  const { path } = scenario;
  const x0 = path.xs[0];
  const x1 = path.xs[path.xs.length - 1];
  const chart = useMemo(() => {
    const xs = Array.from({ length: SAMPLES + 1 }, (_, k) => x0 + ((x1 - x0) * k) / SAMPLES);
    const frames = xs.map((x) => frameAt(path, x));
    let lo = 0;
    let hi = 0;
    for (const f of frames)
      for (const s of SERIES) {
        lo = Math.min(lo, f.change[s.key]);
        hi = Math.max(hi, f.change[s.key]);
      }
    if (hi - lo < 1) hi = lo + 1;
    const ticks = { hi: `${signedTick(hi)} %`, lo: `${signedTick(lo)} %` };
    const left = leftPadFor([ticks.hi, ticks.lo], FONT, TICK_GAP, PAD.left);
    const px = (x: number) => left + ((x - x0) / (x1 - x0)) * (W - left - PAD.right);
    const py = (v: number) => PAD.top + ((hi - v) / (hi - lo)) * (H - PAD.top - PAD.bottom);
    const lines = SERIES.map((s) => ({
      ...s,
      d: frames
        .map((f, k) => `${k ? 'L' : 'M'}${px(xs[k]).toFixed(1)},${py(f.change[s.key]).toFixed(1)}`)
        .join(''),
    }));
    const measured = path.latticeNodes.map((n) => {
      const f = frameAt(path, n.x);
      return { x: px(n.x), ys: SERIES.map((s) => ({ color: s.color, y: py(f.change[s.key]) })) };
    });
    return { lines, measured, px, left, ticks, zero: py(0) };
  }, [path, x0, x1]);

  const cursor = useRef<SVGLineElement>(null);
  const write = useCallback(
    (f: { x: number }) => {
      const x = chart.px(f.x).toFixed(1);
      cursor.current?.setAttribute('x1', x);
      cursor.current?.setAttribute('x2', x);
    },
    [chart],
  );
  useScenarioFrame(scenario, write);

  return (
    <figure className="lattice-chart-figure">
      <svg
        className="lattice-chart"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Lattice parameters against x"
      >
        <line x1={chart.left} x2={W - PAD.right} y1={chart.zero} y2={chart.zero} stroke="#bbb" />
        {chart.lines.map((l) => (
          <path key={l.key} d={l.d} fill="none" stroke={l.color} strokeWidth={2} />
        ))}
        {chart.measured.map((m) =>
          m.ys.map((p) => (
            <circle key={`${m.x}/${p.color}`} cx={m.x} cy={p.y} r={3} fill={p.color} />
          )),
        )}
        <line
          ref={cursor}
          className="chart-cursor"
          y1={PAD.top}
          y2={H - PAD.bottom}
          stroke="#0a66c2"
          strokeWidth={2}
        />
        <g className="chart-label" fontSize={FONT}>
          <text x={chart.left - TICK_GAP} y={PAD.top + FONT * 0.75} textAnchor="end">
            {chart.ticks.hi}
          </text>
          <text x={chart.left - TICK_GAP} y={H - PAD.bottom} textAnchor="end">
            {chart.ticks.lo}
          </text>
          <text x={chart.left} y={H - 6}>
            {`x = ${x0}`}
          </text>
          <text x={W - PAD.right} y={H - 6} textAnchor="end">
            {`x = ${x1}`}
          </text>
        </g>
      </svg>
      <figcaption>
        <ul className="chart-legend" aria-label="Colour key">
          {SERIES.map((s) => (
            <li key={s.key}>
              <span className="chart-swatch" style={{ background: s.color }} aria-hidden="true" />
              <i>{s.label}</i>
            </li>
          ))}
          <li className="chart-legend-note">change in % from x = {x0}; ● measured</li>
        </ul>
      </figcaption>
    </figure>
  );
}
