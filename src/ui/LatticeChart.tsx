/**
 * The change of a, b, c and V (in %) against x, with a cursor at the current x. Measured
 * points (keyframes, table entries) are dots; lines between them are the interpolation.
 */
import { useCallback, useMemo, useRef } from 'react';
import { frameAt } from '../insertion/frame';
import type { LoadedScenario } from '../state/loaded-scenario';
import { useScenarioFrame } from './useScenarioFrame';

const W = 260; // px
const H = 150; // px
const PAD = { left: 36, right: 8, top: 8, bottom: 22 };
const SAMPLES = 80;
const SERIES = [
  { key: 'a', color: '#c0392b' },
  { key: 'b', color: '#1e8449' },
  { key: 'c', color: '#1f4e9c' },
  { key: 'volume', color: '#6b6b6b' },
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
    const px = (x: number) => PAD.left + ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
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
    return { lines, measured, px, lo, hi, zero: py(0) };
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
    <svg
      className="lattice-chart"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Lattice parameters against x"
    >
      <line x1={PAD.left} x2={W - PAD.right} y1={chart.zero} y2={chart.zero} stroke="#bbb" />
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
      <text x={4} y={PAD.top + 8} fontSize={10}>
        {`${chart.hi.toFixed(1)} %`}
      </text>
      <text x={4} y={H - PAD.bottom} fontSize={10}>
        {`${chart.lo.toFixed(1)} %`}
      </text>
      <text x={PAD.left} y={H - 6} fontSize={10}>
        {`x = ${x0}`}
      </text>
      <text x={W - PAD.right} y={H - 6} fontSize={10} textAnchor="end">
        {`x = ${x1}`}
      </text>
      <g fontSize={10} fontWeight={600}>
        {SERIES.map((s, k) => (
          <text key={s.key} x={PAD.left + 6 + k * 22} y={PAD.top + 10} fill={s.color}>
            {s.key === 'volume' ? 'V' : s.key}
          </text>
        ))}
      </g>
    </svg>
  );
}
