/** Export-related link parameters: `key=0` hides the colour key; `loop=1`, `transparent=1` embed options. */
import { describe, expect, it } from 'vitest';
import { parseViewUrl, viewStateToSearch } from '../../src/state/url';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';

describe('key= in the link', () => {
  it('reads 0 and 1, rejects anything else with a notice', () => {
    expect(parseViewUrl('?key=0', ['alpha-MnO2']).state.colourKey).toBe(false);
    expect(parseViewUrl('?key=1', ['alpha-MnO2']).state.colourKey).toBe(true);
    const bad = parseViewUrl('?key=off', ['alpha-MnO2']);
    expect(bad.state.colourKey).toBe(true);
    expect(bad.notices).toEqual(['Ignored URL parameter key="off": expected 1 or 0.']);
  });

  it('is written only when the key is hidden', () => {
    const shown = viewStateToSearch(DEFAULT_VIEW_STATE, { includeStructure: true });
    expect(shown).not.toContain('key=');
    const hidden = viewStateToSearch(
      { ...DEFAULT_VIEW_STATE, colourKey: false },
      { includeStructure: true },
    );
    expect(new URLSearchParams(hidden).get('key')).toBe('0');
  });
});

describe('loop= and transparent= in the link (embed options)', () => {
  it('reads 0 and 1 and names a bad value', () => {
    const on = parseViewUrl(
      '?scn=k-alpha-mno2&loop=1&transparent=1',
      ['alpha-MnO2'],
      ['k-alpha-mno2'],
    );
    expect(on.notices).toEqual([]);
    expect(on.state.loop).toBe(true);
    expect(on.state.transparent).toBe(true);
    const bad = parseViewUrl('?loop=yes', ['alpha-MnO2']);
    expect(bad.state.loop).toBe(false);
    expect(bad.notices).toEqual(['Ignored URL parameter loop="yes": expected 1 or 0.']);
  });

  it('writes loop only for a scenario, transparent whenever it is on', () => {
    const scenario = { ...DEFAULT_VIEW_STATE, scenarioId: 'k-alpha-mno2', loop: true };
    expect(
      new URLSearchParams(viewStateToSearch(scenario, { includeStructure: true })).get('loop'),
    ).toBe('1');
    const structure = { ...DEFAULT_VIEW_STATE, loop: true, transparent: true };
    const search = new URLSearchParams(viewStateToSearch(structure, { includeStructure: true }));
    expect(search.has('loop')).toBe(false);
    expect(search.get('transparent')).toBe('1');
  });
});
