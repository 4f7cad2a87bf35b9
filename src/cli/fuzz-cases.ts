/**
 * Property-based and mutational fuzzing of the CIF reader (fast-check), shared by
 * `npm run fuzz` and a small seeded unit test.
 *
 * - Round trip: a generated valid CIF (random cell, a setting from moyo's 530, sites with
 *   random elements, coordinates and occupancies, several quoting styles) reads back as the
 *   crystal it was written from.
 * - Mutation: the same files truncated, with bytes flipped, lines swapped or repeated, huge
 *   numbers, NaN/Infinity and runs of quotes spliced in, give a result or a line-numbered
 *   error — never a throw — within a time bound proportional to their size.
 */
import fc from 'fast-check';
import { readCif } from '../crystal/read';
import { OVERFULL_SLACK } from '../crystal/site-copies';
import { opKey } from '../crystal/symmetry/identify';
import { HALL_NUMBER_COUNT, hallOperations } from '../crystal/symmetry/moyo';
import { formatOp } from '../crystal/symmetry/xyz';
import type { Site } from '../crystal/types';
import { expectedSites, type WrittenAtom } from './fuzz-merge';

/** ms allowed for any input (a busy machine pauses for GC), plus 5 s per MB of text. */
export const BASE_MS = 1000;
export const MS_PER_CHAR = 0.005;

const ELEMENTS = ['H', 'Li', 'O', 'Na', 'Mg', 'Al', 'Si', 'K', 'Ca', 'Ti', 'Mn', 'Fe', 'Co', 'Zr'];

export interface GeneratedSite {
  element: string;
  frac: [number, number, number];
  occupancy: number;
}

export interface GeneratedCif {
  text: string;
  hallNumber: number;
  cell: [number, number, number, number, number, number];
  sites: GeneratedSite[];
}

const quoteStyles = ['', "'", '"'] as const;

function quote(text: string, style: number): string {
  const q = quoteStyles[style % quoteStyles.length];
  return `${q}${text}${q}`;
}

