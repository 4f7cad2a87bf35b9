/**
 * Hermann–Mauguin symbols as a crystallographer prints them: `P 42/m n m` → P4₂/mnm,
 * `P 1 21/n 1` → P2₁/n, `R -3 m :H` → R3̄m (hexagonal axes), `F m -3 m` → Fm3̄m.
 *
 * Screw axes get a subscript, rotoinversions an overbar, glide and mirror letters stay as they
 * are, and the monoclinic full symbol is shortened the way International Tables do (the 1s
 * dropped). A setting suffix (`:1`, `:2`, `:H`, `:R`, ICSD's trailing `S`/`Z`/`H`/`R`) becomes
 * words beside the symbol. What this cannot read is returned unchanged, never garbled.
 */

/** One run of the typeset symbol; `overbar` runs are drawn with a bar over them. */
export interface SymbolPart {
  text: string;
  overbar: boolean;
}

export interface TypesetSymbol {
  parts: SymbolPart[];
  /** The setting in words (`origin choice 2`, `hexagonal axes`), or null. */
  setting: string | null;
  /** The whole symbol as Unicode text: subscript digits, U+0305 over barred digits. */
  text: string;
}

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const OVERLINE = '\u0305';
const SETTING_WORDS: Record<string, string> = {
  '1': 'origin choice 1',
  '2': 'origin choice 2',
  S: 'origin choice 1',
  Z: 'origin choice 2',
  H: 'hexagonal axes',
  R: 'rhombohedral axes',
};

/** One directional part of the symbol: an axis (maybe screw or barred, maybe over a plane) or a plane. */
interface Part {
  bar: boolean;
  axis: number | null; // 1, 2, 3, 4, 6; null for a plane letter
  screw: number | null;
  /** The plane letter: a mirror/glide alone, or the denominator of `2/m`. */
  plane: string | null;
}

export function subscriptDigits(digits: string): string {
  return [...digits].map((ch) => (ch >= '0' && ch <= '9' ? SUBSCRIPT[Number(ch)] : ch)).join('');
}

