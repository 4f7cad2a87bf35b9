/**
 * The values of the link's parameters, read and written one at a time: directions, supercell
 * sizes, pan, probe, mobile species, microscope views, style names. Each reader returns null
 * (or why it refused) for a value it cannot take; url.ts turns that into a notice.
 */
import { atomicNumber } from '../crystal/elements';
import { shortValue } from '../text/short-value';
import { readRepeat, repeatProblem } from './repeat-entry';
import {
  DRAW_STYLES,
  type DrawStyle,
  MAX_PAN,
  MAX_PROBE,
  MIN_PROBE,
  type Pan,
  type Supercell,
  TEM_VIEWS,
  type TemView,
  type Uvw,
} from './view-state';

/** A probe radius (Å) from MIN_PROBE to MAX_PROBE, or null. */
export function parseProbe(value: string): number | null {
  const r = Number(value);
  if (value.trim() === '' || !Number.isFinite(r) || r < MIN_PROBE || r > MAX_PROBE) return null;
  return r;
}

/**
 * `Na,K` (element symbols, each once) or `none`: the mobile species left out of the framework.
 * Returns the list, or why it was refused.
 */
export function parseMobile(value: string): string[] | string {
  const text = value.trim();
  if (text === 'none') return [];
  const names = text.split(/[\s,]+/).filter((n) => n !== '');
  if (names.length === 0) return 'expected element symbols such as Na,K (or none)';
  const bad = names.find((n) => !/^[A-Z][a-z]?$/.test(n) || atomicNumber(n) === 0);
  if (bad !== undefined) return `${shortValue(bad)} is not an element symbol`;
  if (new Set(names).size !== names.length) return 'an element is listed twice';
  return names;
}

export function formatMobile(mobile: readonly string[]): string {
  return mobile.length === 0 ? 'none' : mobile.join(',');
}

/** `stem,saed,xrd` (any order, each once); null when a name is unknown or repeated. */
export function parseTem(value: string): TemView[] | null {
  const names = value.split(',').map((v) => v.trim());
  const ok = names.every((n) => (TEM_VIEWS as readonly string[]).includes(n));
  if (!ok || new Set(names).size !== names.length) return null;
  return names as TemView[];
}

export function parseStyle(value: string): DrawStyle | null {
  const aliases: Record<string, DrawStyle> = {
    poly: 'polyhedral',
    ball: 'ball-and-stick',
    fill: 'space-filling',
  };
  if ((DRAW_STYLES as readonly string[]).includes(value)) return value as DrawStyle;
  return aliases[value] ?? null;
}

/** `2x2x3` (also `2,2,3`); each repeat an integer from 1 to MAX_REPEAT (repeat-entry.ts). */
export function parseSupercell(value: string): Supercell | string {
  const parts = value.split(/[x×,]/i);
  if (parts.length !== 3) return 'expected three whole numbers such as 2x2x3';
  const n: number[] = [];
  for (const [k, part] of parts.entries()) {
    const entry = readRepeat(part);
    if (!entry.ok) return repeatProblem('abc'[k], entry.problem);
    n.push(entry.value);
  }
  return n as Supercell;
}

/** `001`, `1-10` (one digit each, with signs), or `u,v,w` with any integers; not all zero. */
export function parseUvw(value: string): Uvw | null {
  const text = value.trim().replace(/^\[|\]$/g, '');
  let parts: string[] | null = null;
  if (text.includes(',') || text.includes(' ')) parts = text.split(/[,\s]+/);
  else parts = text.match(/-?\d/g);
  if (parts?.length !== 3) return null;
  if (!text.includes(',') && !text.includes(' ') && parts.join('') !== text) return null;
  if (parts.some((p) => !/^-?\d+$/.test(p))) return null;
  const uvw = parts.map((p) => Number.parseInt(p, 10)) as Uvw;
  if (uvw.every((k) => k === 0) || uvw.some((k) => Math.abs(k) > 99)) return null;
  return uvw;
}

/**
 * A direction as a link writes it: a preset or typed [uvw] (integers), or the direction the
 * camera was left at (real numbers, comma-separated). Not all zero, each |k| ≤ 99.
 */
export function parseDirection(value: string): Uvw | null {
  const integers = parseUvw(value);
  if (integers) return integers;
  const parts = value
    .trim()
    .replace(/^\[|\]$/g, '')
    .split(/[,\s]+/);
  if (parts.length !== 3 || parts.some((p) => !/^-?(\d+\.?\d*|\.\d+)$/.test(p))) return null;
  const uvw = parts.map(Number) as Uvw;
  if (Math.hypot(...uvw) < 1e-6 || uvw.some((k) => Math.abs(k) > 99)) return null;
  return uvw;
}

/** `0.2,-0.1`: the orbit centre's screen offsets in framed radii. */
export function parsePan(value: string): Pan | null {
  const parts = value.split(',');
  if (parts.length !== 2 || parts.some((p) => !/^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(p))) return null;
  const pan = parts.map(Number) as Pan;
  return pan.every((k) => Math.abs(k) <= MAX_PAN) ? pan : null;
}

/** `001` for one-digit non-negative integers, else `u,v,w` (reals to 4 decimals). */
export function formatUvw(uvw: Uvw): string {
  if (uvw.every((k) => Number.isInteger(k) && k >= 0 && k <= 9)) return uvw.join('');
  return uvw.map(round4).join(',');
}

export function round4(k: number): number {
  return Math.round(k * 10000) / 10000 || 0; // `|| 0` writes -0 as 0
}

export function formatX(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}
