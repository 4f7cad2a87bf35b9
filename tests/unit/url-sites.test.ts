import { describe, expect, it } from 'vitest';
import { parseViewUrl, viewStateToSearch } from '../../src/state/url';
import { DEFAULT_SITES_PROBE, DEFAULT_VIEW_STATE } from '../../src/state/view-state';
import { DEFAULT_PROBE } from '../../src/voids/analyse';
import { DEFAULT_MOBILE } from '../../src/voids/radii';

const IDS = ['alpha-MnO2'];

describe('URL: the Sites & channels panel', () => {
  it('defaults to the analysis’ own probe and mobile species', () => {
    expect(DEFAULT_SITES_PROBE).toBe(DEFAULT_PROBE);
    expect(DEFAULT_VIEW_STATE.mobile).toEqual([...DEFAULT_MOBILE]);
    expect(DEFAULT_VIEW_STATE.sites).toBe(false);
  });

  it('reads sites=1&probe=0.65&mobile=Na,K and writes it back', () => {
    const { state, notices } = parseViewUrl('?s=alpha-MnO2&sites=1&probe=0.65&mobile=Na,K', IDS);
    expect(notices).toEqual([]);
    expect(state.sites).toBe(true);
    expect(state.probe).toBe(0.65);
    expect(state.mobile).toEqual(['Na', 'K']);
    const back = new URLSearchParams(viewStateToSearch(state, { includeStructure: true }));
    expect(back.get('sites')).toBe('1');
    expect(back.get('probe')).toBe('0.65');
    expect(back.get('mobile')).toBe('Na,K');
  });

  it('mobile=none is the empty list, and round-trips', () => {
    const { state } = parseViewUrl('?sites=1&mobile=none', IDS);
    expect(state.mobile).toEqual([]);
    const back = new URLSearchParams(viewStateToSearch(state, { includeStructure: true }));
    expect(back.get('mobile')).toBe('none');
  });

  it('writes only sites=1 at the defaults, and nothing while the panel is shut', () => {
    const open = viewStateToSearch(
      { ...DEFAULT_VIEW_STATE, sites: true },
      { includeStructure: true },
    );
    expect(open).toMatch(/sites=1/);
    expect(open).not.toMatch(/probe=|mobile=/);
    const shut = viewStateToSearch(
      { ...DEFAULT_VIEW_STATE, probe: 1, mobile: ['K'] },
      { includeStructure: true },
    );
    expect(shut).not.toMatch(/sites=|probe=|mobile=/);
  });

  it('ignores bad values with a notice and keeps the defaults', () => {
    const { state, notices } = parseViewUrl('?sites=yes&probe=-1&mobile=Na,Kx', IDS);
    expect(state.sites).toBe(false);
    expect(state.probe).toBe(DEFAULT_PROBE);
    expect(state.mobile).toEqual([...DEFAULT_MOBILE]);
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/sites="yes".*1 or 0/);
    expect(notices[1]).toMatch(/probe="-1".*probe radius from 0 to 3 Å/);
    expect(notices[2]).toMatch(/mobile="Na,Kx".*"Kx" is not an element symbol/);
    for (const bad of [
      '?probe=abc',
      '?probe=',
      '?probe=3.5',
      '?mobile=',
      '?mobile=Na,Na',
      '?mobile=Qq',
    ])
      expect(parseViewUrl(bad, IDS).notices, bad).toHaveLength(1);
    expect(parseViewUrl('?probe=3', IDS).state.probe).toBe(3);
  });
});
