/**
 * Arguments of `npm run --silent export -- --url "<query>" --format F --out FILE [...]` →
 * a checked request, or a message naming the option that is wrong and why.
 */
import { fail, ok, type Result } from '../crystal/result';
import {
  DEFAULT_REQUEST,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportRequest,
  MAX_IMAGE_SIDE,
  MAX_VIDEO_SECONDS,
} from './request';

export interface ExportArgs {
  /** The app's query string, without the leading `?`. */
  query: string;
  /** The link's fragment, without the leading `#` (a whole lesson: `lesson=<data>`), or ''. */
  fragment: string;
  out: string;
  request: ExportRequest;
}

const VALUE_OPTIONS = [
  'url',
  'format',
  'out',
  'width',
  'height',
  'scale',
  'fps',
  'from',
  'to',
  'seconds',
] as const;
const FLAGS = ['transparent', 'turntable', 'no-labels'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
type Flag = (typeof FLAGS)[number];

const VIDEO: readonly ExportFormat[] = ['mp4', 'webm'];
const SIZED: readonly ExportFormat[] = ['png', 'mp4', 'webm'];

export const USAGE =
  'usage: export --url "<query string>" --format png|mp4|webm|glb|cif --out FILE ' +
  '[--width W --height H --scale N --transparent --no-labels --fps N --from X --to X ' +
  '--seconds S --turntable]';

/** `--name value` and `--name=value` → raw strings; flags → true. */
function split(argv: string[]): Result<{ values: Map<ValueOption, string>; flags: Set<Flag> }> {
  const values = new Map<ValueOption, string>();
  const flags = new Set<Flag>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) return fail(`unexpected argument ${JSON.stringify(a)}; ${USAGE}`);
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    if ((FLAGS as readonly string[]).includes(name)) {
      if (eq >= 0) return fail(`--${name} takes no value`);
      flags.add(name as Flag);
    } else if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      const raw = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (raw === undefined || (eq < 0 && raw.startsWith('--')))
        return fail(`--${name}: expected a value`);
      if (values.has(name as ValueOption)) return fail(`--${name} given twice`);
      values.set(name as ValueOption, raw);
    } else return fail(`unknown option --${name}; ${USAGE}`);
  }
  return ok({ values, flags });
}

function number(name: string, raw: string, min: number, max: number, integer: boolean) {
  const v = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(v) || (integer && !Number.isInteger(v)) || v < min || v > max) {
    const kind = integer ? 'a whole number' : 'a number';
    return fail<number>(`--${name}: expected ${kind} from ${min} to ${max}, found ${raw}`);
  }
  return ok(v);
}

export function parseExportArgs(argv: string[]): Result<ExportArgs> {
  const parts = split(argv);
  if (!parts.ok) return parts;
  const { values, flags } = parts.value;
  for (const required of ['url', 'format', 'out'] as const) {
    if (!values.has(required)) return fail(`--${required} is required; ${USAGE}`);
  }
  const format = values.get('format')!;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    return fail(`--format: expected one of ${EXPORT_FORMATS.join(', ')}, found ${format}`);
  const f = format as ExportFormat;
  const out = values.get('out')!;
  if (out.trim() === '') return fail('--out: expected a file name');
  // The fragment is split off first: whatever follows `#` (a `?` too) is the fragment, and
  // the page gets it back, since a whole lesson travels there (`#lesson=<data>`).
  const url = values.get('url')!;
  const hash = url.indexOf('#');
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  const before = hash < 0 ? url : url.slice(0, hash);
  const q = before.indexOf('?');
  // A whole link with no query (`https://host/index.html#lesson=…`) has none to pass on.
  const query =
    q >= 0 ? before.slice(q + 1) : /^([a-z][a-z\d+.-]*:|\/)/i.test(before) ? '' : before;

  const only = (name: string, formats: readonly ExportFormat[]) =>
    formats.includes(f) ? undefined : `--${name} applies to ${formats.join('/')} only, not ${f}`;
  const request: ExportRequest = { ...DEFAULT_REQUEST, format: f };
  const ranges: Record<string, [number, number, boolean, readonly ExportFormat[]]> = {
    width: [16, MAX_IMAGE_SIDE, true, SIZED],
    height: [16, MAX_IMAGE_SIDE, true, SIZED],
    scale: [1, 8, false, ['png']],
    fps: [1, 60, true, VIDEO],
    from: [-1e6, 1e6, false, VIDEO],
    to: [-1e6, 1e6, false, VIDEO],
    seconds: [0.05, MAX_VIDEO_SECONDS, false, VIDEO],
  };
  for (const [name, [min, max, integer, formats]] of Object.entries(ranges)) {
    const raw = values.get(name as ValueOption);
    if (raw === undefined) continue;
    const wrong = only(name, formats);
    if (wrong) return fail(wrong);
    const v = number(name, raw, min, max, integer);
    if (!v.ok) return v;
    (request as unknown as Record<string, number>)[name] = v.value;
  }
  if (flags.has('transparent')) {
    const wrong = only('transparent', ['png']);
    if (wrong) return fail(wrong);
    request.transparent = true;
  }
  if (flags.has('no-labels')) {
    const wrong = only('no-labels', SIZED);
    if (wrong) return fail(wrong);
    request.labels = { tunnels: false, axes: false, title: false, key: false, caption: false };
  }
  if (flags.has('turntable')) {
    const wrong = only('turntable', VIDEO);
    if (wrong) return fail(wrong);
    request.turntable = true;
  }
  if ((request.width === undefined) !== (request.height === undefined))
    return fail('--width and --height go together');
  return ok({ query, fragment, out, request });
}
