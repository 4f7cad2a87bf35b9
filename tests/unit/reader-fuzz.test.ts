/**
 * A small seeded run of `npm run fuzz`: generated CIFs round-trip, mutated ones give a result
 * or a line-numbered error within the size-proportional bound. The full run (10⁵ cases and the
 * 10⁶-row and 50 MB inputs) is `npm run fuzz`.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generatedCifArb,
  mutate,
  mutatedCifArb,
  robustnessProblem,
  roundTripProblem,
  writeCif,
} from '../../src/cli/fuzz-cases';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';

beforeAll(() => initMoyoNode());

const SEED = 20261201;

describe('CIF reader fuzzing (seeded)', () => {
  it('generated valid CIFs read back as written', () => {
    fc.assert(
      fc.property(generatedCifArb, (g) => roundTripProblem(g) === undefined),
      { numRuns: 60, seed: SEED },
    );
  }, 120_000);

  it('mutated CIFs never throw, always give a line, stay within the time bound', () => {
    fc.assert(
      fc.property(mutatedCifArb, (text) => robustnessProblem(text) === undefined),
      { numRuns: 60, seed: SEED },
    );
  }, 120_000);

  it('the checks can fail: a changed coordinate is caught, a throw is reported', () => {
    const sites = [
      { element: 'Mn', frac: [0.1, 0.2, 0.3] as [number, number, number], occupancy: 1 },
    ];
    const text = writeCif(1, [5, 5, 5, 90, 90, 90], sites, 0);
    const g = {
      text: text.replace('0.100000', '0.400000'),
      hallNumber: 1,
      cell: [5, 5, 5, 90, 90, 90] as [number, number, number, number, number, number],
      sites,
    };
    expect(roundTripProblem(g)).toBe('position of Mn1');
    expect(mutate('a\nb\nc', { kind: 'swap', i: 0, j: 1 })).toBe('c\nb\na');
  });
});
