/**
 * The diffraction options of `inspect` (on a CIF, or a scenario with --x): --xrd, --saed U,V,W,
 * --stem U,V,W and their settings, parsed into one request, and the JSON each prints.
 */

import { fail, ok, type Result } from '../crystal/result';
import type { Vec3 } from '../crystal/types';
import { FOIL_SHAPES, type Foil, type FoilShape } from '../diffraction/excitation';
import { projectColumns, type StemMode } from '../diffraction/projection';
import { saedPattern } from '../diffraction/saed';
import type { Scatterers } from '../diffraction/scatterers';
import { XRAY_LINES, type XrayLine } from '../diffraction/wavelengths';
import { powderPattern } from '../diffraction/xrd';

export type DiffractionRequest =
  | { kind: 'xrd'; wavelength?: number; range?: [number, number]; ions: boolean }
  | { kind: 'saed'; zone: Vec3; kV?: number; gMax?: number; foil?: Foil }
  | { kind: 'stem'; zone: Vec3; mode: StemMode; exponent?: number };

export interface DiffractionArgs {
  /** Arguments that are not diffraction options, in order. */
  rest: string[];
  request?: DiffractionRequest;
  adp: 'file' | 'none';
}

/** Options that take a value (`--kv 200` or `--kv=200`). */
const VALUED = [
  '--saed',
  '--stem',
  '--wavelength',
  '--range',
  '--kv',
  '--gmax',
  '--foil',
  '--shape',
  '--mode',
  '--exponent',
  '--adp',
];
const FLAGS = ['--xrd', '--ions'];
/** Which options belong to which view (a setting without its view is a usage error). */
const BELONGS: Record<string, DiffractionRequest['kind']> = {
  '--wavelength': 'xrd',
  '--range': 'xrd',
  '--ions': 'xrd',
  '--kv': 'saed',
  '--gmax': 'saed',
  '--foil': 'saed',
  '--shape': 'saed',
  '--mode': 'stem',
  '--exponent': 'stem',
};

function numbers(raw: string, count: number, what: string): Result<number[]> {
  const parts = raw.split(',').map((s) => s.trim());
  const v = parts.map(Number);
  if (parts.length !== count || v.some((n) => !Number.isFinite(n) || parts.includes(''))) {
    return fail(`${what}: expected ${count} comma-separated numbers, found "${raw}"`);
  }
  return ok(v);
}

function zoneOf(raw: string, option: string): Result<Vec3> {
  const v = numbers(raw, 3, option);
  if (!v.ok) return v;
  if (v.value.some((n) => !Number.isInteger(n)) || v.value.every((n) => n === 0)) {
    return fail(`${option}: expected integer indices U,V,W not all zero, found "${raw}"`);
  }
  return ok(v.value as Vec3);
}

function positive(raw: string, option: string): Result<number> {
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 && raw.trim() !== ''
    ? ok(n)
    : fail(`${option}: expected a positive number, found "${raw}"`);
}

function wavelengthOf(raw: string): Result<number> {
  if (raw in XRAY_LINES) return ok(XRAY_LINES[raw as XrayLine]);
  const n = positive(raw, '--wavelength');
  if (n.ok) return n;
  return fail(
    `--wavelength: expected Å or one of ${Object.keys(XRAY_LINES).join(', ')}, found "${raw}"`,
  );
}

/** Collects --name VALUE pairs and flags; everything else is returned in `rest`. */
function collect(argv: string[]): Result<{ rest: string[]; values: Map<string, string> }> {
  const rest: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (FLAGS.includes(name)) values.set(name, '');
    else if (VALUED.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) return fail(`${name}: expected a value`);
      values.set(name, v);
    } else rest.push(a);
  }
  return ok({ rest, values });
}

export function parseDiffractionArgs(argv: string[]): Result<DiffractionArgs> {
  const c = collect(argv);
  if (!c.ok) return c;
  const { rest, values } = c.value;
  const views = (['--xrd', '--saed', '--stem'] as const).filter((v) => values.has(v));
  if (views.length > 1)
    return fail(`give one of --xrd, --saed, --stem (found ${views.join(' and ')})`);
  const adpRaw = values.get('--adp');
  if (adpRaw !== undefined && adpRaw !== 'none')
    return fail(`--adp: only "none" is known, found "${adpRaw}"`);
  const adp = adpRaw === 'none' ? 'none' : 'file';
  const kind = views[0]?.slice(2) as DiffractionRequest['kind'] | undefined;
  for (const [option, owner] of Object.entries(BELONGS)) {
    if (values.has(option) && owner !== kind) return fail(`${option} needs --${owner}`);
  }
  if (!kind) {
    if (adpRaw !== undefined) return fail('--adp needs --xrd, --saed or --stem');
    return ok({ rest, adp });
  }
  const request = buildRequest(kind, values);
  return request.ok ? ok({ rest, request: request.value, adp }) : request;
}

