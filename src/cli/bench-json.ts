/**
 * The JSON figures of the scenario frames and of the peer comparison, assembled from the raw
 * measurements (pure, so the unit tests can check the arithmetic).
 */
import type { FrameRun } from './bench-frames';
import { median, round } from './bench-stats';

const r = (v: number, d: number) => (Number.isFinite(v) ? round(v, d) : null);

/**
 * `scenarioFrameMs` for one size: frame time (start of one drawn frame → start of the next)
 * with real rendering and a GPU sync per frame, median and p95; the same with stubbed draws
 * (the JavaScript alone); the longest main-thread task in each collection.
 */
export function scenarioFrameJson(f: FrameRun) {
  return {
    median: r(f.rendered.intervalMedian, 0),
    p95: r(f.rendered.intervalP95, 0),
    frames: f.rendered.frames,
    longestTaskRenderedMs: r(f.rendered.longestTaskMs, 0),
    stubbedMedian: r(f.stubbed.intervalMedian, 1),
    stubbedP95: r(f.stubbed.intervalP95, 1),
    longestTaskMs: r(f.stubbed.longestTaskMs, 0),
  };
}

export type Peer = 'tunnelscope' | '3dmol';
export const PEERS: readonly Peer[] = ['tunnelscope', '3dmol'];

/** One page load of one peer at one size in one round. */
export interface PeerRun {
  peer: Peer;
  /** Tunnelscope's drawn atoms for this size (the key); the peer draws the same atoms. */
  atoms: number;
  round: number;
  /** Navigation start → end of the first frame with every atom drawn, after a GPU sync, ms. */
  firstCompleteMs: number;
  /** Each rotated frame: rotate → render → 1-pixel readPixels returned, ms. */
  frameMs: number[];
  /** Bytes of the page's live WebGL buffers after the frames. */
  bufferBytes: number;
}

export interface PeerFigure {
  /** Median over rounds of each round's median. */
  median: number;
  min: number;
  max: number;
  rounds: number;
}

function figure(values: number[]): PeerFigure | null {
  const v = values.filter(Number.isFinite);
  if (!v.length) return null;
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), rounds: v.length };
}

export type PeerTable = Record<string, Record<Peer, PeerFigure | null>>;

/** Per size and peer: full frame, first complete frame and buffer bytes per atom. */
export function peerFigures(runs: readonly PeerRun[]): {
  fullFrame: PeerTable;
  firstComplete: PeerTable;
  bytesPerAtom: PeerTable;
} {
  const sizes = [...new Set(runs.map((x) => x.atoms))].sort((a, b) => a - b);
  const by = (pick: (x: PeerRun) => number): PeerTable =>
    Object.fromEntries(
      sizes.map((atoms) => [
        String(atoms),
        Object.fromEntries(
          PEERS.map((peer) => [
            peer,
            figure(runs.filter((x) => x.atoms === atoms && x.peer === peer).map(pick)),
          ]),
        ) as Record<Peer, PeerFigure | null>,
      ]),
    );
  return {
    fullFrame: by((x) => median(x.frameMs)),
    firstComplete: by((x) => x.firstCompleteMs),
    bytesPerAtom: by((x) => x.bufferBytes / x.atoms),
  };
}

/** How many times faster Tunnelscope is (3Dmol.js time ÷ Tunnelscope time); null if unknown. */
export function speedup(row: Record<Peer, PeerFigure | null>): number | null {
  const a = row.tunnelscope?.median;
  const b = row['3dmol']?.median;
  return a && b && Number.isFinite(a) && Number.isFinite(b) ? b / a : null;
}

/** The JSON fields: medians keyed by Tunnelscope's atom count, then by peer. */
export function peerJson(runs: readonly PeerRun[]) {
  const f = peerFigures(runs);
  const medians = (t: PeerTable, d: number) =>
    Object.fromEntries(
      Object.entries(t).map(([k, row]) => [
        k,
        Object.fromEntries(
          PEERS.map((p) => [p, row[p] ? round(row[p].median, d) : null]),
        ) as Record<Peer, number | null>,
      ]),
    );
  return {
    fullFrameMs: medians(f.fullFrame, 0),
    firstCompleteFrameMs: medians(f.firstComplete, 0),
    gpuBufferBytesPerAtom: medians(f.bytesPerAtom, 0),
  };
}
