import { describe, expect, it } from 'vitest';
import { labelWidthEm, leftPadFor, signedTick } from '../../src/ui/chart-ticks';

describe('lattice chart axis labels', () => {
  it('are signed percentages with one decimal and a true minus sign', () => {
    expect(signedTick(1.74)).toBe('+1.7');
    expect(signedTick(-20.27)).toBe('−20.3');
    expect(signedTick(0.04)).toBe('0.0');
    expect(signedTick(-0.04)).toBe('0.0');
  });

  it('are measured with DejaVu Sans advance widths', () => {
    // − 2 0 . 3 space %: 0.838 + 3 × 0.636 + 0.318 + 0.318 + 0.950
    expect(labelWidthEm('−20.3 %')).toBeCloseTo(4.332, 3);
    expect(labelWidthEm('0.0 %')).toBeCloseTo(2.858, 3);
    expect(labelWidthEm('x')).toBeCloseTo(0.95, 3); // unknown characters: roomy
  });

  it('get the padding they need, never less than the chart’s own', () => {
    // 16 px: −20.3 % is 69.3 px wide, + a 6 px gap + 2 px: 78 px.
    expect(leftPadFor(['+0.0 %', '−20.3 %'], 16, 6, 64)).toBe(78);
    expect(leftPadFor(['+1.0 %', '0.0 %'], 16, 6, 64)).toBe(68); // +1.0 %: 59.1 px
    expect(leftPadFor(['0.0 %', '0.0 %'], 16, 6, 64)).toBe(64);
    expect(leftPadFor([], 16, 6, 64)).toBe(64);
  });
});
