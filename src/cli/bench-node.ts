/**
 * The Node half of `npm run bench`: the core's build (parse → supercell → bonds → polyhedra)
 * timed, and the exact atom counts the app draws for a supercell of α-MnO₂ and of the K⁺
 * scenario, computed with the same code the app runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildLoadedScenario } from '../app/scenario-load';
import { expandCell } from '../crystal/expand';
import { buildModel, type StructureModel } from '../crystal/model';
import { readCif } from '../crystal/read';
import type { Result } from '../crystal/result';
import { initMoyoNode } from '../crystal/symmetry/moyo-node';
import type { Lattice } from '../crystal/types';
import { loadScenario } from '../insertion/load';
import type { Supercell } from '../insertion/path-types';
import { median } from './bench-stats';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const STRUCTURE = 'alpha-MnO2';
export const SCENARIO = 'k-alpha-mno2';
const CIF_FILE = path.join(ROOT, 'structures', `${STRUCTURE}.cif`);
const SCENARIO_FILE = path.join(ROOT, 'structures', `${SCENARIO}.scenario.json`);

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * readCif + expandCell + buildModel, as the app's loader runs them: drawn atoms and the time
 * of the first two steps (parse and symmetry expansion of the one cell).
 */
function buildOnce(text: string, supercell: Supercell): { atoms: number; parseMs: number } {
  const t0 = performance.now();
  const { crystals } = unwrap(readCif(text, CIF_FILE), 'readCif');
  const cell = expandCell(crystals[0]);
  const parseMs = performance.now() - t0;
  const atoms = unwrap(buildModel(crystals[0], cell, { supercell }), 'buildModel').atoms.count;
  return { atoms, parseMs };
}

/** The α-MnO₂ model the app builds for a supercell, with its lattice (the peer's structure). */
export function staticModel(supercell: Supercell): { model: StructureModel; lattice: Lattice } {
  initMoyoNode();
  const { crystals } = unwrap(readCif(readFileSync(CIF_FILE, 'utf8'), CIF_FILE), 'readCif');
  const model = unwrap(buildModel(crystals[0], expandCell(crystals[0]), { supercell }), 'model');
  return { model, lattice: crystals[0].lattice };
}

export interface NodeBuild {
  atoms: number;
  runs: number[];
  median: number;
  /** Median of the parse + cell expansion part (independent of the supercell). */
  parseMedian: number;
}

/**
 * Untimed builds at the given sizes, repeated for at least `ms`, so that the timed runs see
 * optimised code (cold, the first 1,000-atom builds take 3–5× longer than warm ones).
 */
export function warmUp(sizes: Supercell[], ms: number): void {
  initMoyoNode();
  const text = readFileSync(CIF_FILE, 'utf8');
  const end = performance.now() + ms;
  while (performance.now() < end) for (const s of sizes) buildOnce(text, s);
}

/** Median over `runs` timed builds after one untimed warm-up build. */
export function benchBuild(supercell: Supercell, runs: number): NodeBuild {
  initMoyoNode();
  const text = readFileSync(CIF_FILE, 'utf8');
  const { atoms } = buildOnce(text, supercell);
  const times: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    parse.push(buildOnce(text, supercell).parseMs);
    times.push(performance.now() - t0);
  }
  return { atoms, runs: times, median: median(times), parseMedian: median(parse) };
}

/** Atoms the insertion view draws: the host model (with completed ligands) plus every guest. */
export function scenarioAtoms(supercell: Supercell): { host: number; guests: number } {
  initMoyoNode();
  const readText = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
  const core = unwrap(
    loadScenario(readFileSync(SCENARIO_FILE, 'utf8'), SCENARIO_FILE, readText),
    'loadScenario',
  );
  const loaded = unwrap(buildLoadedScenario(SCENARIO, core, [], supercell), 'scenario');
  return { host: loaded.hostModel.atoms.count, guests: loaded.path.guests.count };
}
