import { describe, expect, it } from 'vitest';
import { parseViewUrl, viewStateToSearch } from '../../src/state/url';
import { DEFAULT_VIEW_STATE } from '../../src/state/view-state';

const IDS = ['alpha-MnO2'];

describe('URL: the microscope panel', () => {
  it('reads tem=stem,saed,xrd&mode=haadf and writes it back', () => {
    const { state, notices } = parseViewUrl('?s=alpha-MnO2&tem=stem,saed,xrd&mode=abf', IDS);
    expect(notices).toEqual([]);
    expect(state.tem).toEqual(['stem', 'saed', 'xrd']);
    expect(state.temMode).toBe('abf');
    const search = viewStateToSearch(state, { includeStructure: true });
    expect(new URLSearchParams(search).get('tem')).toBe('stem,saed,xrd');
    expect(new URLSearchParams(search).get('mode')).toBe('abf');
  });

  it('leaves tem and mode out of a link while the panel is closed', () => {
    const search = viewStateToSearch({ ...DEFAULT_VIEW_STATE }, { includeStructure: true });
    expect(search).not.toMatch(/tem=|mode=/);
  });

  it('ignores a bad list or mode with a notice naming it', () => {
    const { state, notices } = parseViewUrl('?tem=stem,tem&mode=bf', IDS);
    expect(state.tem).toEqual([]);
    expect(state.temMode).toBe('haadf');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/tem="stem,tem".*stem, saed, xrd/);
    expect(notices[1]).toMatch(/mode="bf".*haadf or abf/);
    expect(parseViewUrl('?tem=xrd,xrd', IDS).state.tem).toEqual([]);
  });
});
