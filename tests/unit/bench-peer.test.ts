/** The peer comparison's pure parts: frame statistics, the JSON figures and the MOL2 writer. */
import { describe, expect, it } from 'vitest';
import { frameStats, type RecordedFrame } from '../../src/cli/bench-frames';
import { type PeerRun, peerFigures, peerJson, speedup } from '../../src/cli/bench-json';
import { peerScene, peerStyles, toMol2 } from '../../src/cli/bench-peer-scene';
import { atomicNumber } from '../../src/crystal/elements';
import type { StructureModel } from '../../src/crystal/model';
import { OUTSIDE } from '../../src/crystal/supercell';
import type { Lattice } from '../../src/crystal/types';

const frame = (ts: number, start: number, extra: Partial<RecordedFrame> = {}): RecordedFrame => ({
  ts,
  start,
  js: 2,
  draws: 5,
  urlWrites: 0,
  done: null,
  ...extra,
});

describe('frameStats', () => {
  it('times frames start to start, skips frames without draws, and finds the longest task', () => {
    const frames = [
      frame(3, 100, { done: 40 }),
      frame(1, 0, { done: 30 }),
      frame(2, 50, { draws: 0 }), // someone else's rAF: not a drawn frame
      frame(4, 300, { done: 50, urlWrites: 1, js: 9 }),
    ];
    const long = [
      { type: 'long-animation-frame', start: 5, duration: 900 }, // before the collection
      { type: 'long-animation-frame', start: 20, duration: 180 },
      { type: 'longtask', start: 40, duration: 120 },
    ];
    const s = frameStats(frames, long, { since: 10, seconds: 2, scriptMs: 30, xSamples: [] });
    expect(s.frames).toBe(3);
    // Intervals 100 and 200 ms.
    expect(s.intervalMedian).toBe(150);
    expect(s.intervalP95).toBeCloseTo(195);
    expect(s.wallMedian).toBe(40);
    expect(s.longestTaskMs).toBe(180);
    expect(s.urlWriteFrames).toBe(1);
    expect(s.urlWriteJsMedian).toBe(9);
    expect(s.otherJsMedian).toBe(2);
    expect(s.fps).toBe(1.5);
    expect(s.scriptPerFrame).toBe(10);
  });

  it('gives NaN intervals and no long task for a single frame', () => {
    const s = frameStats([frame(1, 0)], [], { since: 0, seconds: 1, scriptMs: 0, xSamples: [] });
    expect(s.intervalMedian).toBeNaN();
    expect(s.longestTaskMs).toBe(0);
  });
});

const run = (
  peer: PeerRun['peer'],
  atoms: number,
  round: number,
  first: number,
  frames: number[],
) =>
  ({
    peer,
    atoms,
    round,
    firstCompleteMs: first,
    frameMs: frames,
    bufferBytes: atoms * 100,
  }) as PeerRun;

describe('peer figures', () => {
  const runs = [
    run('tunnelscope', 1000, 0, 900, [10, 30, 20]),
    run('3dmol', 1000, 0, 800, [50, 70, 60]),
    run('tunnelscope', 1000, 1, 700, [40, 40, 40]),
    run('3dmol', 1000, 1, 1000, [90, 80, 100]),
    run('tunnelscope', 1000, 2, 800, [30]),
    run('3dmol', 1000, 2, 900, [120]),
    run('tunnelscope', 10000, 0, 2000, [100]),
  ];

  it('takes the median over rounds of each round median, with the range', () => {
    const f = peerFigures(runs);
    expect(f.fullFrame['1000'].tunnelscope).toEqual({ median: 30, min: 20, max: 40, rounds: 3 });
    expect(f.fullFrame['1000']['3dmol']).toEqual({ median: 90, min: 60, max: 120, rounds: 3 });
    expect(f.firstComplete['1000'].tunnelscope?.median).toBe(800);
    expect(f.bytesPerAtom['1000'].tunnelscope?.median).toBe(100);
    expect(speedup(f.fullFrame['1000'])).toBe(3);
    // A size with one peer missing has no ratio.
    expect(f.fullFrame['10000']['3dmol']).toBeNull();
    expect(speedup(f.fullFrame['10000'])).toBeNull();
  });

  it('keys the JSON by atom count, then by peer', () => {
    expect(peerJson(runs)).toEqual({
      fullFrameMs: {
        '1000': { tunnelscope: 30, '3dmol': 90 },
        '10000': { tunnelscope: 100, '3dmol': null },
      },
      firstCompleteFrameMs: {
        '1000': { tunnelscope: 800, '3dmol': 900 },
        '10000': { tunnelscope: 2000, '3dmol': null },
      },
      gpuBufferBytesPerAtom: {
        '1000': { tunnelscope: 100, '3dmol': 100 },
        '10000': { tunnelscope: 100, '3dmol': null },
      },
    });
  });
});

describe('MOL2 for 3Dmol.js', () => {
  // Three atoms on a 2 Å cubic lattice: Mn at the origin, O at (½,0,0), and an O outside the
  // block that only completes a polyhedron (not drawn in ball-and-stick).
  const model = {
    atoms: {
      count: 3,
      frac: Float32Array.from([0, 0, 0, 0.5, 0, 0, -0.5, 0, 0]),
      element: Uint8Array.from([25, 8, 8]),
      flags: Uint8Array.from([0, 0, OUTSIDE]),
    },
    bonds: { count: 2, pairs: Uint32Array.from([0, 1, 0, 2]), length: Float32Array.from([1, 1]) },
  } as unknown as StructureModel;
  const lattice = { matrix: [2, 0, 0, 0, 2, 0, 0, 0, 2] } as unknown as Lattice;

  it('keeps the drawn atoms and the bonds between them, in Cartesian Å', () => {
    const scene = peerScene(model, lattice);
    expect(scene.symbols).toEqual(['Mn', 'O']);
    expect([...scene.xyz]).toEqual([0, 0, 0, 1, 0, 0]);
    expect([...scene.bonds]).toEqual([0, 1]);
    const text = toMol2(scene, 'test');
    expect(text.split('\n')).toEqual([
      '@<TRIPOS>MOLECULE',
      'test',
      '2 1 0 0 0',
      'SMALL',
      'NO_CHARGES',
      '',
      '@<TRIPOS>ATOM',
      '1 Mn1 0.0000 0.0000 0.0000 Mn 1 UNL 0.0000',
      '2 O2 1.0000 0.0000 0.0000 O 1 UNL 0.0000',
      '@<TRIPOS>BOND',
      '1 1 2 1',
      '',
    ]);
  });

  it('styles each element with ball-and-stick radii', () => {
    const styles = peerStyles(peerScene(model, lattice), atomicNumber);
    expect(styles.map((s) => s.sel.elem)).toEqual(['Mn', 'O']);
    // VESTA radius × 0.42 (ball-and-stick), stick 0.12 Å.
    expect(styles[0].style.sphere.radius).toBeCloseTo(1.37 * 0.42, 4);
    expect(styles[1].style.stick.radius).toBe(0.12);
  });
});
