/**
 * Chemical formulas in running text, typeset as the picker's titles are: `α-MnO2` →
 * α-MnO₂, `P2-Na2/3Ni1/3Mn2/3O2` → P2-Na₂/₃Ni₁/₃Mn₂/₃O₂, `Fe4[Fe(CN)6]3` → Fe₄[Fe(CN)₆]₃.
 *
 * A word is a formula only when it reads completely as element symbols, counts and brackets
 * and names at least two elements (or has brackets): stacking names such as O3, P2 and P3 and
 * words such as "Prussian" stay as they are.
 */
import { atomicNumber } from './elements';
import { subscriptDigits } from './typeset';

export interface TextRun {
  text: string;
  /** A formula: its counts are subscripts and it must not break across lines. */
  formula: boolean;
}

// A candidate word: starts with a capital or a bracket, runs over formula characters.
// Counts may be typeset already (`MnO₂` in a catalogue title): read them as digits.
const CANDIDATE = /[A-Z([][A-Za-z0-9₀-₉ₓ.,/()[\]]*/g;
const TOKEN = /^(?:[A-Z][a-z]?|[\d₀-₉]+(?:\.[\d₀-₉]+)?(?:\/[\d₀-₉]+)?|[()[\],]|[xₓ])/;

/** `K{x}`-style counts written `Kx` subscript as ₓ. */
const SUBSCRIPT_X = 'ₓ';

/** Splits text into plain runs and formula runs, the formulas already typeset. */
export function typesetFormulas(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let plain = '';
  let at = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    // Punctuation at the end of a sentence or a list belongs to the sentence.
    const word = m[0].replace(/[.,]+$/, '');
    const before = m.index === 0 ? '' : text[m.index - 1];
    const typeset = /[A-Za-z0-9]/.test(before) ? null : formulaWord(word);
    if (typeset === null) continue;
    plain += text.slice(at, m.index);
    if (plain) runs.push({ text: plain, formula: false });
    plain = '';
    runs.push({ text: typeset, formula: true });
    at = m.index + word.length;
  }
  plain += text.slice(at);
  if (plain) runs.push({ text: plain, formula: false });
  return runs;
}

/** The same text as one string (for places that hold plain text: captions, titles). */
export function typesetFormulaText(text: string): string {
  return typesetFormulas(text)
    .map((r) => r.text)
    .join('');
}

/** The word typeset when it is a formula with something to typeset, else null. */
function formulaWord(word: string): string | null {
  const elements = new Set<string>();
  let depth = 0;
  let out = '';
  let counted = false;
  let previous = '';
  for (let i = 0; i < word.length; ) {
    const m = TOKEN.exec(word.slice(i));
    if (!m) return null;
    // A two-letter reading that is no element may be one letter and a count: Kx is K, x.
    const t = /^[A-Z]x$/.test(m[0]) ? m[0][0] : m[0];
    if (/^[A-Z]/.test(t)) {
      if (atomicNumber(t) === 0) return null;
      elements.add(t);
      out += t;
    } else if (t === 'x' || t === SUBSCRIPT_X) {
      if (!/[A-Za-z)\]ₓ]$/.test(previous)) return null;
      out += SUBSCRIPT_X;
      counted = true;
    } else if (/^[\d₀-₉]/.test(t)) {
      if (!/[A-Za-z)\]ₓ]$/.test(previous)) return null;
      out += subscriptDigits(t);
      counted = true;
    } else {
      if (t === '(' || t === '[') depth++;
      if (t === ')' || t === ']') depth--;
      if (depth < 0 || (t === ',' && depth === 0)) return null;
      out += t;
    }
    previous = t;
    i += t.length;
  }
  if (depth !== 0 || !counted) return null;
  if (elements.size < 2 && !/[([]/.test(word)) return null;
  return out;
}
