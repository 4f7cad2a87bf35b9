import { describe, expect, it } from 'vitest';
import { formatXValue, xOutOfRange } from '../../src/insertion/x-range';
import { readRepeat, repeatProblem } from '../../src/state/repeat-entry';
import { parseViewUrl } from '../../src/state/url';
import { parseSupercell } from '../../src/state/url-values';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';
import { NOTICE_VALUE_CHARS, shortName, shortValue } from '../../src/text/short-value';

describe('a typed or linked supercell repeat', () => {
  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['0', '0 is less than 1'],
    ['-2', '-2 is less than 1'],
    ['1.5', '1.5 is not a whole number'],
    ['21', '21 is above the limit of 20'],
    ['two', '"two" is not a number'],
  ])('%j: %s', (text, problem) => expect(readRepeat(text)).toEqual({ ok: false, problem }));

  it('accepts whole numbers from 1 to 20', () => {
    expect(readRepeat('1')).toEqual({ ok: true, value: 1 });
    expect(readRepeat(' 20 ')).toEqual({ ok: true, value: 20 });
  });

  it('the link names the axis and what is wrong, and keeps the default supercell', () => {
    for (const [sc, axis, problem] of [
      ['2x0x2', 'b', '0 is less than 1'],
      ['2x2x-1', 'c', '-1 is less than 1'],
      ['1.5x2x2', 'a', '1.5 is not a whole number'],
      ['2xx2', 'b', 'empty'],
    ]) {
      const { state, notices } = parseViewUrl(`?sc=${sc}`, ['alpha-MnO2']);
      expect(state.supercell).toEqual(DEFAULT_VIEW_STATE.supercell);
      expect(notices).toEqual([
        `Ignored URL parameter sc=${JSON.stringify(sc)}: ${repeatProblem(axis, problem)}.`,
      ]);
    }
    expect(parseSupercell('2x0x2')).toMatch(/at least 1 and at most 20/);
  });
});

describe('x against the scenario range', () => {
  it('is in range within the rounding of a written link, else says the range', () => {
    expect(xOutOfRange(0, 0, 1.42)).toBeNull();
    expect(xOutOfRange(1.42, 0, 1.42)).toBeNull();
    expect(xOutOfRange(0.6667, 0, 2 / 3)).toBeNull(); // 2/3 written to 4 decimals
    expect(xOutOfRange(5, 0, 1.42)).toBe("outside this scenario's range, x = 0 to 1.42");
    expect(xOutOfRange(-0.1, 0, 1.42)).toBe("outside this scenario's range, x = 0 to 1.42");
    expect(xOutOfRange(0.1, 1 / 3, 2 / 3)).toBe(
      "outside this scenario's range, x = 0.3333 to 0.6667",
    );
    expect(formatXValue(1e-9)).toBe('0');
  });
});

describe('long values in notices', () => {
  it('quotes a short value whole, a long one as its first 60 characters and its length', () => {
    expect(shortValue('alpha')).toBe('"alpha"');
    const long = 'x'.repeat(5000);
    const shown = shortValue(long);
    expect(shown).toBe(`"${'x'.repeat(NOTICE_VALUE_CHARS)}…" (5,000 characters)`);
    const emoji = '🧪'.repeat(61);
    expect(shortValue(emoji)).toBe(`"${'🧪'.repeat(60)}…" (61 characters)`);
    expect(shortName('k'.repeat(70))).toBe(`${'k'.repeat(60)}… (70 characters)`);
  });

  it('a link with long values gives short notices', () => {
    const long = 'q'.repeat(3000);
    const { notices } = parseViewUrl(`?s=${long}&style=${long}&${long}=1`, ['alpha-MnO2']);
    expect(notices).toHaveLength(3);
    for (const n of notices) {
      expect(n).toContain('(3,000 characters)');
      expect(n.length).toBeLessThan(200);
    }
  });
});
