/**
 * Normalised indexes over moyo's 530 Hall entries, built once on first use:
 * H-M symbol → Hall numbers, Hall symbol → Hall number.
 *
 * H-M keys drop spaces and underscores and ignore case (`P 4_2/m n m`, `P42/mnm`, `p 42/m n m`
 * are one key): no two space-group types collide that way. Hall keys keep single spaces,
 * because there they matter (`P 32` is P3₂, `P 3 2` is P312).
 */
import { HALL_NUMBER_COUNT, hallEntry } from './moyo';

/**
 * The symbol a reader expects for this setting. moyo's `hm_short` is the standard short
 * symbol for every setting (`C 2/c` even for `A 1 2/n 1`), so non-standard monoclinic and
 * orthorhombic settings are shortened from the full symbol instead.
 */
export function settingSymbol(full: string, short: string, number: number, setting: string) {
  let base = short;
  if (number >= 3 && number <= 15) {
    base = full
      .split(' ')
      .filter((p, i) => i === 0 || p !== '1')
      .join(' ');
  } else if (number >= 16 && number <= 74) {
    base = full
      .split(' ')
      .map((p) => p.replace(/^.*\//, ''))
      .join(' ');
  }
  const origin = /^[12HR]/.exec(setting)?.[0];
  const twoChoices = origin !== undefined && !/^[abc-]/.test(setting);
  return twoChoices ? `${base} :${origin}` : base;
}

let hmIndex: Map<string, number[]> | undefined;
let hallIndex: Map<string, number> | undefined;

/** `'P 42/m n m'` → `p42/mnm`; old subscript styles `P2(1)/c`, `P2_1/c` → `p21/c`. */
export function normaliseHm(symbol: string): string {
  return symbol
    .replace(/['"]/g, '')
    .replace(/(\d)\((\d)\)/g, '$1$2')
    .replace(/[\s_]+/g, '')
    .toLowerCase();
}

/**
 * Setting written without a colon: ICSD's trailing `Z` (origin choice 2) and `S` (origin
 * choice 1, the standard), trailing `H`/`R` (`R -3 m H`), and `(origin choice 2)`.
 */
const SPACED_SETTING = /\s+([SZHR])$/i;
const ORIGIN_WORDS = /\s*\(\s*origin\s+choice\s+([12])\s*\)\s*$/i;
const ICSD_ORIGIN: Record<string, string> = { s: '1', z: '2', h: 'H', r: 'R' };

/** `'-P_2yn'` → `-p 2yn`; a `"` (double prime) is written `=` in moyo's table. */
export function normaliseHall(symbol: string): string {
  return symbol
    .trim()
    .replace(/^'|'$/g, '')
    .replace(/"/g, '=')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `'R -3 c :H'` → name key `r-3c` and setting `H`. */
export function splitSetting(symbol: string): { name: string; setting: string } {
  const cleaned = symbol.replace(/['"]/g, '').trim();
  const words = ORIGIN_WORDS.exec(cleaned);
  if (words) return { name: normaliseHm(cleaned.slice(0, words.index)), setting: words[1] };
  const spaced = SPACED_SETTING.exec(cleaned);
  if (spaced && !cleaned.includes(':')) {
    return {
      name: normaliseHm(cleaned.slice(0, spaced.index)),
      setting: ICSD_ORIGIN[spaced[1].toLowerCase()],
    };
  }
  const colon = cleaned.indexOf(':');
  if (colon < 0) return { name: normaliseHm(cleaned), setting: '' };
  return {
    name: normaliseHm(cleaned.slice(0, colon)),
    setting: cleaned.slice(colon + 1).trim(),
  };
}

function add(index: Map<string, number[]>, key: string, hall: number) {
  const list = index.get(key);
  if (!list) index.set(key, [hall]);
  else if (!list.includes(hall)) list.push(hall);
}

/**
 * Symbols of the standard (abc) settings before International Tables (2002) wrote the double
 * glide plane as `e`: ICSD and older files still write `C m c a`, `C c c a Z`.
 */
const FORMER_E_SYMBOLS: Record<number, string> = {
  39: 'A b m 2',
  41: 'A b a 2',
  64: 'C m c a',
  67: 'C m m a',
  68: 'C c c a',
};

/** Keys of one entry: full, short, setting-specific short and the old cubic `m3m` style. */
function hmKeys(full: string, short: string, number: number, setting: string): string[] {
  const specific = settingSymbol(full, short, number, setting).replace(/:.*$/, '');
  const keys = [full, short, specific].map(normaliseHm);
  // Older cubic symbols omit the bar on 3 (`F m 3 m`, `P a 3`): no other group reads the same.
  if (number >= 200) keys.push(...keys.map((k) => k.replace('-3', '3')));
  const former = FORMER_E_SYMBOLS[number];
  if (former && /^[12]?$/.test(setting)) keys.push(normaliseHm(former));
  return keys;
}

export function hallNumbersByHm(): Map<string, number[]> {
  if (hmIndex) return hmIndex;
  const index = new Map<string, number[]>();
  for (let h = 1; h <= HALL_NUMBER_COUNT; h++) {
    const e = hallEntry(h);
    if (!e.ok) return new Map();
    const { hm_full, hm_short, number, setting } = e.value;
    for (const key of hmKeys(hm_full, hm_short, number, setting)) add(index, key, h);
  }
  hmIndex = index;
  return index;
}

export function hallNumbersByHallSymbol(): Map<string, number> {
  if (hallIndex) return hallIndex;
  const index = new Map<string, number>();
  for (let h = 1; h <= HALL_NUMBER_COUNT; h++) {
    const e = hallEntry(h);
    if (!e.ok) return new Map();
    const key = normaliseHall(e.value.hall_symbol);
    // Three Ccce settings share one Hall symbol (and one operator set): keep the first.
    if (!index.has(key)) index.set(key, h);
  }
  hallIndex = index;
  return index;
}
