import { describe, expect, it } from 'vitest';
import { stateFromSearch } from '../../src/app/url-state';
import { CATALOGUE, catalogueEntry, STRUCTURE_IDS } from '../../src/state/catalogue';
import {
  formatComparePose,
  MAX_PITCH,
  MAX_PITCH_DEGREES,
  paneView,
  parseCompareIds,
  parseCompareTurn,
  settledComparePose,
  tunnelAxis,
  viewInSetting,
} from '../../src/state/compare';
import { historyEntryKey, historyWrite } from '../../src/state/history-entry';
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

describe('the compare cameras in the link (turn=, zoom=)', () => {
  const DEG = Math.PI / 180;

  it('reads turn (degrees) and zoom into the comparison, not into the single view', () => {
    const { state, notices } = parseViewUrl(
      `?cmp=${FAMILY}&view=001&turn=-35.5,12.25&zoom=1.4`,
      STRUCTURE_IDS,
    );
    expect(notices).toEqual([]);
    const camera = state.compare?.camera;
    expect(camera?.yaw).toBeCloseTo(-35.5 * DEG, 12);
    expect(camera?.pitch).toBeCloseTo(12.25 * DEG, 12);
    expect(camera?.zoom).toBe(1.4);
    expect(state.zoom).toBe(DEFAULT_VIEW_STATE.zoom);
    // Either alone: the other at its default.
    expect(parseViewUrl(`?cmp=${FAMILY}&zoom=2`, STRUCTURE_IDS).state.compare?.camera).toEqual({
      yaw: 0,
      pitch: 0,
      zoom: 2,
    });
    const turnOnly = parseViewUrl(`?cmp=${FAMILY}&turn=10,0`, STRUCTURE_IDS).state.compare;
    expect(turnOnly?.camera?.zoom).toBe(1);
    // Without them no pose: every pane at its own frame.
    expect(parseViewUrl(`?cmp=${FAMILY}`, STRUCTURE_IDS).state.compare?.camera).toBeUndefined();
  });

  it('writes the settled pose back as it reads it, and nothing at the frames', () => {
    const search = `?cmp=${FAMILY}&view=001&turn=-35.5,12.25&zoom=1.4&bg=black`;
    const { state } = stateFromSearch(search);
    const written = viewStateToSearch(state, { includeStructure: true });
    expect(written).toBe(`?cmp=${FAMILY}&view=001&turn=-35.5,12.25&zoom=1.4&bg=black`);
    expect(parseViewUrl(written, STRUCTURE_IDS).state.compare).toEqual(state.compare);
    const compare = { ids: FAMILY.split(','), view: null };
    const at = (camera: { yaw: number; pitch: number; zoom: number } | null) =>
      viewStateToSearch(
        { ...DEFAULT_VIEW_STATE, compare: { ...compare, camera } },
        {
          includeStructure: true,
        },
      );
    expect(at(null)).toBe(`?cmp=${FAMILY}`);
    expect(at({ yaw: 0, pitch: 0, zoom: 1 })).toBe(`?cmp=${FAMILY}`);
    expect(at({ yaw: 0, pitch: 0, zoom: 0.5 })).toBe(`?cmp=${FAMILY}&zoom=0.5`);
  });

  it('rounds to 0.01° and 0.001 zoom, brings the yaw into −180…180, keeps the tilt in range', () => {
    expect(formatComparePose({ yaw: 0.123456, pitch: -0.5, zoom: 1.23456 })).toEqual({
      turn: '7.07,-28.65',
      zoom: '1.235',
    });
    expect(formatComparePose({ yaw: 370 * DEG, pitch: 0, zoom: 1 }).turn).toBe('10,0');
    expect(formatComparePose({ yaw: -190 * DEG, pitch: 0, zoom: 1 }).turn).toBe('170,0');
    expect(formatComparePose({ yaw: 180 * DEG, pitch: 0, zoom: 1 }).turn).toBe('180,0');
    expect(formatComparePose({ yaw: -1e-9, pitch: 1e-9, zoom: 1.0001 })).toEqual({
      turn: null,
      zoom: null,
    });
    // A tilt dragged to the limit is written so that the link reads it back.
    const top = formatComparePose({ yaw: 0, pitch: MAX_PITCH, zoom: 1 }).turn ?? '';
    expect(top).toBe(`0,${MAX_PITCH_DEGREES}`);
    expect(typeof parseCompareTurn(top)).toBe('object');
    // What the camera writes into the store is what a link brings back.
    const pose = settledComparePose({ yaw: 0.123456, pitch: -0.5, zoom: 1.23456 });
    expect(pose).not.toBeNull();
    if (!pose) return;
    const again = settledComparePose(pose);
    expect(again).toEqual(pose);
    expect(settledComparePose({ yaw: 2 * Math.PI, pitch: 0, zoom: 1 })).toBeNull();
  });

  it('refuses a bad turn or zoom with a notice, and keeps every pane at its frame', () => {
    const bad = [
      'abc',
      '10',
      '10,20,30',
      '10,',
      ',5',
      '1e2,0',
      'NaN,0',
      '181,0',
      '-180.5,0',
      `0,${MAX_PITCH_DEGREES + 0.01}`,
      '0,-90',
      '',
    ];
    for (const value of bad) {
      const { state, notices } = parseViewUrl(`?cmp=${FAMILY}&turn=${value}`, STRUCTURE_IDS);
      expect(state.compare?.camera, value).toBeUndefined();
      expect(notices, value).toHaveLength(1);
      expect(notices[0]).toMatch(/^Ignored URL parameter turn=.*: expected two angles in degrees/);
    }
    for (const value of ['0', '-1', '51', 'x', '']) {
      const { state, notices } = parseViewUrl(`?cmp=${FAMILY}&zoom=${value}`, STRUCTURE_IDS);
      expect(state.compare?.camera, value).toBeUndefined();
      expect(notices[0]).toMatch(/^Ignored URL parameter zoom=.*: expected a number from/);
    }
    // A good turn beside a bad zoom keeps the turn.
    const mixed = parseViewUrl(`?cmp=${FAMILY}&turn=20,10&zoom=big`, STRUCTURE_IDS);
    expect(mixed.notices).toHaveLength(1);
    expect(mixed.state.compare?.camera?.zoom).toBe(1);
    expect(mixed.state.compare?.camera?.yaw).toBeCloseTo(20 * DEG, 12);
  });

  it('turn= without a comparison is ignored with a notice; zoom= stays the single view’s', () => {
    const { state, notices } = parseViewUrl('?s=alpha-MnO2&turn=10,5&zoom=2', STRUCTURE_IDS);
    expect(state.zoom).toBe(2);
    expect(state.compare).toBeNull();
    expect(notices).toEqual(['Ignored URL parameter turn: it needs a comparison (cmp=…).']);
  });

  it('up= and pan= in a comparison are ignored with a notice that names turn=', () => {
    const both = parseViewUrl(`?cmp=${FAMILY}&view=001&up=010&pan=0.2,0.1`, STRUCTURE_IDS);
    expect(both.notices).toEqual([
      'Ignored URL parameters up and pan: the compare view turns its panes with turn=yaw,pitch.',
    ]);
    expect([both.state.up, both.state.pan]).toEqual([null, null]);
    expect(both.state.compare?.view).toEqual([0, 0, 1]);
    const up = parseViewUrl(`?cmp=${FAMILY}&up=010&turn=10,0`, STRUCTURE_IDS);
    expect(up.notices).toEqual([
      'Ignored URL parameter up: the compare view turns its panes with turn=yaw,pitch.',
    ]);
    expect(up.state.compare?.camera?.yaw).toBeCloseTo(10 * DEG, 12);
  });

  it('a settled camera refines the comparison’s history entry, as in the single view', () => {
    const base = { ...DEFAULT_VIEW_STATE, compare: { ids: FAMILY.split(','), view: null } };
    const entry = (s: typeof base) => ({
      key: historyEntryKey(s, null),
      search: viewStateToSearch(s, { includeStructure: true }),
    });
    const turned = { ...base, compare: { ...base.compare, camera: { yaw: 1, pitch: 0, zoom: 2 } } };
    expect(historyWrite(entry(base), entry(turned))).toBe('replace');
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
