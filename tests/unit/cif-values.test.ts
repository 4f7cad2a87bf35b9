import { describe, expect, it } from 'vitest';
import type { CifValue } from '../../src/crystal/cif';
import { cifNumber, cifText } from '../../src/crystal/cif';

function t(text: string, quoted = false): CifValue {
  return { kind: 'text', text, line: 1, quoted };
}

describe('cifNumber', () => {
  it.each([
    ['9.815(2)', 9.815, 0.002],
    ['.6591(2)', 0.6591, 0.0002],
    ['.40(3)', 0.4, 0.03],
    ['101.892(15)', 101.892, 0.015],
    ['12(3)', 12, 3],
    ['90.(1)', 90, 1],
    ['1.2e3(4)', 1200, 400],
    ['-0.0123(45)', -0.0123, 0.0045],
  ])('%s → %d ± %d', (s, value, su) => {
    const n = cifNumber(t(s));
    expect(n?.value).toBeCloseTo(value, 12);
    expect(n?.su).toBeCloseTo(su, 12);
  });

  it.each([
    ['-0.5', -0.5],
    ['+0.25', 0.25],
    ['90.', 90],
    ['90', 90],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['1e-3', 0.001],
    ['1.2E+01', 12],
    ['0.0', 0],
    ['1/4', 0.25],
    ['-1/3', -1 / 3],
    ['+2/3', 2 / 3],
    ['7/6', 7 / 6],
  ])('%s → %d with no su', (s, value) => {
    const n = cifNumber(t(s));
    expect(n?.value).toBeCloseTo(value, 12);
    expect(n).not.toHaveProperty('su');
  });

  it('reads a quoted number the same (quotes do not change a value in CIF 1.1)', () => {
    expect(cifNumber(t('0.5', true))).toEqual({ value: 0.5 });
    expect(cifNumber(t(' 4.2 ', true))).toEqual({ value: 4.2 });
  });

  it.each([
    '',
    '.',
    '-',
    '+.',
    'e5',
    '1.2.3',
    'abc',
    'Mn1',
    '1,5',
    '1/0',
    '1/4/2',
    '9.815(2',
    '9.815()',
    '(2)',
    '1e',
    '0x10',
    'Infinity',
    'NaN',
    '1e999',
    'x,y,z',
  ])('%j is not a number', (s) => {
    expect(cifNumber(t(s))).toBeNull();
  });

  it('unknown, inapplicable and absent values are not numbers', () => {
    expect(cifNumber({ kind: 'unknown', line: 1 })).toBeNull();
    expect(cifNumber({ kind: 'inapplicable', line: 1 })).toBeNull();
    expect(cifNumber(undefined)).toBeNull();
  });
});

describe('cifText', () => {
  it('returns text for text values and null otherwise', () => {
    expect(cifText(t('P 1', true))).toBe('P 1');
    expect(cifText(t(''))).toBe('');
    expect(cifText({ kind: 'unknown', line: 3 })).toBeNull();
    expect(cifText({ kind: 'inapplicable', line: 3 })).toBeNull();
    expect(cifText(undefined)).toBeNull();
  });
});
