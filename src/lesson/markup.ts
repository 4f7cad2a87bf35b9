/**
 * Caption markup: plain text with three marks, small enough to type on a lectern.
 *
 *   ^…^     superscript   K^+^ → K⁺, O^2−^ → O²⁻
 *   _…_     subscript     MnO_6_ → MnO₆, Na_2/3_ → Na₂/₃
 *   [n]     citation of the lesson's reference n (1–99); [1,3] cites two. Three digits
 *           ([001], [110]) are a direction, not a citation
 *   \x      the character x itself (\^, \_, \[, \\)
 *
 * Marks do not nest; an unclosed ^ or _ is an error (so a typo is caught when the lesson is
 * validated, not shown garbled to a lecture hall).
 */

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'sup'; text: string }
  | { kind: 'sub'; text: string }
  | { kind: 'cite'; refs: number[] };

export type MarkupResult = { ok: true; segments: Segment[] } | { ok: false; reason: string };

// One or two digits without a leading zero: [001], [110] and [111] stay directions.
const CITE = /^\[([1-9]\d?(?:\s*,\s*[1-9]\d?)*)\]/;

export function parseMarkup(text: string): MarkupResult {
  const segments: Segment[] = [];
  let buffer = '';
  let mode: 'text' | 'sup' | 'sub' = 'text';
  let opened = 0; // where the open mark was, for the error message
  const flush = () => {
    if (buffer) segments.push({ kind: mode, text: buffer });
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      buffer += text[++i];
    } else if (c === '^' || c === '_') {
      const mark = c === '^' ? 'sup' : 'sub';
      if (mode === 'text') {
        flush();
        mode = mark;
        opened = i;
      } else if (mode === mark) {
        if (!buffer) return { ok: false, reason: `empty ${c}${c} at character ${i}` };
        flush();
        mode = 'text';
      } else {
        return {
          ok: false,
          reason: `${c} inside ${mode === 'sup' ? '^…^' : '_…_'} at character ${i + 1} (marks do not nest)`,
        };
      }
    } else if (c === '[' && mode === 'text') {
      const m = CITE.exec(text.slice(i));
      if (m) {
        flush();
        segments.push({ kind: 'cite', refs: m[1].split(',').map((n) => Number.parseInt(n, 10)) });
        i += m[0].length - 1;
      } else buffer += c;
    } else buffer += c;
  }
  if (mode !== 'text') {
    const mark = mode === 'sup' ? '^' : '_';
    return { ok: false, reason: `${mark} opened at character ${opened + 1} is not closed` };
  }
  flush();
  return { ok: true, segments };
}

const SUP: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
  x: 'ˣ',
  y: 'ʸ',
  I: 'ᴵ',
  V: 'ⱽ',
  "'": '′',
};
const SUB: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  a: 'ₐ',
  e: 'ₑ',
  o: 'ₒ',
  x: 'ₓ',
  h: 'ₕ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  p: 'ₚ',
  s: 'ₛ',
  t: 'ₜ',
  i: 'ᵢ',
  j: 'ⱼ',
  r: 'ᵣ',
  u: 'ᵤ',
  v: 'ᵥ',
  f: 'f',
};

/** Characters without a Unicode sub/superscript form stay as they are (`.`, `/`). */
function mapped(text: string, table: Record<string, string>): string {
  return [...text].map((c) => table[c] ?? c).join('');
}

/** The caption as one line of Unicode text (for titles, the CLI and screen readers). */
export function segmentsToUnicode(segments: Segment[]): string {
  return segments
    .map((s) => {
      if (s.kind === 'sup') return mapped(s.text, SUP);
      if (s.kind === 'sub') return mapped(s.text, SUB);
      if (s.kind === 'cite') return `[${s.refs.join(', ')}]`;
      return s.text;
    })
    .join('');
}

/** Unicode text of a caption; an invalid caption comes back as written. */
export function markupToUnicode(text: string): string {
  const r = parseMarkup(text);
  return r.ok ? segmentsToUnicode(r.segments) : text;
}

/** The reference numbers a caption cites, in order of first use. */
export function citedReferences(segments: Segment[]): number[] {
  const seen: number[] = [];
  for (const s of segments)
    if (s.kind === 'cite') for (const n of s.refs) if (!seen.includes(n)) seen.push(n);
  return seen;
}
