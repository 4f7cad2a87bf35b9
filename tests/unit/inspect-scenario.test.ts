import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectScenario, parseScenarioArgs } from '../../src/cli/inspect-scenario';
import { baseScenario, hollanditeCif } from './fixtures/insertion';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'inspect-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(path.join(dir, 'empty.cif'), hollanditeCif('empty'));
writeFileSync(path.join(dir, 'full.cif'), hollanditeCif('full', { a: 10, c: 2.9, k1: 1 }));
const scenarioText = JSON.stringify(baseScenario(), null, 2);
const scenarioFile = path.join(dir, 'k.scenario.json');
writeFileSync(scenarioFile, scenarioText);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/inspect.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('npm warn'))
    .join('\n');
  return { status: r.status, stdout: r.stdout, stderr };
}

function run(x?: number, text = scenarioText) {
  const r = inspectScenario(
    x === undefined ? { file: scenarioFile } : { file: scenarioFile, x },
    text,
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Record<string, any>;
}

describe('inspect on a scenario (in process)', () => {
  it('without --x: title, guest and the keyframe CIFs joined with the scenario folder', () => {
    expect(run()).toEqual({
      title: 'K into a hollandite-like host',
      guest: { element: 'K', charge: 1 },
      keyframes: [
        { x: 0, file: path.join(dir, 'empty.cif') },
        { x: 2, file: path.join(dir, 'full.cif') },
      ],
    });
  });

  it('at a keyframe: that CIF cell and composition', () => {
    expect(run(2)).toEqual({
      x: 2,
      lattice: { a: 10, b: 10, c: 2.9, alpha: 90, beta: 90, gamma: 90, volume: 290 },
      composition: { Mn: 8, O: 16, K: 2 },
      guests: 2,
      positions: 26,
    });
  });

  it('between keyframes: interpolated cell, guests = round(x / fullX · positions per cell)', () => {
    const out = run(0.7);
    expect(out.lattice.a).toBeCloseTo(9.777 + 0.35 * (10 - 9.777), 6);
    expect(out.lattice.c).toBeCloseTo(2.8548 + 0.35 * (2.9 - 2.8548), 6);
    expect(out.composition).toEqual({ Mn: 8, O: 16, K: 0.7 });
    expect([out.guests, out.positions]).toEqual([1, 25]);
    expect(run(0.4).guests).toBe(0);
  });

  it('reads --x VALUE and --x=VALUE, and rejects bad arguments', () => {
    expect(parseScenarioArgs(['a.scenario.json', '--x', '1.5'])).toMatchObject({
      ok: true,
      value: { x: 1.5 },
    });
    expect(parseScenarioArgs(['--x=0.25', 'a.scenario.json'])).toMatchObject({
      ok: true,
      value: { x: 0.25 },
    });
    expect(parseScenarioArgs(['a.scenario.json', '--x', 'half'])).toMatchObject({
      ok: false,
      error: { message: '--x: expected a number, found half' },
    });
    expect(parseScenarioArgs(['a.scenario.json', '--y'])).toMatchObject({
      ok: false,
      error: { message: 'unknown option --y' },
    });
  });
});

// Each case starts tsx in a child process: seconds on a loaded two-core machine.
describe('inspect CLI on a scenario (subprocess)', { timeout: 60_000 }, () => {
  it('prints the frame at --x as one JSON line', () => {
    const r = cli(scenarioFile, '--x', '1');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['x', 'lattice', 'composition', 'guests', 'positions']);
    expect(out.composition).toEqual({ Mn: 8, O: 16, K: 1 });
    expect(out.lattice.volume).toBeCloseTo(((9.777 + 10) / 2) ** 2 * ((2.8548 + 2.9) / 2), 3);
  });

  it('exits 1 with FILE:LINE: field: reason for a bad scenario', () => {
    const bad = path.join(dir, 'bad.scenario.json');
    const text = scenarioText.replace('"fullX": 2', '"fullX": 0');
    writeFileSync(bad, text);
    const line = text.split('\n').findIndex((l) => l.includes('"fullX": 0')) + 1;
    const r = cli(bad, '--x', '1');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${bad}:${line}: fullX: 0 must be > 0`);
  });

  it('exits 1 naming the scenario for a missing keyframe CIF and x out of range', () => {
    const missing = path.join(dir, 'missing.scenario.json');
    writeFileSync(missing, scenarioText.replace('"full.cif"', '"gone.cif"'));
    const r = cli(missing);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${missing}: keyframes[1].cif: ${path.join(dir, 'gone.cif')} not found`);
    const out = cli(scenarioFile, '--x', '3');
    expect([out.status, out.stderr]).toEqual([
      1,
      `${scenarioFile}: --x 3 lies outside the keyframe range 0 … 2`,
    ]);
  });
});
