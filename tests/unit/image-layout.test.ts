/** Overlay layout of an exported picture: corners, scaling, caption band and wrapping. */
import { describe, expect, it } from 'vitest';
import type { ColourKey } from '../../src/export/image-key';
import { type DrawOp, type Measure, overlayLayout, wrap } from '../../src/export/image-layout';

/** A monospace stand-in for the canvas: 0.6 em per character. */
const measure: Measure = (text, px) => 0.6 * px * text.length;

const KEY: ColourKey = {
  elements: [
    { element: 'Mn', colour: '#a700c5', ions: ['Mn⁴⁺'], guest: false },
    { element: 'K', colour: '#ff9900', ions: ['K⁺'], guest: true },
  ],
  sectors: [
    { labels: ['K1'], parts: [{ element: 'K', colour: '#ff9900', fraction: 0.5 }], vacancy: 0.5 },
  ],
};

function layout(over: Partial<Parameters<typeof overlayLayout>[0]> = {}) {
  return overlayLayout({
    width: 1000,
    height: 600,
    pxPerCss: 1,
    textScale: 1,
    dark: false,
    content: { title: ['α-MnO₂ (hollandite)', 'MnO₂ · I4/m (87)'], key: KEY, caption: '' },
    measure,
    ...over,
  });
}

const boxes = (ops: DrawOp[]) => ops.filter((o) => o.kind === 'box');
const texts = (ops: DrawOp[]) => ops.filter((o) => o.kind === 'text');

describe('overlayLayout', () => {
  it('puts the title top left and the key bottom right, inside the picture', () => {
    const ops = layout();
    const [title, key] = boxes(ops);
    expect(title.x).toBeLessThan(20);
    expect(title.y).toBeLessThan(20);
    expect(key.x + key.width).toBeGreaterThan(980);
    expect(key.x + key.width).toBeLessThanOrEqual(1000);
    expect(key.y + key.height).toBeGreaterThan(580);
    expect(key.y + key.height).toBeLessThanOrEqual(600);
    const words = texts(ops).map((t) => t.text);
    expect(words).toContain('α-MnO₂ (hollandite)');
    expect(words).toContain('K⁺  guest');
    expect(words).toContain('K1: K 0.5 · vacant 0.5');
    expect(ops.filter((o) => o.kind === 'swatch').map((o) => o.fill)).toEqual([
      '#a700c5',
      '#ff9900',
    ]);
    const bar = ops.find((o) => o.kind === 'sectors');
    expect(bar?.parts).toEqual([
      { fraction: 0.5, fill: '#ff9900' },
      { fraction: 0.5, fill: '#ffffff' },
    ]);
  });

  it('scales every size with the picture and the text scale', () => {
    const one = layout();
    const four = layout({ width: 4000, height: 2400, pxPerCss: 4 });
    const big = layout({ textScale: 1.5 });
    const t1 = texts(one)[0];
    const t4 = texts(four)[0];
    expect(t4.px).toBeCloseTo(4 * t1.px, 9);
    expect(t4.x).toBeCloseTo(4 * t1.x, 9);
    expect(texts(big)[0].px).toBeCloseTo(1.5 * t1.px, 9);
    expect(boxes(four)[1].width).toBeCloseTo(4 * boxes(one)[1].width, 6);
  });

  it('draws nothing that is switched off', () => {
    expect(layout({ content: { title: [], key: null, caption: '' } })).toEqual([]);
  });

  it('puts the caption in a band across the bottom, the key above it', () => {
    const caption = 'K⁺ slides into the 2×2 tunnels; '.repeat(12);
    const ops = layout({ content: { title: [], key: KEY, caption } });
    const [band, key] = boxes(ops);
    expect(band.x).toBe(0);
    expect(band.width).toBe(1000);
    expect(band.y + band.height).toBe(600);
    expect(key.y + key.height).toBeLessThan(band.y);
    const lines = texts(ops).filter((t) => t.y > band.y);
    expect(lines).toHaveLength(3);
    expect(lines[2].text.endsWith('…')).toBe(true);
    for (const l of lines) expect(measure(l.text, l.px, 400)).toBeLessThanOrEqual(1000);
  });

  it('uses light text on dark panels for a black background', () => {
    const ops = layout({ dark: true });
    expect(texts(ops)[0].colour).toBe('#e8eaed');
    expect(boxes(ops)[0].fill).toMatch(/^rgba\(17, 19, 22/);
  });
});

describe('wrap', () => {
  it('breaks between words and keeps an over-long word whole', () => {
    expect(wrap('aa bb cc', 6 * 5, 10, 400, measure)).toEqual(['aa bb', 'cc']);
    expect(wrap('abcdefghij k', 12, 10, 400, measure)).toEqual(['abcdefghij', 'k']);
    expect(wrap('   ', 100, 10, 400, measure)).toEqual([]);
  });
});

describe('overlayLayout keeps the key off the drawn block', () => {
  const keyBox = (ops: DrawOp[]) => {
    const b = boxes(ops)[1];
    if (b?.kind !== 'box') throw new Error('no key box');
    return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
  };
  const clear = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
    a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

  it('stays a bottom-right column where the block leaves the corner free', () => {
    const structure = { left: 300, top: 100, right: 700, bottom: 500 };
    const ops = layout({ structure });
    expect(keyBox(ops)).toEqual(keyBox(layout()));
    expect(clear(keyBox(ops), structure)).toBe(true);
  });

  it('becomes a row under a block that reaches the corner, items side by side', () => {
    const structure = { left: 150, top: 70, right: 950, bottom: 540 };
    const ops = layout({ structure });
    const key = keyBox(ops);
    expect(clear(key, structure)).toBe(true);
    expect(key.bottom).toBeLessThanOrEqual(600);
    // One line: every swatch at the same height, left to right.
    const swatches = ops.filter((o) => o.kind === 'swatch');
    expect(new Set(swatches.map((s) => s.cy)).size).toBe(1);
    expect(swatches[0].cx).toBeLessThan(swatches[1].cx);
  });

  it('goes top right when the bottom is covered, clear of the title', () => {
    const structure = { left: 150, top: 200, right: 950, bottom: 590 };
    const ops = layout({ structure });
    const key = keyBox(ops);
    const [title] = boxes(ops);
    expect(clear(key, structure)).toBe(true);
    expect(
      clear(key, {
        left: title.x,
        top: title.y,
        right: title.x + title.width,
        bottom: title.y + title.height,
      }),
    ).toBe(true);
    expect(key.top).toBeLessThan(20);
  });
});
