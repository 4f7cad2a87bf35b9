/**
 * `npm run --silent inspect -- FILE.cif --channels [--probe 0.5] [--mobile Na,K]
 * [--radii shannon|covalent]`: where an ion can go in the structure (src/voids), one JSON
 * object on stdout. Diameters and radii in Å; positions fractional. Errors exit 1 with
 * `FILE:LINE: message` or a usage message on stderr.
 */
import { readFileSync } from 'node:fs';
import { expandCell } from '../crystal/expand';
import { readCif } from '../crystal/read';
import { fail, formatDiagnostic, ok, type Result } from '../crystal/result';
import { initMoyoNode } from '../crystal/symmetry/moyo-node';
import { analyse, DEFAULT_PROBE, type VoidAnalysis } from '../voids/analyse';
import { atomsFromCrystal } from '../voids/framework';
import type { RadiusScheme } from '../voids/radii';

const LENGTH_DECIMALS = 3; // Å: the grid is good to ~0.1 Å; three decimals keep exact cases
const FRAC_DECIMALS = 4;

export interface ChannelArgs {
  file: string;
  probe: number;
  mobile?: string[];
  radii: RadiusScheme;
}

const USAGE =
  'usage: inspect FILE.cif --channels [--probe R] [--mobile El,El|none] [--radii shannon|covalent]';

/** Arguments after `inspect`; `--channels` itself may appear anywhere. */
export function parseChannelArgs(argv: string[]): Result<ChannelArgs> {
  const files: string[] = [];
  const args: Omit<ChannelArgs, 'file'> = { probe: DEFAULT_PROBE, radii: 'shannon' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') ? a.split(/=(.*)/s) : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--channels') continue;
    if (flag === '--probe') {
      const raw = value();
      const r = Number(raw);
      if (raw === undefined || raw.trim() === '' || !Number.isFinite(r) || r < 0) {
        return fail(`--probe: expected a radius ≥ 0 Å, found ${raw ?? 'nothing'}`);
      }
      args.probe = r;
    } else if (flag === '--mobile') {
      const raw = value();
      if (raw === undefined) return fail('--mobile: expected elements such as Na,K (or none)');
      args.mobile =
        raw === 'none'
          ? []
          : raw
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
      const bad = args.mobile.find((e) => !/^[A-Z][a-z]?$/.test(e));
      if (bad) return fail(`--mobile: "${bad}" is not an element symbol`);
    } else if (flag === '--radii') {
      const raw = value();
      if (raw !== 'shannon' && raw !== 'covalent') {
        return fail(`--radii: expected shannon or covalent, found ${raw ?? 'nothing'}`);
      }
      args.radii = raw;
    } else if (a.startsWith('--')) return fail(`unknown option ${flag}`);
    else files.push(a);
  }
  if (files.length !== 1 || !/\.m?cif$/i.test(files[0])) return fail(USAGE);
  return ok({ file: files[0], ...args });
}

const round = (v: number, d = LENGTH_DECIMALS) => {
  const s = 10 ** d;
  return Math.round(v * s) / s + 0;
};

/** The documented JSON (README, "Sites & channels"). */
export function channelsJson(r: VoidAnalysis) {
  const within = (grade: string) => grade !== 'no';
  return {
    radii: Object.fromEntries(Object.entries(r.framework.radii).map(([k, v]) => [k, round(v)])),
    mobile: r.framework.mobile,
    Di: round(r.Di),
    Df: { a: round(r.Df.a), b: round(r.Df.b), c: round(r.Df.c) },
    channels: r.channels.map((c) => ({
      dimensionality: c.dimensionality,
      directions: c.directions,
      Df: round(c.Df),
      Di: round(c.Di),
      bottleneck: c.bottleneck.map((v) => round(v - Math.floor(v), FRAC_DECIMALS)),
      name: c.name,
    })),
    sites: r.sites.map((s) => ({
      position: s.position.map((v) => round(v, FRAC_DECIMALS)),
      wyckoff: s.wyckoff,
      radius: round(s.radius),
      neighbours: s.neighbours.map((n) => ({ element: n.element, distance: round(n.distance) })),
    })),
    fits: Object.fromEntries(
      Object.entries(r.fits).map(([ion, f]) => [
        ion,
        { passes: within(f.passes), fitsSite: within(f.fitsSite) },
      ]),
    ),
  };
}

export function inspectChannelsMain(argv: string[]): number {
  const args = parseChannelArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.error.message}\n`);
    return 1;
  }
  const { file, probe, mobile, radii } = args.value;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read: ${(e as Error).message}\n`);
    return 1;
  }
  initMoyoNode();
  const read = readCif(text, file);
  if (!read.ok) {
    process.stderr.write(`${formatDiagnostic(read.error)}\n`);
    return 1;
  }
  // The first block that holds a structure, as the app shows it.
  const crystal = read.value.crystals[0];
  const result = analyse(atomsFromCrystal(crystal, expandCell(crystal)), {
    probe,
    mobile,
    scheme: radii,
  });
  process.stdout.write(`${JSON.stringify(channelsJson(result))}\n`);
  return 0;
}
