import { describe, expect, it } from 'vitest';
import { stateFromSearch } from '../../src/app/url-state';
import { CATALOGUE, catalogueEntry, STRUCTURE_IDS } from '../../src/state/catalogue';
import { paneView, parseCompareIds, tunnelAxis, viewInSetting } from '../../src/state/compare';
import { historyEntryKey } from '../../src/state/history-entry';
import { parseViewUrl, viewStateToSearch } from '../../src/state/url';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';

const FAMILY = 'beta-MnO2,ramsdellite,alpha-MnO2,todorokite';

function entry(id: string) {
  const e = catalogueEntry(id);
  if (!e) throw new Error(`no catalogue entry ${id}`);
  return e;
}

describe('cmp= parsing', () => {
  it('reads 2 to 4 bundled ids in order, and the view as the panes’ direction', () => {
    const { state, notices } = parseViewUrl(`?cmp=${FAMILY}&view=001`, STRUCTURE_IDS);
    expect(notices).toEqual([]);
    expect(state.compare).toEqual({
      ids: ['beta-MnO2', 'ramsdellite', 'alpha-MnO2', 'todorokite'],
      view: [0, 0, 1],
    });
    // The single view keeps its own direction: leaving the comparison goes back there.
    expect(state.view).toEqual(DEFAULT_VIEW_STATE.view);
    expect(
      parseViewUrl('?view=010&cmp=O3-NaNiMnO2,P2-NaNiMnO2', STRUCTURE_IDS).state.compare,
    ).toEqual({ ids: ['O3-NaNiMnO2', 'P2-NaNiMnO2'], view: [0, 1, 0] });
    expect(parseViewUrl('?cmp=O3-NaNiMnO2,P2-NaNiMnO2', STRUCTURE_IDS).state.compare?.view).toBe(
      null,
    );
  });

  it('refuses an unknown id, one entry, more than four or a repeat, saying what to do', () => {
    const cases: [string, RegExp][] = [
      ['alpha-MnO2,gamma-MnO2', /no bundled structure has the id “gamma-MnO2”/],
      ['alpha-MnO2', /one structure given/],
      [`${FAMILY},K-hollandite`, /5 structures given/],
      ['alpha-MnO2,alpha-MnO2', /alpha-MnO2 is listed twice/],
      ['', /0 structures given/],
    ];
    for (const [value, why] of cases) {
      const problem = parseCompareIds(value, STRUCTURE_IDS);
      expect(typeof problem).toBe('string');
      expect(problem).toMatch(why);
      const { state, notices } = parseViewUrl(`?cmp=${value}&view=100`, STRUCTURE_IDS);
      expect(state.compare).toBe(null);
      // The fallback is the normal view, with the link's direction.
      expect(state.view).toEqual([1, 0, 0]);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/^Ignored URL parameter cmp=/);
      expect(notices[0]).toContain('list 2 to 4 bundled structures separated by commas');
      expect(notices[0]).toContain('showing the single view instead');
    }
  });

  it('writes the comparison back as it reads it; the single view’s camera stays out', () => {
    const { state } = stateFromSearch(`?cmp=${FAMILY}&view=001&bg=black`);
    const search = viewStateToSearch({ ...state, zoom: 2 }, { includeStructure: true });
    expect(search).toBe(`?cmp=${FAMILY}&view=001&bg=black`);
    const again = parseViewUrl(search, STRUCTURE_IDS).state;
    expect(again.compare).toEqual(state.compare);
    const own = stateFromSearch('?cmp=O3-NaNiMnO2,P2-NaNiMnO2').state;
    expect(viewStateToSearch(own, { includeStructure: true })).toBe('?cmp=O3-NaNiMnO2,P2-NaNiMnO2');
  });

  it('a comparison link leaves the single view at its structure’s own defaults', () => {
    const { state } = stateFromSearch(`?s=todorokite&cmp=${FAMILY}&view=001`);
    expect(state.structureId).toBe('todorokite');
    expect(state.view).toEqual(entry('todorokite').view);
    expect(state.compare?.view).toEqual([0, 0, 1]);
  });

  it('drops a scenario from a comparison link with a notice', () => {
    const { state, notices } = parseViewUrl(`?cmp=${FAMILY}&scn=k`, STRUCTURE_IDS, ['k']);
    expect(state.scenarioId).toBe(null);
    expect(notices[0]).toContain('compare view shows bundled structures');
  });

  it('entering and leaving a comparison are history entries', () => {
    const single = historyEntryKey(DEFAULT_VIEW_STATE, null);
    const cmp = historyEntryKey(
      { ...DEFAULT_VIEW_STATE, compare: { ids: ['a', 'b'], view: null } },
      null,
    );
    expect(cmp).not.toBe(single);
    expect(cmp).toContain('compare:a,b');
  });
});

describe('each structure’s own tunnel setting', () => {
  it('finds the tunnel axis: c for the tetragonal family, b for ramsdellite and todorokite', () => {
    expect(tunnelAxis(entry('beta-MnO2'))).toBe(2);
    expect(tunnelAxis(entry('alpha-MnO2'))).toBe(2);
    expect(tunnelAxis(entry('K-hollandite'))).toBe(2);
    expect(tunnelAxis(entry('todorokite'))).toBe(1); // from its textbook view
    expect(tunnelAxis(entry('ramsdellite'))).toBe(1);
    // Layered and cubic entries keep their standard settings.
    expect(tunnelAxis(entry('O3-NaNiMnO2'))).toBe(2);
    expect(tunnelAxis(entry('prussian-blue'))).toBe(2);
  });

  it('sends [001] down each tunnel, and keeps the axes right-handed', () => {
    for (const e of CATALOGUE.filter((c) => c.group === 'Tunnel oxides'))
      expect(paneView([0, 0, 1], e)).toEqual(e.view);
    expect(viewInSetting([0, 0, 1], 1)).toEqual([0, 1, 0]);
    expect(viewInSetting([1, 0, 0], 1)).toEqual([0, 0, 1]);
    expect(viewInSetting([0, 1, 0], 1)).toEqual([1, 0, 0]);
    expect(viewInSetting([1, 1, 0], 1)).toEqual([1, 0, 1]);
    expect(viewInSetting([1, 2, 3], 2)).toEqual([1, 2, 3]);
    expect(viewInSetting([0, 0, 1], 0)).toEqual([1, 0, 0]);
    // A cyclic relabelling: the images of a, b, c have determinant +1.
    for (const axis of [0, 1, 2] as const) {
      const [a, b, c] = [
        viewInSetting([1, 0, 0], axis),
        viewInSetting([0, 1, 0], axis),
        viewInSetting([0, 0, 1], axis),
      ];
      const det =
        a[0] * (b[1] * c[2] - b[2] * c[1]) -
        a[1] * (b[0] * c[2] - b[2] * c[0]) +
        a[2] * (b[0] * c[1] - b[1] * c[0]);
      expect(det).toBe(1);
    }
  });

  it('without a view each pane keeps its structure’s textbook view', () => {
    expect(paneView(null, entry('O3-NaNiMnO2'))).toEqual(entry('O3-NaNiMnO2').view);
    expect(paneView(null, entry('todorokite'))).toEqual([0, 1, 0]);
  });
});
