/**
 * Bench rows for the microscope panel: time per view (STEM image, SAED, powder XRD) in Node
 * for what the panel computes (one conventional cell of α-MnO₂ and of the K⁺ scenario's frame)
 * and for the core on P1 supercells of ~1k and ~10k atoms treated as one cell (the cost of a
 * large user cell); and the search string of the browser run that plays the scenario with the
 * panel open.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latticeFromParams } from '../crystal/lattice';
import { readCif } from '../crystal/read';
import { initMoyoNode } from '../crystal/symmetry/moyo-node';
import type { Crystal } from '../crystal/types';
import { scatterersFromFrame } from '../diffraction/frame-scatterers';
import { type Scatterers, scatterersFromCrystal } from '../diffraction/scatterers';
import { computeMicroscope, type MicroscopeView } from '../diffraction/views';
import { powderPattern } from '../diffraction/xrd';
import { frameAt } from '../insertion/frame';
import { loadScenario } from '../insertion/load';
import { buildInsertionPath } from '../insertion/path';
import { median } from './bench-stats';

export const MICROSCOPE_TEM = 'tem=stem,saed,xrd&mode=haadf';
const VIEWS: MicroscopeView[] = ['stem', 'saed', 'xrd'];
/** α-MnO₂ (24 atoms per cell) supercells as one P1 cell: 1,080 and 10,080 atoms. */
const SUPERCELLS: [[number, number, number], [number, number, number]] = [
  [3, 3, 5],
  [7, 6, 10],
];

/** 2θ range of the ~10k-atom XRD row: the full 5–90° takes minutes (reflections ∝ sin³θ). */
export const LARGE_XRD_RANGE: [number, number] = [5, 20];

export interface MicroscopeTiming {
  label: string;
  /** XRD over LARGE_XRD_RANGE instead of the panel's 5–90°. */
  narrowXrd?: boolean;
  atoms: number;
  /** Median ms per view; null when it was not run (too slow to repeat). */
  ms: Record<MicroscopeView, number | null>;
  runs: number;
}

function readCrystal(root: string, file: string): Crystal {
  const r = readCif(readFileSync(path.join(root, 'structures', file), 'utf8'), file);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.crystals[0];
}

/** The cell repeated n times, as one P1 cell with the supercell's lattice. */
function asOneCell(sc: Scatterers, n: [number, number, number]): Scatterers {
  const cells = n[0] * n[1] * n[2];
  const count = sc.count * cells;
  const frac = new Float64Array(3 * count);
  const repeat = <T>(a: T[]) => Array.from({ length: cells }, () => a).flat();
  let at = 0;
  for (let i = 0; i < n[0]; i++)
    for (let j = 0; j < n[1]; j++)
      for (let k = 0; k < n[2]; k++)
        for (let p = 0; p < sc.count; p++, at++) {
          frac[3 * at] = (sc.frac[3 * p] + i) / n[0];
          frac[3 * at + 1] = (sc.frac[3 * p + 1] + j) / n[1];
          frac[3 * at + 2] = (sc.frac[3 * p + 2] + k) / n[2];
        }
  const l = sc.lattice;
  const lattice = latticeFromParams({ ...l, a: l.a * n[0], b: l.b * n[1], c: l.c * n[2] });
  if (!lattice.ok) throw new Error(lattice.error.message);
  const tile = (a: Float64Array) => Float64Array.from(repeat([...a]));
  return {
    lattice: lattice.value,
    count,
    frac,
    element: repeat(sc.element),
    oxidation: repeat(sc.oxidation),
    occupancy: tile(sc.occupancy),
    b: tile(sc.b),
    rotations: [[1, 0, 0, 0, 1, 0, 0, 0, 1]],
  };
}

function time(label: string, sc: Scatterers, runs: number, views = VIEWS): MicroscopeTiming {
  const per: Record<MicroscopeView, number[]> = { stem: [], saed: [], xrd: [] };
  for (let r = 0; r < runs; r++) {
    const out = computeMicroscope({ id: r, scatterers: sc, zone: [0, 0, 1], views, mode: 'haadf' });
    if (out.error) throw new Error(out.error);
    for (const v of views) per[v].push(out.timing[v] ?? Number.NaN);
  }
  const ms = Object.fromEntries(
    VIEWS.map((v) => [v, per[v].length ? median(per[v]) : null]),
  ) as MicroscopeTiming['ms'];
  return { label, atoms: sc.count, ms, runs };
}

export function benchMicroscopeNode(root: string): MicroscopeTiming[] {
  initMoyoNode();
  const alpha = scatterersFromCrystal(readCrystal(root, 'alpha-MnO2.cif'));
  const text = readFileSync(path.join(root, 'structures/k-alpha-mno2.scenario.json'), 'utf8');
  const loaded = loadScenario(text, 'structures/k-alpha-mno2.scenario.json', (p) =>
    readFileSync(path.join(root, p), 'utf8'),
  );
  if (!loaded.ok) throw new Error(loaded.error.message);
  const built = buildInsertionPath(loaded.value.scenario, loaded.value.crystals, [1, 1, 1]);
  if (!built.ok) throw new Error(built.error.message);
  const frame = scatterersFromFrame(
    built.value,
    frameAt(built.value, 0.7),
    loaded.value.crystals[0],
  );
  time('warm-up', alpha, 10);
  const rows = [
    time('α-MnO₂ cell (the panel)', alpha, 15),
    time('K⁺ scenario frame, x 0.7 (the panel)', frame, 15),
  ];
  const [small, large] = SUPERCELLS.map((n) => asOneCell(alpha, n));
  rows.push(time(`α-MnO₂ ${SUPERCELLS[0].join('×')} as one P1 cell`, small, 3));
  const big = time(`α-MnO₂ ${SUPERCELLS[1].join('×')} as one P1 cell`, large, 1, ['stem', 'saed']);
  const t0 = performance.now();
  powderPattern(large, { range: LARGE_XRD_RANGE });
  big.ms.xrd = performance.now() - t0;
  big.narrowXrd = true;
  rows.push(big);
  return rows;
}

/** Table rows: label, atoms, ms per view. */
export function microscopeTableRows(
  rows: MicroscopeTiming[],
  fmt: (v: number | null, d: number) => string,
) {
  return rows.map((r) => [
    r.label,
    r.atoms.toLocaleString('en'),
    fmt(r.ms.stem, 1),
    fmt(r.ms.saed, 1),
    `${fmt(r.ms.xrd, 1)}${r.narrowXrd ? ` (2θ ${LARGE_XRD_RANGE.join('–')}°)` : ''}`,
    String(r.runs),
  ]);
}
