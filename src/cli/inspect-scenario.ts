/**
 * `npm run --silent inspect -- structures/NAME.scenario.json [--x VALUE]`: a scenario as the
 * insertion engine sees it, one JSON object on stdout. Without --x: title, guest and the
 * keyframe CIFs; with --x: the conventional cell at that x. Errors exit 1 with
 * `FILE:LINE: message` or `FILE: field: reason` on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type Diagnostic, fail, formatDiagnostic, ok, type Result } from '../crystal/result';
import { initMoyoNode } from '../crystal/symmetry/moyo-node';
import { scatterersFromFrame } from '../diffraction/frame-scatterers';
import { frameAt } from '../insertion/frame';
import { loadScenario } from '../insertion/load';
import { buildInsertionPath } from '../insertion/path';
import { type DiffractionArgs, diffractionJson, parseDiffractionArgs } from './inspect-diffraction';

const VOLUME_DECIMALS = 4; // Å³, as inspect prints CIF cells
const CELL_DECIMALS = 6; // Å and degrees: keyframe values stay exact, blends lose float noise

export interface ScenarioArgs {
  file: string;
  x?: number;
}

function round(v: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(v * scale) / scale;
}

/** `FILE [--x VALUE]` (also `--x=VALUE`) → arguments, or a usage message. */
export function parseScenarioArgs(argv: string[]): Result<ScenarioArgs> {
  const files: string[] = [];
  let x: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--x' || a.startsWith('--x=')) {
      const raw = a === '--x' ? argv[++i] : a.slice(4);
      x = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(x)) return fail(`--x: expected a number, found ${raw ?? 'nothing'}`);
    } else if (a.startsWith('--')) return fail(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) return fail('usage: inspect FILE.scenario.json [--x VALUE]');
  return ok(x === undefined ? { file: files[0] } : { file: files[0], x });
}

function readText(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The JSON the command prints, or the diagnostic it reports. */
export function inspectScenario(
  args: ScenarioArgs,
  text: string,
  diffraction?: DiffractionArgs,
): Result<object> {
  const loaded = loadScenario(text, args.file, readText);
  if (!loaded.ok) return loaded;
  const { scenario, files, crystals } = loaded.value;
  const built = buildInsertionPath(scenario, crystals, [1, 1, 1]);
  if (!built.ok) return { ...built, error: { ...built.error, file: args.file } };
  const path = built.value;
  if (args.x === undefined) {
    const keyframes = scenario.keyframes.map((k, i) => ({ x: k.x, file: files[i] }));
    return ok({ title: scenario.title, guest: scenario.guest, keyframes });
  }
  if (args.x < path.xMin || args.x > path.xMax) {
    return fail(`--x ${args.x} lies outside the keyframe range ${path.xMin} … ${path.xMax}`);
  }
  const frame = frameAt(path, args.x);
  if (diffraction?.request) {
    const sc = scatterersFromFrame(path, frame, crystals[0], { adp: diffraction.adp });
    try {
      return ok(diffractionJson(sc, diffraction.request));
    } catch (e) {
      return fail((e as Error).message);
    }
  }
  const l = frame.lattice;
  const cell = (v: number) => round(v, CELL_DECIMALS);
  return ok({
    x: frame.x,
    lattice: {
      a: cell(l.a),
      b: cell(l.b),
      c: cell(l.c),
      alpha: cell(l.alpha),
      beta: cell(l.beta),
      gamma: cell(l.gamma),
      volume: round(l.volume, VOLUME_DECIMALS),
    },
    composition: frame.composition,
    guests: frame.guestsPresent,
    positions: path.host.perCell + frame.guestsPresent,
  });
}

function report(d: Diagnostic, file: string): string {
  return formatDiagnostic(d.file === undefined ? { ...d, file } : d);
}

/** Runs the command; returns the exit code. */
export function inspectScenarioMain(argv: string[]): number {
  const diffraction = parseDiffractionArgs(argv);
  const args = diffraction.ok ? parseScenarioArgs(diffraction.value.rest) : diffraction;
  if (!args.ok) {
    process.stderr.write(`${args.error.message}\n`);
    return 1;
  }
  if (diffraction.ok && diffraction.value.request && args.value.x === undefined) {
    process.stderr.write(`--${diffraction.value.request.kind} on a scenario needs --x VALUE\n`);
    return 1;
  }
  const text = readText(args.value.file);
  if (text === undefined) {
    process.stderr.write(`${args.value.file}: cannot read: no such file\n`);
    return 1;
  }
  initMoyoNode();
  const result = inspectScenario(args.value, text, diffraction.ok ? diffraction.value : undefined);
  if (!result.ok) {
    process.stderr.write(`${report(result.error, args.value.file)}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(result.value)}\n`);
  return 0;
}
