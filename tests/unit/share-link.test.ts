/** Copy link and embed code: the view's link, a lesson in the fragment, the iframe's options. */
import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, shareLink } from '../../src/export/share-link';

const AT = { base: 'https://uni.example/ts/index.html', search: '?s=alpha-MnO2&sc=2x2x2&view=001' };
const OPTIONS = {
  width: 800,
  height: 450,
  controls: true,
  loop: false,
  transparent: false,
  title: 'Tunnelscope: α-MnO₂',
};

describe('shareLink', () => {
  it('is the view’s link, with a lesson of one’s own in the fragment', () => {
    expect(shareLink(AT, null)).toBe(`${AT.base}${AT.search}`);
    expect(shareLink(AT, 'eJxLTEoGAAJNASc')).toBe(`${AT.base}${AT.search}#lesson=eJxLTEoGAAJNASc`);
  });
});

describe('embed code', () => {
  it('adds embed=1 and only the options chosen', () => {
    const plain = new URL(embedUrl(AT, null, OPTIONS));
    expect(plain.searchParams.get('embed')).toBe('1');
    expect(plain.searchParams.get('s')).toBe('alpha-MnO2');
    for (const p of ['controls', 'loop', 'transparent'])
      expect(plain.searchParams.has(p)).toBe(false);
    const all = new URL(
      embedUrl(AT, null, { ...OPTIONS, controls: false, loop: true, transparent: true }),
    );
    expect(all.searchParams.get('controls')).toBe('0');
    expect(all.searchParams.get('loop')).toBe('1');
    expect(all.searchParams.get('transparent')).toBe('1');
  });

  it('drops presentation mode and keeps the lesson fragment', () => {
    const url = embedUrl(
      { ...AT, search: '?lesson=mno2-tunnels&step=2&present=1' },
      'abc',
      OPTIONS,
    );
    expect(url).toBe(`${AT.base}?lesson=mno2-tunnels&step=2&embed=1#lesson=abc`);
  });

  it('is one iframe with the size, an escaped src and a title', () => {
    const code = embedCode(AT, null, OPTIONS);
    expect(code).toBe(
      `<iframe src="${AT.base}?s=alpha-MnO2&amp;sc=2x2x2&amp;view=001&amp;embed=1" width="800" height="450" style="border:0" title="Tunnelscope: α-MnO₂" loading="lazy" allowfullscreen></iframe>`,
    );
    expect(embedCode(AT, null, { ...OPTIONS, width: 5, height: 1e9 })).toContain(
      'width="120" height="4096"',
    );
    expect(embedCode(AT, null, { ...OPTIONS, transparent: true })).toContain(
      'background:transparent',
    );
  });
});
