/**
 * The "Sites & channels" row of `npm run bench`: the whole void analysis (framework, field,
 * channel sweep, sites, tunnel names, ion fits) at the default resolution and probe, timed in
 * Node after a warm-up, for α-MnO₂, todorokite and a ~200-atom cell (α-MnO₂ as a 2×2×2 P1
 * supercell, the case of a large user file without symmetry).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expandCell } from '../crystal/expand';
import { latticeFromParams } from '../crystal/lattice';
import { readCif } from '../crystal/read';
import { initMoyoNode } from '../crystal/symmetry/moyo-node';
import type { CellAtoms, Crystal } from '../crystal/types';
import { loadScenario } from '../insertion/load';
import { CATALOGUE } from '../state/catalogue';
import { analyse } from '../voids/analyse';
import { type AtomSet, atomsFromCrystal } from '../voids/framework';
import { findTunnels } from '../voids/tunnel-sizes';
import { fmt, median, table } from './bench-stats';

const RUNS = 7;
const WARM_UP_MS = 1500;

export interface VoidBench {
  name: string;
  atoms: number;
  /** Grid points of the free-space field. */
  grid: number;
  medianMs: number;
  runs: number[];
}

function atomsOf(root: string, id: string): AtomSet {
  const r = readCif(readFileSync(path.join(root, 'structures', `${id}.cif`), 'utf8'), id);
  if (!r.ok) throw new Error(`${id}: ${r.error.message}`);
  const c = r.value.crystals[0];
  return atomsFromCrystal(c, expandCell(c));
}

/** n×n×n copies of the cell, without symmetry operations. */
function supercellP1(atoms: AtomSet, n: number): AtomSet {
  const L = atoms.lattice;
  const lattice = latticeFromParams({ ...L, a: n * L.a, b: n * L.b, c: n * L.c });
  if (!lattice.ok) throw new Error(lattice.error.message);
  const frac: number[] = [];
  const element: string[] = [];
  const oxidation: (number | undefined)[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      for (let k = 0; k < n; k++)
        for (let a = 0; a < atoms.count; a++) {
          const f = [0, 1, 2].map((d) => atoms.frac[3 * a + d]);
          frac.push((f[0] + i) / n, (f[1] + j) / n, (f[2] + k) / n);
          element.push(atoms.element[a]);
          oxidation.push(atoms.oxidation[a]);
        }
  return { lattice: lattice.value, count: element.length, frac, element, oxidation };
}

export function benchVoids(root: string): VoidBench[] {
  initMoyoNode();
  const alpha = atomsOf(root, 'alpha-MnO2');
  const cases: [string, AtomSet][] = [
    ['α-MnO2', alpha],
    ['todorokite', atomsOf(root, 'todorokite')],
    ['α-MnO2 2×2×2, P1', supercellP1(alpha, 2)],
  ];
  const end = performance.now() + WARM_UP_MS;
  while (performance.now() < end) analyse(cases[0][1]);
  return cases.map(([name, atoms]) => {
    const first = analyse(atoms);
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      analyse(atoms);
      runs.push(performance.now() - t0);
    }
    return {
      name,
      atoms: atoms.count,
      grid: first.field.value.length,
      medianMs: median(runs),
      runs,
    };
  });
}

export interface TunnelLabelBench {
  name: string;
  tunnels: string[];
  medianMs: number;
}

function crystalOf(root: string, id: string): { crystal: Crystal; cell: CellAtoms } {
  const r = readCif(readFileSync(path.join(root, 'structures', `${id}.cif`), 'utf8'), id);
  if (!r.ok) throw new Error(`${id}: ${r.error.message}`);
  const crystal = r.value.crystals[0];
  return { crystal, cell: expandCell(crystal) };
}

/** A scenario's host as the view labels it: the first keyframe without its guest sites. */
function scenarioHost(root: string, id: string): { crystal: Crystal; cell: CellAtoms } {
  const dir = path.join(root, 'structures');
  const text = readFileSync(path.join(dir, `${id}.scenario.json`), 'utf8');
  const r = loadScenario(text, `structures/${id}.scenario.json`, (p) =>
    readFileSync(path.resolve(root, p), 'utf8'),
  );
  if (!r.ok) throw new Error(`${id}: ${r.error.message}`);
  const first = r.value.crystals[0];
  const guests = r.value.scenario.guestSites;
  const crystal = { ...first, sites: first.sites.filter((s) => !guests.includes(s.label)) };
  return { crystal, cell: expandCell(crystal) };
}

/**
 * The tunnel labels' analysis (voids/tunnel-sizes.ts, what the app's worker runs after the
 * first frame) for every bundled structure and the two tunnel-oxide scenario hosts.
 */
export function benchTunnelLabels(root: string): TunnelLabelBench[] {
  initMoyoNode();
  const cases: [string, { crystal: Crystal; cell: CellAtoms }][] = [
    ...CATALOGUE.map(
      (e) => [e.id, crystalOf(root, e.id)] as [string, ReturnType<typeof crystalOf>],
    ),
    ['scenario k-alpha-mno2', scenarioHost(root, 'k-alpha-mno2')],
    ['scenario li-alpha-mno2', scenarioHost(root, 'li-alpha-mno2')],
  ];
  for (const [, c] of cases) findTunnels(c.crystal, c.cell); // warm-up
  return cases.map(([name, { crystal, cell }]) => {
    const runs: number[] = [];
    let tunnels: string[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      tunnels = findTunnels(crystal, cell).map((t) => t.name);
      runs.push(performance.now() - t0);
    }
    return { name, tunnels, medianMs: median(runs) };
  });
}

export function tunnelLabelsTable(rows: TunnelLabelBench[]): string[] {
  return [
    'Tunnel labels: the analysis behind them (voids/tunnel-sizes.ts; in the app a worker runs it after the first frame), Node, median of 3',
    table(
      ['structure', 'tunnels', 'median ms'],
      rows.map((t) => [t.name, t.tunnels.join(' ') || '—', fmt(t.medianMs, 0)]),
    ),
  ];
}

export function voidsTable(rows: VoidBench[]): string[] {
  return [
    `Sites & channels: the whole analysis (src/voids) at 0.15 Å and probe 0.5 Å, Node, median of ${RUNS} after warm-up`,
    table(
      ['structure', 'atoms', 'grid points', 'median ms', 'runs ms'],
      rows.map((v) => [
        v.name,
        String(v.atoms),
        v.grid.toLocaleString('en'),
        fmt(v.medianMs, 0),
        v.runs.map((t) => fmt(t, 0)).join(' '),
      ]),
    ),
  ];
}
