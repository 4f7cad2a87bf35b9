/**
 * `npm run --silent inspect -- FILE.cif`: what Tunnelscope reads from a structure file, as
 * one JSON object on stdout. A bad file exits 1 with `FILE:LINE: message` on stderr.
 */
import { readFileSync } from 'node:fs';
import { composition } from '../crystal/composition';
import { type CifStructures, readCif } from '../crystal/read';
import { type Diagnostic, formatDiagnostic, type Result } from '../crystal/result';
import { initMoyoNode } from '../crystal/symmetry/moyo-node';
import type { Crystal } from '../crystal/types';
import { scatterersFromCrystal } from '../diffraction/scatterers';
import { inspectChannelsMain } from './inspect-channels';
import { type DiffractionArgs, diffractionJson, parseDiffractionArgs } from './inspect-diffraction';
import { inspectLessonMain } from './inspect-lesson';
import { inspectScenarioMain } from './inspect-scenario';

const VOLUME_DECIMALS = 4; // Å³: enough for any CIF cell, without float noise

type Command = { kind: 'cif'; file: string } | { kind: 'error'; message: string };

/**
 * Arguments → what to do, dispatched on the file's extension so that other inputs (e.g. a
 * `.scenario.json` with `--x VALUE`) can be added beside `.cif` without touching the rest.
 */
export function parseArgs(argv: string[]): Command {
  const files = argv.filter((a) => !a.startsWith('--'));
  const options = argv.filter((a) => a.startsWith('--'));
  if (files.length !== 1) return { kind: 'error', message: 'usage: inspect FILE.cif' };
  const file = files[0];
  if (/\.m?cif$/i.test(file)) {
    if (options.length > 0) return { kind: 'error', message: `unknown option ${options[0]}` };
    return { kind: 'cif', file };
  }
  return { kind: 'error', message: `${file}: unsupported file type (expected .cif)` };
}

function siteJson(site: Crystal['sites'][number]) {
  return {
    label: site.label,
    species: site.species.map((s) => ({ element: s.element, occupancy: s.occupancy })),
    multiplicity: site.multiplicity ?? null,
    wyckoff: site.wyckoff ?? null,
  };
}

/**
 * Positions in the cell whose site's total occupancy passes `keep`: zero-occupancy atoms
 * (placeholders, a scenario's empty guest sites) are counted apart, as vacant positions.
 */
function countPositions(crystal: Crystal, keep: (occupancy: number) => boolean): number {
  return crystal.sites.reduce((n, s) => {
    const occupancy = s.species.reduce((sum, sp) => sum + sp.occupancy, 0);
    return keep(occupancy) ? n + (s.multiplicity ?? 0) : n;
  }, 0);
}

function blockJson(crystal: Crystal, warnings: Diagnostic[]) {
  const { a, b, c, alpha, beta, gamma, volume } = crystal.lattice;
  const scale = 10 ** VOLUME_DECIMALS;
  return {
    name: crystal.name,
    spaceGroup: { symbol: crystal.spaceGroup.symbol, number: crystal.spaceGroup.number },
    lattice: { a, b, c, alpha, beta, gamma, volume: Math.round(volume * scale) / scale },
    positions: countPositions(crystal, (occ) => occ > 0),
    vacantPositions: countPositions(crystal, (occ) => occ === 0),
    composition: composition(crystal),
    sites: crystal.sites.map(siteJson),
    warnings: warnings.map(formatDiagnostic),
  };
}

/** Per-block JSON; warnings about the file as a whole go with the first block. */
export function inspectJson(result: Extract<Result<CifStructures>, { ok: true }>) {
  const { crystals, blockWarnings } = result.value;
  const owned = new Map<string, number>();
  for (const w of blockWarnings.flat().map(formatDiagnostic)) {
    owned.set(w, (owned.get(w) ?? 0) + 1);
  }
  const fileLevel = result.warnings.filter((w) => {
    const key = formatDiagnostic(w);
    const n = owned.get(key) ?? 0;
    if (n > 0) owned.set(key, n - 1);
    return n === 0;
  });
  return {
    blocks: crystals.map((c, i) =>
      blockJson(c, i === 0 ? [...fileLevel, ...blockWarnings[i]] : blockWarnings[i]),
    ),
  };
}

/** `--xrd`, `--saed`, `--stem` on the first structure of the file. */
function printDiffraction(crystal: Crystal, d: DiffractionArgs): number {
  if (!d.request) return 1;
  try {
    const json = diffractionJson(scatterersFromCrystal(crystal, { adp: d.adp }), d.request);
    process.stdout.write(`${JSON.stringify(json)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
}

function main(argv: string[]): number {
  // Scenarios take their own options (`--x VALUE`), so they are dispatched before parseArgs.
  if (argv.some((a) => /\.scenario\.json$/i.test(a))) return inspectScenarioMain(argv);
  if (argv.some((a) => /\.lesson\.json$/i.test(a))) return inspectLessonMain(argv);
  if (argv.includes('--channels')) return inspectChannelsMain(argv);
  const diffraction = parseDiffractionArgs(argv);
  if (!diffraction.ok) {
    process.stderr.write(`${diffraction.error.message}\n`);
    return 1;
  }
  const command = parseArgs(diffraction.value.rest);
  if (command.kind === 'error') {
    process.stderr.write(`${command.message}\n`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(command.file, 'utf8');
  } catch (e) {
    process.stderr.write(`${command.file}: cannot read: ${(e as Error).message}\n`);
    return 1;
  }
  initMoyoNode();
  const result = readCif(text, command.file);
  if (!result.ok) {
    process.stderr.write(`${formatDiagnostic(result.error)}\n`);
    return 1;
  }
  if (diffraction.value.request)
    return printDiffraction(result.value.crystals[0], diffraction.value);
  process.stdout.write(`${JSON.stringify(inspectJson(result))}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
