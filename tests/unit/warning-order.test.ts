import { describe, expect, it } from 'vitest';
import { warningsByImpact } from '../../src/app/warning-order';

describe('warnings in the view notice', () => {
  it('puts skipped atoms before notes that change nothing drawn, keeping order otherwise', () => {
    const notes = [
      { message: 'no _atom_site_occupancy column: occupancies taken as 1', line: 9 },
      { message: 'duplicate site label "O1" (first at line 12): both atoms kept', line: 14 },
      { message: 'atom "Zz1": type symbol "Zz" is not an element symbol: atom skipped', line: 20 },
      { message: 'atom "Q1": a centroid, dummy atom or Q peak, not an atom: skipped', line: 21 },
    ];
    expect(warningsByImpact(notes).map((w) => w.line)).toEqual([20, 21, 9, 14]);
  });
});
