import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/crystal/result';
import { parseScenarioText, validateScenario } from '../../src/insertion/scenario';
import { baseScenario, DOI_A } from './fixtures/insertion';

type Mutable = Record<string, any>;

/** A deep copy of the valid scenario with one change applied. */
function mutated(change: (s: Mutable) => void): unknown {
  const s = structuredClone(baseScenario()) as Mutable;
  change(s);
  return s;
}

function errorOf(json: unknown): string {
  const r = validateScenario(json, 'structures/k.scenario.json');
  if (r.ok) throw new Error('expected a validation error');
  expect(r.error.file).toBe('structures/k.scenario.json');
  return r.error.message;
}

describe('validateScenario: a valid file', () => {
  it('accepts the base scenario unchanged and without warnings', () => {
    const r = validateScenario(baseScenario(), 'k.scenario.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(baseScenario());
    expect(r.warnings).toEqual([]);
  });

  it('accepts an extraction scenario (x decreasing) with captions in that order', () => {
    const r = validateScenario(
      mutated((s) => {
        s.keyframes.reverse();
        s.captions = [
          { x: 2, text: 'full' },
          { x: 0.5, text: 'almost empty' },
        ];
      }),
      'k.scenario.json',
    );
    expect(r.ok).toBe(true);
  });

  it('warns about unknown fields, naming their path, and keeps the optional entry face', () => {
    const r = validateScenario(
      mutated((s) => {
        s.colour = 'red';
        s.keyframes[0].note = 'typo';
        s.entry = { axis: 'c', from: 'high' };
      }),
      'k.scenario.json',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.message)).toEqual([
      'colour: unknown field, ignored',
      'keyframes[0].note: unknown field, ignored',
    ]);
    expect(r.value.entry).toEqual({ axis: 'c', from: 'high' });
  });
});

