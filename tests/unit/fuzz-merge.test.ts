/**
 * The fuzz oracle's model of the reader's position merge (src/cli/fuzz-merge.ts), on the case
 * the full default fuzz run (seed 20261201) found, and on the merge rules it stands for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedCif, roundTripProblem, writeCif } from '../../src/cli/fuzz-cases';
import { expectedSites } from '../../src/cli/fuzz-merge';
import { hallOperations } from '../../src/crystal/symmetry/moyo';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';

beforeAll(() => initMoyoNode());

type Sites = GeneratedCif['sites'];
type Cell = GeneratedCif['cell'];

function generated(hallNumber: number, cell: Cell, sites: Sites): GeneratedCif {
  return { hallNumber, cell, sites, text: writeCif(hallNumber, cell, sites, 0) };
}

/** The model's sites as `label: element milli, …` for comparison. */
function modelled(hallNumber: number, cell: Cell, sites: Sites): string[] | string {
  const ops = hallOperations(hallNumber);
  if (!ops.ok) throw new Error(ops.error.message);
  const atoms = sites.map((s, i) => ({
    label: `${s.element}${i + 1}`,
    element: s.element,
    occupancy: Math.round(s.occupancy * 1000),
    frac: s.frac,
  }));
  const m = expectedSites(cell, ops.value, atoms);
  if (!m.ok) return m.ambiguous;
  return m.sites.map((s) => `${s.label}: ${[...s.species].map((e) => e.join(' ')).join(', ')}`);
}

const CELL_75: Cell = [3, 3, 3, 75, 75, 75];

/** Found by `npx tsx src/cli/fuzz.ts` (seed 20261201): two Ti 0.0003 Å apart, H with the first. */
const FOUND: Sites = [
  { element: 'Ti', frac: [0, 0, 0], occupancy: 0.479 },
  { element: 'H', frac: [0, 0, 0], occupancy: 0.063 },
  { element: 'Ti', frac: [0, 0.0001, 0], occupancy: 0.479 },
];

describe('fuzz oracle: the reader’s position merge', () => {
  it('the case the full run found round-trips: Ti3 repeats Ti1 on a full position', () => {
    // 0.479 + 0.063 + 0.479 = 1.021 > 1.02: the second Ti is the first written twice.
    expect(modelled(1, CELL_75, FOUND)).toEqual(['Ti1/H2: Ti 479, H 63']);
    expect(roundTripProblem(generated(1, CELL_75, FOUND))).toBeUndefined();
  });

  it('without the H the two Ti are one split site with the occupancies added', () => {
    const split = [FOUND[0], FOUND[2]];
    expect(modelled(1, CELL_75, split)).toEqual(['Ti1/Ti2: Ti 958']);
    expect(roundTripProblem(generated(1, CELL_75, split))).toBeUndefined();
  });

  it('a site on a symmetry image (P-1) joins the first: added at ½, dropped at 1', () => {
    const pair = (occupancy: number): Sites => [
      { element: 'Mn', frac: [0.1, 0.2, 0.3], occupancy },
      { element: 'Mn', frac: [0.9, 0.8, 0.7], occupancy },
    ];
    const cell: Cell = [5, 6, 7, 80, 95, 100];
    expect(modelled(2, cell, pair(0.5))).toEqual(['Mn1/Mn2: Mn 1000']);
    expect(modelled(2, cell, pair(1))).toEqual(['Mn1: Mn 1000']);
    expect(roundTripProblem(generated(2, cell, pair(0.5)))).toBeUndefined();
    expect(roundTripProblem(generated(2, cell, pair(1)))).toBeUndefined();
  });

  it('a wrong merge is caught: the file moves Ti3 away, the model still expects one site', () => {
    const g = generated(1, CELL_75, FOUND);
    const moved = { ...g, text: g.text.replace('0.000000 0.000100 0.000000', '0.5 0.5 0.5') };
    expect(roundTripProblem(moved)).toBe('sites Ti1/H2 Ti3 read, Ti1/H2 expected');
  });

  it('a total exactly at the overfull bound is left unjudged, with the reason', () => {
    const sites: Sites = [
      { element: 'Li', frac: [0.2, 0.2, 0.2], occupancy: 0.51 },
      { element: 'Li', frac: [0.2, 0.2, 0.2], occupancy: 0.51 },
    ];
    const why: string[] = [];
    expect(roundTripProblem(generated(1, CELL_75, sites), (w) => why.push(w))).toBeUndefined();
    expect(why).toEqual(['total 1.02 at the overfull bound']);
  });
});
