/** Space-group symbols and formulas typeset for the screen. */
import { beforeAll, describe, expect, it } from 'vitest';
import { typesetFormulas, typesetFormulaText } from '../../src/crystal/formula-typeset';
import { HALL_NUMBER_COUNT, hallEntry } from '../../src/crystal/symmetry/moyo';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { typesetSpaceGroup } from '../../src/crystal/typeset';

const BAR = '\u0305';
/** Expected text written `R-3m`: the bar as the combining overline after its digit. */
const barred = (s: string) => s.replace(/-(\d)/g, `$1${BAR}`);

describe('space-group symbols', () => {
  it.each([
    ['P 42/m n m', 'P4₂/mnm'],
    ['P42/mnm', 'P4₂/mnm'],
    ['P4_2/mnm', 'P4₂/mnm'],
    ['P 4_2/m n m', 'P4₂/mnm'],
    ['P 1 21/n 1', 'P2₁/n'],
    ['P21/n', 'P2₁/n'],
    ['P2(1)/c', 'P2₁/c'],
    ['P 21/c', 'P2₁/c'],
    ['I 4/m', 'I4/m'],
    ['C 1 2/m 1', 'C2/m'],
    ['P 1 2/m 1', 'P2/m'],
    ['I 1 1 2/m', 'I2/m'],
    ['P 63/m m c', 'P6₃/mmc'],
    ['P 61 2 2', 'P6₁22'],
    ['P 31 2 1', 'P3₁21'],
    ['P3121', 'P3₁21'],
    ['P312', 'P312'],
    ['P31m', 'P31m'],
    ['P3112', 'P3₁12'],
    ['R32', 'R32'],
    ['P422', 'P422'],
    ['P4222', 'P4₂22'],
    ['P4212', 'P42₁2'],
    ['P42212', 'P4₂2₁2'],
    ['P4132', 'P4₁32'],
    ['P 21 3', 'P2₁3'],
    ['P212121', 'P2₁2₁2₁'],
    ['Pna21', 'Pna2₁'],
    ['P n m a', 'Pnma'],
    ['C m c e', 'Cmce'],
    ['I41/amd', 'I4₁/amd'],
    ['P 1', 'P1'],
  ])('%s → %s', (symbol, shown) => {
    const t = typesetSpaceGroup(symbol);
    expect(t.text).toBe(shown);
    expect(t.setting).toBeNull();
    expect(t.parts.every((p) => !p.overbar)).toBe(true);
  });

  it.each([
    ['R -3 m', 'R-3m', '3'],
    ['R-3m', 'R-3m', '3'],
    ['F m -3 m', 'Fm-3m', '3'],
    ['Fm-3m', 'Fm-3m', '3'],
    ['P -1', 'P-1', '1'],
    ['P -4 21 m', 'P-42₁m', '4'],
    ['P-421m', 'P-42₁m', '4'],
    ['I a -3 d', 'Ia-3d', '3'],
    ['P -6 m 2', 'P-6m2', '6'],
  ])('%s → %s with a bar over %s', (symbol, shown, digit) => {
    const t = typesetSpaceGroup(symbol);
    expect(t.text).toBe(barred(shown));
    expect(t.text).toContain(`${digit}${BAR}`);
    expect(t.parts.filter((p) => p.overbar).map((p) => p.text)).toEqual([digit]);
  });

  it.each([
    ['F d -3 m :2', 'Fd-3m', 'origin choice 2'],
    ['F d -3 m:1', 'Fd-3m', 'origin choice 1'],
    ['R -3 m :H', 'R-3m', 'hexagonal axes'],
    ['R -3 :R', 'R-3', 'rhombohedral axes'],
    ['R -3 m H', 'R-3m', 'hexagonal axes'],
    ['F d -3 m Z', 'Fd-3m', 'origin choice 2'],
    ['F d -3 m S', 'Fd-3m', 'origin choice 1'],
    ['P n n n (origin choice 2)', 'Pnnn', 'origin choice 2'],
  ])('%s: setting in words', (symbol, shown, setting) => {
    const t = typesetSpaceGroup(symbol);
    expect(t.setting).toBe(setting);
    expect(t.text).toBe(`${barred(shown)} (${setting})`);
  });

  it.each(['', 'unknown', 'X 4/m', 'P 5', 'P 4_4', 'P 1 2 3 4', '-P 2ybc'])(
    '%j is left as it was',
    (symbol) => {
      const t = typesetSpaceGroup(symbol);
      expect(t.text).toBe(symbol);
      expect(t.parts).toEqual([{ text: symbol, overbar: false }]);
    },
  );

  describe('every setting of the tables', () => {
    beforeAll(() => initMoyoNode());
    it('reads the same with and without spaces, with no spaces or underscores left', () => {
      const seen = new Set<string>();
      for (let n = 1; n <= HALL_NUMBER_COUNT; n++) {
        const entry = hallEntry(n);
        if (!entry.ok) throw new Error(entry.error.message);
        for (const symbol of [entry.value.hm_short, entry.value.hm_full]) {
          const spaced = typesetSpaceGroup(symbol);
          const packed = typesetSpaceGroup(symbol.replace(/[\s_]/g, ''));
          expect(packed.text, symbol).toBe(spaced.text);
          expect(spaced.text, symbol).not.toMatch(/[\s_]/);
          expect(spaced.text.length, symbol).toBeGreaterThan(1);
          // A screw axis is always a subscript below its axis: 2₁, 4₂, 6₃.
          if (/\d_\d/.test(symbol)) expect(spaced.text, symbol).toMatch(/[2346][₁-₅]/);
          if (/-\d/.test(symbol))
            expect(
              spaced.parts.some((p) => p.overbar),
              symbol,
            ).toBe(true);
          seen.add(spaced.text);
        }
      }
      // The 230 types in their settings give many distinct symbols, not one fallback.
      expect(seen.size).toBeGreaterThan(400);
    });
  });
});