export function typesetSpaceGroup(symbol: string): TypesetSymbol {
  const unchanged = (): TypesetSymbol => ({
    parts: [{ text: symbol, overbar: false }],
    setting: null,
    text: symbol,
  });
  const { body, setting } = splitSetting(symbol.trim().replace(/^['"]|['"]$/g, ''));
  const lattice = /^[PABCFIR]/.exec(body)?.[0];
  if (!lattice) return unchanged();
  // Old subscript styles: P2(1)/c, P4_2/mnm → an explicit screw mark.
  const rest = body
    .slice(1)
    .trim()
    .replace(/(\d)\((\d)\)/g, '$1_$2');
  const parts = /\S\s+\S/.test(rest.trim()) ? spacedParts(rest) : unspacedParts(rest, lattice);
  if (!parts) return unchanged();
  const shown = shortMonoclinic(parts);
  const out: SymbolPart[] = [{ text: lattice, overbar: false }];
  const push = (text: string, overbar = false) => {
    const last = out[out.length - 1];
    if (!overbar && !last.overbar) last.text += text;
    else out.push({ text, overbar });
  };
  for (const p of shown) {
    if (p.axis !== null) {
      push(String(p.axis), p.bar);
      if (p.screw !== null) push(SUBSCRIPT[p.screw]);
      if (p.plane) push(`/${p.plane}`);
    } else if (p.plane) push(p.plane);
  }
  const words = setting ? SETTING_WORDS[setting] : null;
  const text = out.map((p) => (p.overbar ? [...p.text].map((c) => c + OVERLINE).join('') : p.text));
  return {
    parts: out,
    setting: words ?? null,
    text: text.join('') + (words ? ` (${words})` : ''),
  };
}

/** `F d -3 m :2` → body `F d -3 m`, setting `2`; `R -3 m H`, `F d -3 m Z`, `(origin choice 2)`. */
function splitSetting(symbol: string): { body: string; setting: string | null } {
  const colon = /\s*:\s*([12HRhr])\s*$/.exec(symbol);
  if (colon) return { body: symbol.slice(0, colon.index), setting: colon[1].toUpperCase() };
  const words = /\s*\(\s*origin\s+choice\s+([12])\s*\)\s*$/i.exec(symbol);
  if (words) return { body: symbol.slice(0, words.index), setting: words[1] };
  // Upper case only: lower-case letters at the end are glide planes.
  const icsd = /\s+([SZHR])$/.exec(symbol);
  if (icsd) return { body: symbol.slice(0, icsd.index), setting: icsd[1] };
  return { body: symbol, setting: null };
}

/** `42/m n m` written with spaces: each token is one direction, so `42` is a screw. */
function spacedParts(rest: string): Part[] | null {
  const parts: Part[] = [];
  for (const token of rest.trim().split(/\s+/)) {
    const m = /^(-?)([12346])(?:_?([1-5]))?(?:\/([a-emn]))?$/.exec(token);
    if (m) {
      const axis = Number(m[2]);
      const screw = m[3] ? Number(m[3]) : null;
      if (screw !== null && (m[1] || screw >= axis)) return null;
      parts.push({ bar: m[1] === '-', axis, screw, plane: m[4] ?? null });
    } else if (/^[a-emn]$/.test(token)) {
      parts.push({ bar: false, axis: null, screw: null, plane: token });
    } else return null;
  }
  return parts.length >= 1 && parts.length <= 3 ? parts : null;
}

/**
 * `42/mnm` with no spaces: digits run together (`P422` is 4 2 2, `P4222` is 4₂ 2 2), so every
 * reading is tried and the first that is a possible symbol for its crystal family wins.
 */
function unspacedParts(rest: string, lattice: string): Part[] | null {
  const readings: Part[][] = [];
  const walk = (i: number, acc: Part[]) => {
    if (acc.length > 3) return;
    if (i === rest.length) {
      readings.push(acc);
      return;
    }
    const c = rest[i];
    if (/[a-emn]/.test(c)) {
      walk(i + 1, [...acc, { bar: false, axis: null, screw: null, plane: c }]);
      return;
    }
    const bar = c === '-';
    const at = bar ? i + 1 : i;
    const d = rest[at];
    if (!d || !/[12346]/.test(d)) return;
    const axis = Number(d);
    const options: { screw: number | null; end: number }[] = [];
    const explicit = /^_([1-5])/.exec(rest.slice(at + 1));
    if (explicit) options.push({ screw: Number(explicit[1]), end: at + 3 });
    else {
      const s = Number(rest[at + 1]);
      if (!bar && s >= 1 && s < axis) options.push({ screw: s, end: at + 2 });
      options.push({ screw: null, end: at + 1 });
    }
    for (const o of options) {
      if (o.screw !== null && o.screw >= axis) continue;
      const plane = /^\/([a-emn])/.exec(rest.slice(o.end));
      const end = plane ? o.end + 2 : o.end;
      walk(end, [...acc, { bar, axis, screw: o.screw, plane: plane?.[1] ?? null }]);
    }
  };
  walk(0, []);
  return readings.find((r) => possible(r, lattice)) ?? null;
}

/** Whether a reading of an unspaced symbol can be a space-group symbol at all. */
function possible(parts: Part[], lattice: string): boolean {
  if (parts.length === 0) return false;
  const [first, ...others] = parts;
  const ones = parts.filter((p) => p.axis === 1 && !p.bar && !p.plane).length;
  if (others.some((p) => p.axis === 3 && p.screw !== null)) return false;
  if (first.axis === 3) {
    // Trigonal: R lattices have no screws; P has one or three parts, one of the last two a 1.
    if (parts.some((p) => p.screw !== null && (lattice === 'R' || p !== first))) return false;
    if (lattice === 'R') return parts.length <= 2 && ones === 0;
    return parts.length === 1 || (parts.length === 3 && ones === 1 && parts[0].axis !== 1);
  }
  if (first.axis === 4 || first.axis === 6) {
    if (first.axis === 6 && others.some((p) => p.screw !== null)) return false;
    return (parts.length === 1 || parts.length === 3) && ones === 0;
  }
  if (parts.length === 1) return true; // P1, P-1, P2₁/c, Cc
  if (parts.length === 3 && ones === 2) return true; // monoclinic full symbol
  if (ones > 0) return false;
  if (others[0].axis === 3) return true; // cubic: P23, P2₁3, Pm-3, Fm-3m
  return parts.length === 3; // orthorhombic
}

/** `P 1 21/n 1` → P2₁/n: International Tables' short monoclinic symbol drops the 1s. */
function shortMonoclinic(parts: Part[]): Part[] {
  const one = (p: Part) => p.axis === 1 && !p.bar && !p.plane;
  if (parts.length !== 3 || parts.filter(one).length !== 2) return parts;
  return parts.filter((p) => !one(p));
}
