import { describe, expect, it } from 'vitest';
import { historyEntryKey, historyWrite } from '../../src/state/history-entry';
import { parseViewUrl, viewStateToSearch } from '../../src/state/url';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/view-state';

const base = DEFAULT_VIEW_STATE;

describe('history entries', () => {
  it('a new structure, scenario, style or file is a new entry; camera and x are not', () => {
    const key = historyEntryKey(base, null);
    expect(historyEntryKey({ ...base, structureId: 'beta-MnO2' }, null)).not.toBe(key);
    expect(historyEntryKey({ ...base, scenarioId: 'k-alpha-mno2' }, null)).not.toBe(key);
    expect(historyEntryKey({ ...base, style: 'space-filling' }, null)).not.toBe(key);
    expect(historyEntryKey(base, 'mine.cif')).not.toBe(key);
    const turned: ViewState = { ...base, view: [1, 1, 0], zoom: 2, supercell: [3, 3, 3] };
    expect(historyEntryKey(turned, null)).toBe(key);
  });

  it('pushes on a new key, replaces on a new query, writes nothing otherwise', () => {
    expect(historyWrite({ key: 'a', search: '?x' }, { key: 'b', search: '?x' })).toBe('push');
    expect(historyWrite({ key: 'a', search: '?x' }, { key: 'a', search: '?y' })).toBe('replace');
    expect(historyWrite({ key: 'a', search: '?x' }, { key: 'a', search: '?x' })).toBe('none');
  });

  it('a user file is named in the link in place of the structure', () => {
    const search = viewStateToSearch({ ...base, file: 'my cell.cif' }, { includeStructure: true });
    expect(search).toContain('file=my+cell.cif');
    expect(search).not.toContain('s=');
    expect(parseViewUrl(search, ['alpha-MnO2']).state.file).toBe('my cell.cif');
  });
});