describe('validateScenario: one error per malformed field', () => {
  const cases: [string, (s: Mutable) => void, string, RegExp][] = [
    [
      'empty object',
      (s) => {
        for (const k of Object.keys(s)) delete s[k];
      },
      'id',
      /^missing$/,
    ],
    ['missing title', (s) => delete s.title, 'title', /^missing$/],
    ['id wrong type', (s) => (s.id = 7), 'id', /^expected a string, found 7$/],
    ['id with spaces', (s) => (s.id = 'k test'), 'id', /^"k test" must be letters/],
    ['guest element', (s) => (s.guest.element = 'k+'), 'guest.element', /not an element symbol/],
    [
      'guest charge type',
      (s) => (s.guest.charge = '+1'),
      'guest.charge',
      /expected a number, found "\+1"/,
    ],
    ['empty guestSites', (s) => (s.guestSites = []), 'guestSites', /at least one site label/],
    [
      'duplicate guest site',
      (s) => (s.guestSites = ['K1', 'K1']),
      'guestSites[1]',
      /duplicate of guestSites\[0\] \(K1\)/,
    ],
    ['fullX zero', (s) => (s.fullX = 0), 'fullX', /^0 must be > 0$/],
    ['fullX negative', (s) => (s.fullX = -2), 'fullX', /^-2 must be > 0$/],
    [
      'formula without {x}',
      (s) => (s.formula = 'KMn8O16'),
      'formula',
      /must contain \{x\} exactly once/,
    ],
    [
      'keyframes not an array',
      (s) => (s.keyframes = {}),
      'keyframes',
      /expected an array, found an object/,
    ],
    ['one keyframe', (s) => s.keyframes.pop(), 'keyframes', /at least two keyframes, found 1/],
    ['keyframe x missing', (s) => delete s.keyframes[1].x, 'keyframes[1].x', /^missing$/],
    [
      'keyframe x string',
      (s) => (s.keyframes[1].x = '2'),
      'keyframes[1].x',
      /expected a number, found "2"/,
    ],
    [
      'keyframe x not monotonic',
      (s) => s.keyframes.push({ ...s.keyframes[0], x: 1 }),
      'keyframes[2].x',
      /strictly increase or strictly decrease.*2 then 1/,
    ],
    ['keyframe x repeated', (s) => (s.keyframes[1].x = 0), 'keyframes[1].x', /strictly increase/],
    [
      'keyframe x above fullX',
      (s) => (s.keyframes[1].x = 2.5),
      'keyframes[1].x',
      /2\.5 lies outside 0 … fullX \(2\)/,
    ],
    [
      'keyframe cif empty',
      (s) => (s.keyframes[0].cif = ' '),
      'keyframes[0].cif',
      /must not be empty/,
    ],
    [
      'keyframe DOI malformed',
      (s) => (s.keyframes[0].doi = 'doi.org/10.1/x'),
      'keyframes[0].doi',
      /not a DOI of the form 10\.xxxx\//,
    ],
    [
      'keyframe DOI with resolver',
      (s) => (s.keyframes[0].doi = `https://doi.org/${DOI_A}`),
      'keyframes[0].doi',
      /drop the resolver prefix/,
    ],
    [
      'keyframe DOI not in references',
      (s) => (s.keyframes[1].doi = '10.1000/unlisted'),
      'keyframes[1].doi',
      /10\.1000\/unlisted is not listed in references/,
    ],
    [
      'caption x outside range',
      (s) => (s.captions[1].x = 3),
      'captions[1].x',
      /3 lies outside the keyframe range 0 … 2/,
    ],
    [
      'captions out of order',
      (s) =>
        (s.captions = [
          { x: 1, text: 'a' },
          { x: 0.5, text: 'b' },
        ]),
      'captions[1].x',
      /increasing x.*1 then 0\.5/,
    ],
    ['caption text missing', (s) => delete s.captions[0].text, 'captions[0].text', /missing/],
    [
      'unknown fill kind',
      (s) => (s.fill = { kind: 'spiral' }),
      'fill.kind',
      /one of "sequence", "front", "random", found "spiral"/,
    ],
    ['front axis', (s) => (s.fill.axis = 'z'), 'fill.axis', /one of "a", "b", "c", found "z"/],
    [
      'random seed',
      (s) => (s.fill = { kind: 'random', seed: 1.5 }),
      'fill.seed',
      /1\.5 is not an integer/,
    ],
    [
      'sequence group unknown label',
      (s) => (s.fill = { kind: 'sequence', groups: [['K1', 'Na1']] }),
      'fill.groups[0][1]',
      /"Na1" is not a guest site \(guestSites: K1\)/,
    ],
    [
      'sequence label twice',
      (s) => (s.fill = { kind: 'sequence', groups: [['K1'], ['K1']] }),
      'fill.groups[1][0]',
      /already in fill\.groups\[0\]\[0\]/,
    ],
    [
      'sequence misses a site',
      (s) => {
        s.guestSites = ['K1', 'K2'];
        s.fill = { kind: 'sequence', groups: [['K1']] };
      },
      'fill.groups',
      /"K2" is in no group/,
    ],
    [
      'sequence empty group',
      (s) => (s.fill = { kind: 'sequence', groups: [[]] }),
      'fill.groups[0]',
      /non-empty array/,
    ],
    [
      'duplicate reference DOI',
      (s) => s.references.push({ doi: DOI_A.toUpperCase(), cite: 'again' }),
      'references[2].doi',
      /duplicate of references\[0\]/,
    ],
    [
      'reference cite wrong type',
      (s) => (s.references[0].cite = null),
      'references[0].cite',
      /expected a string, found null/,
    ],
    [
      'latticeTable x outside',
      (s) =>
        (s.latticeTable = [
          { x: 5, a: 10, b: 10, c: 2.9, alpha: 90, beta: 90, gamma: 90, doi: DOI_A },
        ]),
      'latticeTable[0].x',
      /5 lies outside the keyframe range/,
    ],
    [
      'latticeTable angle',
      (s) =>
        (s.latticeTable = [
          { x: 1, a: 10, b: 10, c: 2.9, alpha: 190, beta: 90, gamma: 90, doi: DOI_A },
        ]),
      'latticeTable[0].alpha',
      /190° must lie between/,
    ],
    [
      'latticeTable doi unlisted',
      (s) =>
        (s.latticeTable = [
          { x: 1, a: 10, b: 10, c: 2.9, alpha: 90, beta: 90, gamma: 90, doi: '10.1000/x' },
        ]),
      'latticeTable[0].doi',
      /not listed in references/,
    ],
    [
      'entry from',
      (s) => (s.entry = { axis: 'c', from: 'top' }),
      'entry.from',
      /one of "low", "high"/,
    ],
  ];

  for (const [name, change, path, reason] of cases) {
    it(`${name} → ${path}`, () => {
      const message = errorOf(mutated(change));
      expect(message.startsWith(`${path}: `)).toBe(true);
      expect(message.slice(path.length + 2)).toMatch(reason);
    });
  }

  it('rejects a non-object root with the root named', () => {
    expect(errorOf([1, 2])).toBe('expected an object, found an array (2 items)');
    expect(errorOf(null)).toBe('expected an object, found null');
  });
});

