/** `key=0` hides the colour key; the link writes it only when hidden. */
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