/** --foil NM (thickness in nm) and --shape sinc2|lorentzian (default sinc2). */
function foilOf(thickness?: string, shape?: string): Result<Foil | undefined> {
  if (thickness === undefined) {
    return shape === undefined ? ok(undefined) : fail('--shape needs --foil');
  }
  const t = positive(thickness, '--foil');
  if (!t.ok) return t;
  const s = shape ?? 'sinc2';
  if (!FOIL_SHAPES.includes(s as FoilShape)) {
    return fail(`--shape: expected ${FOIL_SHAPES.join(' or ')}, found "${s}"`);
  }
  return ok({ thickness: t.value * 10, shape: s as FoilShape }); // nm → Å
}

function buildRequest(
  kind: DiffractionRequest['kind'],
  v: Map<string, string>,
): Result<DiffractionRequest> {
  if (kind === 'xrd') {
    const r: DiffractionRequest = { kind, ions: v.has('--ions') };
    const w = v.get('--wavelength');
    if (w !== undefined) {
      const n = wavelengthOf(w);
      if (!n.ok) return n;
      r.wavelength = n.value;
    }
    const range = v.get('--range');
    if (range !== undefined) {
      const n = numbers(range, 2, '--range');
      if (!n.ok) return n;
      if (!(n.value[0] >= 0 && n.value[0] < n.value[1] && n.value[1] < 180)) {
        return fail(`--range: expected 0 ≤ MIN < MAX < 180 (degrees 2θ), found "${range}"`);
      }
      r.range = [n.value[0], n.value[1]];
    }
    return ok(r);
  }
  const zone = zoneOf(v.get(`--${kind}`) ?? '', `--${kind}`);
  if (!zone.ok) return zone;
  if (kind === 'saed') {
    const r: DiffractionRequest = { kind, zone: zone.value };
    for (const [opt, key] of [
      ['--kv', 'kV'],
      ['--gmax', 'gMax'],
    ] as const) {
      const raw = v.get(opt);
      if (raw === undefined) continue;
      const n = positive(raw, opt);
      if (!n.ok) return n;
      r[key] = n.value;
    }
    const foil = foilOf(v.get('--foil'), v.get('--shape'));
    if (!foil.ok) return foil;
    if (foil.value) r.foil = foil.value;
    return ok(r);
  }
  const mode = v.get('--mode') ?? 'haadf';
  if (mode !== 'haadf' && mode !== 'abf')
    return fail(`--mode: expected haadf or abf, found "${mode}"`);
  const r: DiffractionRequest = { kind, zone: zone.value, mode };
  const e = v.get('--exponent');
  if (e !== undefined) {
    const n = positive(e, '--exponent');
    if (!n.ok) return n;
    r.exponent = n.value;
  }
  return ok(r);
}

const round = (v: number, decimals: number) => {
  const k = 10 ** decimals;
  return Math.round(v * k) / k + 0;
};

/** The JSON of one view, numbers rounded to what the model can claim. */
export function diffractionJson(sc: Scatterers, r: DiffractionRequest): object {
  if (r.kind === 'xrd') {
    const p = powderPattern(sc, { wavelength: r.wavelength, range: r.range, ions: r.ions });
    return {
      wavelength: p.wavelength,
      peaks: p.peaks.map((q) => ({
        twoTheta: round(q.twoTheta, 4),
        d: round(q.d, 5),
        intensity: round(q.intensity, 2),
        hkl: q.hkl,
        multiplicity: q.multiplicity,
      })),
    };
  }
  if (r.kind === 'saed') {
    const p = saedPattern(sc, r.zone, { kV: r.kV, gMax: r.gMax, foil: r.foil });
    const foil = r.foil && { foil: { thickness: r.foil.thickness / 10, shape: r.foil.shape } };
    return {
      zone: p.zone,
      lambda: round(p.lambda, 6),
      ...foil,
      spots: p.spots.map((s) => ({
        hkl: s.hkl,
        g: [round(s.g[0], 5), round(s.g[1], 5)],
        d: round(s.d, 5),
        intensity: round(s.intensity, 3),
        ...(r.foil && { s: round(s.s, 7) }),
      })),
    };
  }
  const p = projectColumns(sc, r.zone, { mode: r.mode, exponent: r.exponent });
  const elements = (e: Record<string, number>) =>
    Object.fromEntries(Object.entries(e).map(([k, n]) => [k, round(n, 4)]));
  return {
    zone: p.zone,
    columns: p.columns.map((c) => ({
      position: [round(c.position[0], 4), round(c.position[1], 4)],
      elements: elements(c.elements),
      intensity: round(c.intensity, 4),
    })),
    repeat: p.repeat.map((v) => [round(v[0], 4), round(v[1], 4)]),
  };
}
