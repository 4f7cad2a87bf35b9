import { describe, expect, it } from 'vitest';
import { parseViewUrl, viewStateToSearch } from '../../src/state/url';
import { parseSupercell, parseUvw } from '../../src/state/url-values';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';

const KNOWN = ['alpha-MnO2', 'beta-MnO2'];

describe('parseViewUrl', () => {
  it('restores structure, style, supercell and view from the link', () => {
    const { state, notices } = parseViewUrl(
      '?s=beta-MnO2&style=ball-and-stick&sc=2x2x3&view=110',
      KNOWN,
    );
    expect(notices).toEqual([]);
    expect(state.structureId).toBe('beta-MnO2');
    expect(state.style).toBe('ball-and-stick');
    expect(state.supercell).toEqual([2, 2, 3]);
    expect(state.view).toEqual([1, 1, 0]);
  });

  it('gives the defaults for an empty query', () => {
    expect(parseViewUrl('', KNOWN)).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });

  it('ignores each bad value with a notice naming the parameter, keeping the rest', () => {
    const { state, notices } = parseViewUrl(
      '?s=nope&sc=2x2&view=000&style=wire&proj=fish&sc2=1',
      KNOWN,
    );
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(notices).toHaveLength(6);
    expect(notices[0]).toContain('s="nope"');
    expect(notices[1]).toContain('sc="2x2"');
    expect(notices[1]).toContain('three whole numbers');
    expect(notices[2]).toContain('view="000"');
    expect(notices[3]).toContain('style="wire"');
    expect(notices[5]).toContain('unknown URL parameter sc2');
  });

  it('reads the tunnel-label switch, writes it only when off', () => {
    const { state } = parseViewUrl('?tunnels=0', KNOWN);
    expect(state.tunnelLabels).toBe(false);
    expect(viewStateToSearch(state, { includeStructure: false })).toContain('tunnels=0');
    const on = parseViewUrl('?tunnels=1', KNOWN).state;
    expect(on.tunnelLabels).toBe(true);
    expect(viewStateToSearch(on, { includeStructure: false })).not.toContain('tunnels');
    expect(parseViewUrl('?tunnels=maybe', KNOWN).notices[0]).toContain('tunnels="maybe"');
  });

  it('reads the alkali-polyhedra switch and writes it back', () => {
    const { state } = parseViewUrl('?alkali=1', KNOWN);
    expect(state.alkaliPolyhedra).toBe(true);
    expect(viewStateToSearch(state, { includeStructure: false })).toContain('alkali=1');
    expect(parseViewUrl('?alkali=yes', KNOWN).notices[0]).toContain('alkali="yes"');
  });

  it('reads and writes embed mode', () => {
    const { state, notices } = parseViewUrl('?s=alpha-MnO2&embed=1', KNOWN);
    expect(notices).toEqual([]);
    expect(state.embed).toBe(true);
    expect(viewStateToSearch(state, { includeStructure: true })).toContain('embed=1');
  });

  it('refuses supercells above the per-axis cap', () => {
    const { state, notices } = parseViewUrl('?sc=50x1x1', KNOWN);
    expect(state.supercell).toEqual(DEFAULT_VIEW_STATE.supercell);
    expect(notices[0]).toMatch(/at most 20/);
  });

  it('reads scenario, x and play, and drops x without a scenario', () => {
    const withScenario = parseViewUrl('?scn=k-alpha-mno2&x=0.42&play=1', KNOWN, ['k-alpha-mno2']);
    expect(withScenario.state.scenarioId).toBe('k-alpha-mno2');
    expect(withScenario.state.x).toBeCloseTo(0.42);
    expect(withScenario.state.playing).toBe(true);
    const without = parseViewUrl('?x=0.5', KNOWN, []);
    expect(without.state.x).toBeNull();
    expect(without.notices[0]).toMatch(/need a scenario/);
  });
});

describe('viewStateToSearch', () => {
  it('round-trips through parseViewUrl', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      structureId: 'beta-MnO2',
      supercell: [3, 1, 2] as [number, number, number],
      view: [1, -1, 0] as [number, number, number],
      projection: 'perspective' as const,
    };
    const search = viewStateToSearch(state, { includeStructure: true });
    expect(search).toBe('?s=beta-MnO2&sc=3x1x2&view=1%2C-1%2C0&proj=persp');
    expect(parseViewUrl(search, KNOWN).state).toEqual(state);
  });

  it('leaves the structure out for a user file but keeps supercell and view', () => {
    expect(viewStateToSearch(DEFAULT_VIEW_STATE, { includeStructure: false })).toBe(
      '?sc=2x2x2&view=001',
    );
  });
});

