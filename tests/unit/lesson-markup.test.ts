import { describe, expect, it } from 'vitest';
import { citedReferences, markupToUnicode, parseMarkup } from '../../src/lesson/markup';

describe('caption markup', () => {
  it('turns ^…^ and _…_ into Unicode super- and subscripts', () => {
    expect(markupToUnicode('K^+^ in MnO_6_ octahedra')).toBe('K⁺ in MnO₆ octahedra');
    expect(markupToUnicode('O^2−^ and Na_2/3_Ni_1/3_Mn_2/3_O_2_')).toBe(
      'O²⁻ and Na₂/₃Ni₁/₃Mn₂/₃O₂',
    );
    expect(markupToUnicode('Fe^3+^ → Fe^2+^')).toBe('Fe³⁺ → Fe²⁺');
  });

  it('splits text, marks and citations into segments', () => {
    const r = parseMarkup('Mn^4+^ sits in MnO_6_ [2]. See [1, 3].');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.segments).toEqual([
      { kind: 'text', text: 'Mn' },
      { kind: 'sup', text: '4+' },
      { kind: 'text', text: ' sits in MnO' },
      { kind: 'sub', text: '6' },
      { kind: 'text', text: ' ' },
      { kind: 'cite', refs: [2] },
      { kind: 'text', text: '. See ' },
      { kind: 'cite', refs: [1, 3] },
      { kind: 'text', text: '.' },
    ]);
    expect(citedReferences(r.segments)).toEqual([2, 1, 3]);
    expect(markupToUnicode('See [1,3].')).toBe('See [1, 3].');
  });

  it('keeps escaped marks and brackets that are not citations as text', () => {
    expect(markupToUnicode('a\\^b \\_c [uvw] [110]x')).toBe('a^b _c [uvw] [110]x');
    // Directions [uvw] are not citations; [12] is (and \\[12] is not).
    const r = parseMarkup('down [001] and [110] [12]');
    expect(r.ok && r.segments.filter((s) => s.kind === 'cite')).toEqual([
      { kind: 'cite', refs: [12] },
    ]);
    expect(markupToUnicode('\\[12] [05]')).toBe('[12] [05]');
  });

  it('keeps characters without a Unicode sub/superscript form', () => {
    expect(markupToUnicode('Ni_0.5_')).toBe('Ni₀.₅');
    expect(markupToUnicode('Na_e_ and Na_f_')).toBe('Naₑ and Naf');
  });

  it('reports unclosed, empty and nested marks with their position', () => {
    expect(parseMarkup('K^+ ions')).toEqual({
      ok: false,
      reason: '^ opened at character 2 is not closed',
    });
    expect(parseMarkup('MnO_6')).toEqual({
      ok: false,
      reason: '_ opened at character 4 is not closed',
    });
    const empty = parseMarkup('a^^b');
    expect(empty.ok).toBe(false);
    const nested = parseMarkup('x^a_b_^');
    expect(nested.ok || nested.reason).toMatch(/do not nest/);
    expect(markupToUnicode('K^+ ions')).toBe('K^+ ions'); // shown as written, never lost
  });
});
