/**
 * A keyframe whose paper has no DOI anyone here has read cites it instead (the reference says
 * "DOI to be confirmed"); values the scenario models are listed with their tag; a formula can
 * carry a host element's count from the composition.
 */
import { describe, expect, it } from 'vitest';
import { formulaAt } from '../../src/insertion/formula';
import { validateScenario } from '../../src/insertion/scenario';
import { baseScenario } from './fixtures/insertion';

interface Mutable {
  keyframes: Record<string, unknown>[];
  references: { cite: string; doi?: string }[];
  modelled?: unknown[];
}

const UNREAD = 'A. Author, J. Nowhere 1 (1994) 2 (DOI to be confirmed)';

function withCitedKeyframe(change: (s: Mutable) => void = () => {}) {
  const s = structuredClone(baseScenario()) as unknown as Mutable;
  delete s.keyframes[1].doi;
  s.keyframes[1].cite = UNREAD;
  s.references.push({ cite: UNREAD });
  change(s);
  return validateScenario(s, 'k.scenario.json');
}

describe('keyframes without a read DOI', () => {
  it('accept a cite that a reference without a DOI carries', () => {
    const r = withCitedKeyframe();
    expect(r.ok ? '' : r.error.message).toBe('');
    if (r.ok) expect(r.value.keyframes[1]).toMatchObject({ cite: UNREAD });
  });

  it('refuse a cite no reference carries', () => {
    const r = withCitedKeyframe((s) => {
      s.keyframes[1].cite = 'someone else';
    });
    expect(r.ok ? '' : r.error.message).toMatch(/keyframes\[1\]\.cite.*not a cite in references/);
  });

  it('refuse a reference without a DOI unless it says the DOI is to be confirmed', () => {
    const r = withCitedKeyframe((s) => {
      s.references.push({ cite: 'B. Author, J. Somewhere 3 (2001) 4' });
    });
    expect(r.ok ? '' : r.error.message).toMatch(/references\[\d\]\.doi/);
  });
});

describe('modelled values', () => {
  it('are read with their tag, and a tag other than modelled/unverified is refused', () => {
    const note = { what: 'Li⁺ positions', tag: 'modelled', note: 'placed by a rule' };
    const r = withCitedKeyframe((s) => {
      s.modelled = [note];
    });
    expect(r.ok && r.value.modelled).toEqual([note]);
    const bad = withCitedKeyframe((s) => {
      s.modelled = [{ ...note, tag: 'guessed' }];
    });
    expect(bad.ok ? '' : bad.error.message).toMatch(/modelled\[0\]\.tag/);
  });
});

describe('formula templates', () => {
  it('fill {x} and a host element’s count from the composition', () => {
    expect(formulaAt('Li{x}Mn{Mn}O16', 2.72, { Mn: 6.64, O: 16, Li: 2.72 })).toBe(
      'Li2.72Mn6.64O16',
    );
    expect(formulaAt('Li{x}Mn{Mn}O16', 0, { Mn: 8, O: 16 })).toBe('Mn8O16');
    expect(formulaAt('K{x}Mn8O16', 1)).toBe('KMn8O16');
  });
});