describe('formulas in text', () => {
  it.each([
    [
      'K⁺ into the 2×2 tunnels of α-MnO2 (hollandite)',
      'K⁺ into the 2×2 tunnels of α-MnO₂ (hollandite)',
    ],
    [
      'Na⁺ out of O3-NaNi0.5Mn0.5O2: the O3 → P3 layer glide',
      'Na⁺ out of O3-NaNi₀.₅Mn₀.₅O₂: the O3 → P3 layer glide',
    ],
    ['P2-Na2/3Ni1/3Mn2/3O2', 'P2-Na₂/₃Ni₁/₃Mn₂/₃O₂'],
    ['Prussian blue Fe4[Fe(CN)6]3.', 'Prussian blue Fe₄[Fe(CN)₆]₃.'],
    ['(Ni,Mn)O2 slabs', '(Ni,Mn)O₂ slabs'],
    ['KxMn8O16', 'KₓMn₈O₁₆'],
    ['K-hollandite KₓMn₈O₁₆', 'K-hollandite KₓMn₈O₁₆'],
    ['double chains of MnO6 octahedra, H2O', 'double chains of MnO₆ octahedra, H₂O'],
  ])('%s', (text, shown) => {
    expect(typesetFormulaText(text)).toBe(shown);
  });

  it.each([
    'the P2 → O2 glide',
    'O3 stacking, P3 prisms',
    'Prussian white',
    'a 2×2 tunnel, 2.5 Å wide',
    'site Na_e and Na2',
    'Bx2',
  ])('%s stays as written', (text) => {
    expect(typesetFormulaText(text)).toBe(text);
    expect(typesetFormulas(text).every((r) => !r.formula)).toBe(true);
  });

  it('finds formulas typeset already, so they too are kept on one line', () => {
    expect(typesetFormulas('Prussian blue Fe₄[Fe(CN)₆]₃')).toEqual([
      { text: 'Prussian blue ', formula: false },
      { text: 'Fe₄[Fe(CN)₆]₃', formula: true },
    ]);
  });

  it('marks each formula as one run, with the text around it kept', () => {
    expect(typesetFormulas('Li⁺ into α-MnO2: off-centre')).toEqual([
      { text: 'Li⁺ into α-', formula: false },
      { text: 'MnO₂', formula: true },
      { text: ': off-centre', formula: false },
    ]);
  });
});
