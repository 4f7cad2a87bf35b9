// Deliberately never initialises moyo: Vitest isolates test files, so the wasm is not loaded here.
import { describe, expect, it } from 'vitest';
import { parseCif } from '../../src/crystal/cif';
import { expandCell } from '../../src/crystal/expand';
import { interpretBlock } from '../../src/crystal/interpret';
import { spaceGroupFromHm, spaceGroupFromNumber } from '../../src/crystal/symmetry/lookup';
import { isMoyoReady } from '../../src/crystal/symmetry/moyo';
import { MNO2_BY, mno2Cif } from './cif-fixtures';

function block(text: string) {
  const doc = parseCif(text);
  if (!doc.ok) throw new Error(doc.error.message);
  return doc.value.blocks[0];
}

describe('without the space-group tables', () => {
  it('lookups return a clear error instead of throwing', () => {
    expect(isMoyoReady()).toBe(false);
    const hm = spaceGroupFromHm('I 4/m');
    expect(!hm.ok && hm.error.message).toBe('space-group tables not loaded');
    const n = spaceGroupFromNumber(87);
    expect(!n.ok && n.error.message).toBe('space-group tables not loaded');
  });

  it('a file that lists its operators still reads and expands', () => {
    const r = interpretBlock(block(mno2Cif(MNO2_BY.operators)));
    if (!r.ok) throw new Error(r.error.message);
    expect(expandCell(r.value).count).toBe(24);
  });

  it('a file that only names its group fails at the name, saying why', () => {
    const r = interpretBlock(block(mno2Cif(MNO2_BY.hm)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toBe(
        'space-group tables not loaded: cannot expand the named space group',
      );
      expect(r.error.line).toBe(8);
    }
  });
});
