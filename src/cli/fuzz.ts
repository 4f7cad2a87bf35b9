/**
 * `npm run fuzz [-- --runs N --seed S]`: fuzzes the CIF reader (see fuzz-cases.ts) and prints
 * one JSON object: cases run, failures, round trips whose merge the oracle left unjudged
 * (fuzz-merge.ts), cases per second and the slowest case. Also reads a
 * 10⁶-row atom loop and a 50 MB input once each. Exits 1 on any failure.
 */
import fc from 'fast-check';
import { initMoyoNode } from '../crystal/symmetry/moyo-node';
import {
  type CaseTiming,
  generatedCifArb,
  mutatedCifArb,
  robustnessProblem,
  roundTripProblem,
} from './fuzz-cases';

function option(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  return Number.isFinite(v) ? v : fallback;
}

function bigInputs(): string[] {
  const row = 'O1 O 0.1 0.2 0.3 1\n';
  const header =
    'data_big\n_cell_length_a 100\n_cell_length_b 100\n_cell_length_c 100\n_cell_angle_alpha 90\n_cell_angle_beta 90\n_cell_angle_gamma 90\n_space_group_IT_number 1\nloop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n_atom_site_occupancy\n';
  return [header + row.repeat(1_000_000), `${header}#${'x'.repeat(50 * 1024 * 1024)}\n`];
}

function main(argv: string[]): number {
  initMoyoNode();
  const runs = option(argv, '--runs', 100_000);
  const seed = option(argv, '--seed', 20261201);
  const failures: string[] = [];
  let slowest: CaseTiming & { kind: string } = { ms: 0, chars: 0, kind: '' };
  const note = (kind: string) => (t: CaseTiming) => {
    if (t.ms > slowest.ms) slowest = { ...t, kind };
  };
  const started = performance.now();
  const half = Math.ceil(runs / 2);
  const report = <T>(name: string, out: fc.RunDetails<T>) => {
    if (out.failed) failures.push(`${name}: ${fc.defaultReportMessage(out)}`);
  };
  let ambiguous = 0;
  const roundTrip = fc.property(generatedCifArb, (g) => {
    const t = performance.now();
    const problem = roundTripProblem(g, () => ambiguous++);
    note('round trip')({ ms: performance.now() - t, chars: g.text.length });
    return problem === undefined;
  });
  report('round trip', fc.check(roundTrip, { numRuns: half, seed }));
  const mutated = fc.property(
    mutatedCifArb,
    (text) => robustnessProblem(text, note('mutated')) === undefined,
  );
  report('mutated', fc.check(mutated, { numRuns: half, seed }));
  for (const text of bigInputs()) {
    const problem = robustnessProblem(text, note('large input'));
    if (problem) failures.push(`large input: ${problem}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cases = 2 * half + 2;
  process.stdout.write(
    `${JSON.stringify({
      cases,
      failures: failures.length,
      ambiguous,
      casesPerSecond: Math.round(cases / seconds),
      seconds: Number(seconds.toFixed(1)),
      seed,
      slowest: { ms: Number(slowest.ms.toFixed(1)), chars: slowest.chars, kind: slowest.kind },
      failed: failures,
    })}\n`,
  );
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