/** A valid CIF from its parts; `style` picks quoting and tag spellings. */
export function writeCif(
  hallNumber: number,
  cell: GeneratedCif['cell'],
  sites: GeneratedSite[],
  style: number,
): string {
  const ops = hallOperations(hallNumber);
  if (!ops.ok) throw new Error(ops.error.message);
  const [a, b, c, alpha, beta, gamma] = cell;
  const oldTags = style % 2 === 0;
  const lines = [
    `data_fuzz${style}`,
    `_cell_length_a ${a.toFixed(4)}`,
    `_cell_length_b ${b.toFixed(4)}`,
    `_cell_length_c ${c.toFixed(4)}`,
    `_cell_angle_alpha ${alpha.toFixed(3)}`,
    `_cell_angle_beta ${beta.toFixed(3)}`,
    `_cell_angle_gamma ${gamma.toFixed(3)}`,
    'loop_',
    oldTags ? '_symmetry_equiv_pos_as_xyz' : '_space_group_symop.operation_xyz',
    ...ops.value.map((op) => quote(formatOp(op), style + 1)),
    'loop_',
    '_atom_site_label',
    '_atom_site_type_symbol',
    '_atom_site_fract_x',
    '_atom_site_fract_y',
    '_atom_site_fract_z',
    '_atom_site_occupancy',
    ...sites.map(
      (s, i) =>
        `${s.element}${i + 1} ${quote(s.element, style)} ${s.frac.map((v) => v.toFixed(6)).join(' ')} ${s.occupancy.toFixed(3)}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

const frac = fc.double({ min: 0, max: 0.999, noNaN: true });
const siteArb = fc.record({
  element: fc.constantFrom(...ELEMENTS),
  frac: fc.tuple(frac, frac, frac),
  occupancy: fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000),
});

/** Cells with angles between 60° and 120° that always close (checked by the reader too). */
const cellArb = fc.tuple(
  fc.double({ min: 3, max: 25, noNaN: true }),
  fc.double({ min: 3, max: 25, noNaN: true }),
  fc.double({ min: 3, max: 25, noNaN: true }),
  fc.double({ min: 75, max: 105, noNaN: true }),
  fc.double({ min: 75, max: 105, noNaN: true }),
  fc.double({ min: 75, max: 105, noNaN: true }),
);

export const generatedCifArb: fc.Arbitrary<GeneratedCif> = fc
  .record({
    hallNumber: fc.integer({ min: 1, max: HALL_NUMBER_COUNT }),
    cell: cellArb,
    sites: fc.array(siteArb, { minLength: 1, maxLength: 5 }),
    style: fc.nat(5),
  })
  .map(({ hallNumber, cell, sites, style }) => ({
    hallNumber,
    cell: cell as GeneratedCif['cell'],
    sites,
    text: writeCif(hallNumber, cell as GeneratedCif['cell'], sites, style),
  }));

/** The atoms as the reader sees them: the printed digits, labels as written. */
function writtenAtoms(sites: GeneratedSite[]): WrittenAtom[] {
  return sites.map((s, i) => ({
    label: `${s.element}${i + 1}`,
    element: s.element,
    occupancy: Math.round(Number(s.occupancy.toFixed(3)) * 1000),
    frac: s.frac.map((v) => Number(v.toFixed(6))) as [number, number, number],
  }));
}

function speciesText(species: Map<string, number> | Site['species']): string {
  const pairs =
    species instanceof Map
      ? [...species].map(([el, milli]) => [el, milli / 1000] as const)
      : species.map((sp) => [sp.element, sp.occupancy] as const);
  return pairs
    .map(([el, occ]) => `${el} ${Number(occ.toFixed(6))}`)
    .sort()
    .join(', ');
}

const OVERFULL = /^site "(.*)": occupancies sum to/;

/**
 * The crystal read back is the one written: cell, operator set, and the sites the reader's
 * merge rules make of the written atoms (fuzz-merge.ts) — each with its label, position,
 * elements and summed occupancies, and an overfull warning exactly where a total exceeds the
 * bound. Returns a reason when it is not, undefined when it is. A case whose merge the model
 * cannot call (a distance at a tolerance, a total at the bound) is passed to `onAmbiguous`
 * and not judged.
 */
export function roundTripProblem(
  g: GeneratedCif,
  onAmbiguous?: (why: string) => void,
): string | undefined {
  const r = readCif(g.text, 'fuzz.cif');
  if (!r.ok) {
    // A random cell can still be refused as flat; any other refusal is a failure.
    return /nearly flat/.test(r.error.message) ? undefined : `refused: ${r.error.message}`;
  }
  const [c] = r.value.crystals;
  const { a, b, c: cl, alpha, beta, gamma } = c.lattice;
  const back = [a, b, cl, alpha, beta, gamma];
  if (back.some((v, i) => Math.abs(v - g.cell[i]) > 1e-3)) return `cell ${back} ≠ ${g.cell}`;
  const ops = hallOperations(g.hallNumber);
  if (!ops.ok) return ops.error.message;
  const want = new Set(ops.value.map(opKey));
  const got = new Set(c.ops.map(opKey));
  if (want.size !== got.size || [...want].some((k) => !got.has(k))) return 'operators differ';
  const printed = g.cell.map((v, i) => Number(v.toFixed(i < 3 ? 4 : 3)));
  // The reader's operator order decides which of two near images an orbit keeps.
  const model = expectedSites(printed, c.ops, writtenAtoms(g.sites));
  if (!model.ok) {
    onAmbiguous?.(model.ambiguous);
    return undefined;
  }
  const labels = (sites: { label: string }[]) => sites.map((s) => s.label).join(' ');
  if (c.sites.length !== model.sites.length) {
    return `sites ${labels(c.sites)} read, ${labels(model.sites)} expected`;
  }
  const overfull = new Set(
    (r.warnings ?? []).map((w) => OVERFULL.exec(w.message)?.[1]).filter((l) => l !== undefined),
  );
  for (const want of model.sites) {
    const found = c.sites.find((s) => s.label === want.label);
    if (!found) return `site ${want.label} lost (read: ${labels(c.sites)})`;
    if (found.frac.some((v, j) => Math.abs(v - want.frac[j]) > 1e-9)) {
      return `position of ${want.label}`;
    }
    if (speciesText(found.species) !== speciesText(want.species)) {
      return `species of ${want.label}: ${speciesText(found.species)}, expected ${speciesText(want.species)}`;
    }
    let sum = 0;
    for (const v of want.species.values()) sum += v;
    if (overfull.has(want.label) !== sum > 1000 * (1 + OVERFULL_SLACK)) {
      return `overfull warning of ${want.label} (total ${sum / 1000})`;
    }
  }
  return undefined;
}

/** Text mutations in the styles real broken files show. */
const mutationArb = fc.oneof(
  fc.record({
    kind: fc.constant('truncate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('swap' as const),
    i: fc.double({ min: 0, max: 1, noNaN: true }),
    j: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.constantFrom(
      '1e300',
      '-1e308',
      '1e400',
      'NaN',
      'Infinity',
      '?',
      '.',
      "'''''''''''",
      '"\'"\'"\'"\'"',
      ';\n',
      '\n;\n',
      'loop_',
      'data_',
      '_cell_length_a',
      'x,y,z',
      '0.000001',
      '179.999',
      '(((((((',
    ),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    times: fc.integer({ min: 2, max: 2000 }),
  }),
);

export type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

export function mutate(text: string, m: Mutation): string {
  const pos = (f: number) => Math.min(text.length, Math.floor(f * text.length));
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'flip': {
      const p = pos(m.at);
      return `${text.slice(0, p)}${String.fromCharCode(m.byte)}${text.slice(p + 1)}`;
    }
    case 'swap': {
      const lines = text.split('\n');
      const i = Math.floor(m.i * (lines.length - 1));
      const j = Math.floor(m.j * (lines.length - 1));
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'splice': {
      const p = pos(m.at);
      return `${text.slice(0, p)}${m.text}${text.slice(p)}`;
    }
    case 'repeat': {
      const lines = text.split('\n');
      const i = Math.floor(m.at * (lines.length - 1));
      lines.splice(i, 0, ...Array<string>(m.times).fill(lines[i]));
      return lines.join('\n');
    }
  }
}

export const mutatedCifArb = fc
  .tuple(generatedCifArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([g, ms]) => ms.reduce(mutate, g.text));

export interface CaseTiming {
  ms: number;
  chars: number;
}

/**
 * Reads one input; a reason when the reader threw, gave an error without a line, or took
 * longer than the size-proportional bound.
 */
export function robustnessProblem(
  text: string,
  timing?: (t: CaseTiming) => void,
): string | undefined {
  const t = performance.now();
  let r: ReturnType<typeof readCif>;
  try {
    r = readCif(text, 'mutated.cif');
  } catch (e) {
    return `threw: ${e instanceof Error ? e.stack : String(e)}`;
  }
  let ms = performance.now() - t;
  const bound = BASE_MS + MS_PER_CHAR * text.length;
  if (ms > bound) {
    // A GC pause or a busy machine does not repeat; a slow reader does: time it once more.
    const again = performance.now();
    readCif(text, 'mutated.cif');
    ms = Math.min(ms, performance.now() - again);
  }
  timing?.({ ms, chars: text.length });
  if (!r.ok && !(r.error.line !== undefined && r.error.line >= 1)) {
    return `error without a line: ${r.error.message}`;
  }
  if (ms > bound)
    return `took ${ms.toFixed(0)} ms for ${text.length} chars (bound ${bound.toFixed(0)} ms)`;
  return undefined;
}