describe('parseScenarioText', () => {
  const text = JSON.stringify(baseScenario(), null, 2);

  it('parses and validates well-formed text', () => {
    const r = parseScenarioText(text, 'k.scenario.json');
    expect(r.ok && r.value).toEqual(baseScenario());
  });

  it('accepts a leading byte-order mark', () => {
    const r = parseScenarioText(`\uFEFF${text}`, 'k.scenario.json');
    expect(r.ok && r.value.id).toBe('k-test');
  });

  it('reports a JSON syntax error with its line', () => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('"fullX"'));
    lines[at] = lines[at].replace(',', ''); // missing comma after fullX
    const r = parseScenarioText(lines.join('\n'), 'k.scenario.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.line).toBe(at + 2); // the error shows where the next member begins
    expect(formatDiagnostic(r.error)).toMatch(
      new RegExp(`^k\\.scenario\\.json:${at + 2}: JSON syntax: expected ',' or '}' after "fullX"`),
    );
  });

  it('reports trailing commas, unterminated strings and an empty file', () => {
    const trailing = parseScenarioText('{\n "id": "x",\n}', 'f.json');
    expect(!trailing.ok && [trailing.error.line, trailing.error.message]).toEqual([
      3,
      `JSON syntax: expected a "key", found '}'`,
    ]);
    const open = parseScenarioText('{\n"id": "x\n}', 'f.json');
    expect(!open.ok && open.error.line).toBe(2);
    const empty = parseScenarioText('', 'f.json');
    expect(!empty.ok && empty.error.message).toBe(
      'JSON syntax: expected a value, found end of file',
    );
  });

  it('gives a field error the line of that field', () => {
    const bad = text.replace('"x": 2,', '"x": -1,');
    const line = bad.split('\n').findIndex((l) => l.includes('"x": -1')) + 1;
    const r = parseScenarioText(bad, 'k.scenario.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatDiagnostic(r.error)).toBe(
      `k.scenario.json:${line}: keyframes[1].x: -1 lies outside 0 … fullX (2)`,
    );
  });

  it('gives a missing field the line of its parent object', () => {
    const bad = JSON.stringify({ ...baseScenario(), guest: { element: 'K' } }, null, 2);
    const line = bad.split('\n').findIndex((l) => l.includes('"guest"')) + 1;
    const r = parseScenarioText(bad, 'k.scenario.json');
    expect(!r.ok && formatDiagnostic(r.error)).toBe(
      `k.scenario.json:${line}: guest.charge: missing`,
    );
  });

  it('rejects duplicate keys, which JSON.parse would silently merge', () => {
    const r = parseScenarioText('{"id": "a",\n"id": "b"}', 'f.json');
    expect(!r.ok && [r.error.line, r.error.message]).toEqual([
      2,
      'JSON syntax: duplicate key "id"',
    ]);
  });
});
