/** The peer comparison's rows in the text report. */
import { type PeerFigure, type PeerRun, peerFigures, speedup } from './bench-json';
import { fmt, table } from './bench-stats';

const s = (ms: number) => fmt(ms / 1000, 2);
const cell = (f: PeerFigure | null) => (f ? `${s(f.median)} s (${s(f.min)}–${s(f.max)})` : '—');
const ratio = (x: number | null) =>
  x === null ? '—' : x >= 1 ? `${fmt(x, 1)}× faster` : `${fmt(1 / x, 1)}× slower`;

export function peerTable(runs: readonly PeerRun[], canvas: string): string[] {
  if (!runs.length) return ['Peer comparison: not run'];
  const f = peerFigures(runs);
  const sizes = Object.keys(f.fullFrame);
  const rounds = Math.max(...runs.map((r) => r.round)) + 1;
  const bytes = (x: PeerFigure | null) => (x ? fmt(x.median, 0) : '—');
  return [
    `Peer comparison: α-MnO₂ in ball-and-stick, Tunnelscope (this build) and 3Dmol.js 2.5.5 (its own`,
    `  page, same atoms, bonds, radii, canvas ${canvas}), alternating, ${rounds} rounds; median of the`,
    '  round medians (range). Full frame = start of a frame turned by 10° → a 1-pixel readPixels',
    '  after its draws returned (the GPU has finished); first complete frame = navigation start →',
    '  the same, for the first frame with every atom; buffers = live WebGL buffer bytes per atom.',
    table(
      [
        'atoms',
        'Tunnelscope frame',
        '3Dmol.js frame',
        'ratio',
        'Tunnelscope first',
        '3Dmol.js first',
        'ratio',
        'buffers B/atom (T / 3Dmol)',
      ],
      sizes.map((k) => [
        Number(k).toLocaleString('en'),
        cell(f.fullFrame[k].tunnelscope),
        cell(f.fullFrame[k]['3dmol']),
        ratio(speedup(f.fullFrame[k])),
        cell(f.firstComplete[k].tunnelscope),
        cell(f.firstComplete[k]['3dmol']),
        ratio(speedup(f.firstComplete[k])),
        `${bytes(f.bytesPerAtom[k].tunnelscope)} / ${bytes(f.bytesPerAtom[k]['3dmol'])}`,
      ]),
    ),
  ];
}