describe('camera in the link', () => {
  it('reads a free view direction, an up vector and a zoom', () => {
    const { state, notices } = parseViewUrl('?view=0.25,-1,0.5&up=0,0,1&zoom=1.5', KNOWN);
    expect(notices).toEqual([]);
    expect(state.view).toEqual([0.25, -1, 0.5]);
    expect(state.up).toEqual([0, 0, 1]);
    expect(state.zoom).toBe(1.5);
    expect(viewStateToSearch(state, { includeStructure: false })).toBe(
      '?sc=2x2x2&view=0.25%2C-1%2C0.5&up=001&zoom=1.5',
    );
  });

  it('leaves up and zoom out of the link while they are the defaults', () => {
    expect(viewStateToSearch(DEFAULT_VIEW_STATE, { includeStructure: false })).not.toMatch(
      /up=|zoom=/,
    );
  });

  it.each([
    ['zoom=0', 'zoom="0"'],
    ['zoom=100', 'zoom="100"'],
    ['zoom=big', 'zoom="big"'],
    ['up=0,0,0', 'up="0,0,0"'],
    ['view=1.5,a,0', 'view="1.5,a,0"'],
  ])('ignores %s with a notice', (query, quoted) => {
    const { state, notices } = parseViewUrl(`?${query}`, KNOWN);
    expect(notices[0]).toContain(quoted);
    expect(state.zoom).toBe(1);
    expect(state.up).toBeNull();
  });
});

describe('parseUvw and parseSupercell', () => {
  it.each([
    ['001', [0, 0, 1]],
    ['1-10', [1, -1, 0]],
    ['[111]', [1, 1, 1]],
    ['2,-1,10', [2, -1, 10]],
    ['1 1 0', [1, 1, 0]],
  ])('%s → %j', (text, uvw) => expect(parseUvw(text)).toEqual(uvw));

  it.each(['000', '12', 'abc', '1,2', '1--10', '1.5,0,0'])('rejects %s', (text) =>
    expect(parseUvw(text)).toBeNull(),
  );

  it('parses supercells and explains failures', () => {
    expect(parseSupercell('2x2x3')).toEqual([2, 2, 3]);
    expect(parseSupercell('1,2,3')).toEqual([1, 2, 3]);
    expect(parseSupercell('0x1x1')).toMatch(/at least 1/);
    expect(parseSupercell('a')).toMatch(/three whole numbers/);
  });
});

describe('palette and text size in the link', () => {
  it('reads palette=vesta|teaching, writes it only when not the default, rejects others', () => {
    const vesta = parseViewUrl('?palette=vesta', KNOWN);
    expect(vesta.notices).toEqual([]);
    expect(vesta.state.palette).toBe('vesta');
    expect(viewStateToSearch(vesta.state, { includeStructure: false })).toContain('palette=vesta');
    const teaching = parseViewUrl('?palette=teaching', KNOWN).state;
    expect(teaching.palette).toBe('teaching');
    expect(viewStateToSearch(teaching, { includeStructure: false })).not.toContain('palette');
    const bad = parseViewUrl('?palette=neon', KNOWN);
    expect(bad.state.palette).toBe(DEFAULT_VIEW_STATE.palette);
    expect(bad.notices[0]).toContain('palette="neon"');
    expect(bad.notices[0]).toContain('teaching, vesta');
  });

  it('reads text=1.5 as a text scale, writes it back, rejects out-of-range values', () => {
    const big = parseViewUrl('?text=1.5', KNOWN);
    expect(big.notices).toEqual([]);
    expect(big.state.textScale).toBe(1.5);
    expect(viewStateToSearch(big.state, { includeStructure: false })).toContain('text=1.5');
    expect(viewStateToSearch(DEFAULT_VIEW_STATE, { includeStructure: false })).not.toContain(
      'text=',
    );
    for (const v of ['0', '9', 'big', '']) {
      const r = parseViewUrl(`?text=${v}`, KNOWN);
      expect(r.state.textScale).toBe(1);
      expect(r.notices[0]).toContain(`text="${v}"`);
    }
  });
});
