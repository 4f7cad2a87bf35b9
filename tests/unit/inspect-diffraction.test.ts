import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffractionJson, parseDiffractionArgs } from '../../src/cli/inspect-diffraction';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { scatterersFromCrystal } from '../../src/diffraction/scatterers';
import { bundled } from './diffraction-fixtures';

const ROOT = path.resolve(__dirname, '../..');

beforeAll(() => initMoyoNode());

/**
 * What the command prints for a bundled CIF, computed in-process by the same function (the
 * cases that start the real CLI are kept few: each costs seconds on a busy machine).
 */
function json(name: string, ...args: string[]) {
  const d = parseDiffractionArgs(args);
  if (!d.ok || !d.value.request) throw new Error('bad arguments');
  const sc = scatterersFromCrystal(bundled(name), { adp: d.value.adp });
  return JSON.parse(JSON.stringify(diffractionJson(sc, d.value.request)));
}

function inspect(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/inspect.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => l && !l.startsWith('npm warn'))
    .join('\n');
  return { status: r.status, stdout: r.stdout, stderr };
}

// Each case starts the CLI (tsx) once or twice: seconds each on a busy machine.
describe('inspect --xrd / --saed / --stem', { timeout: 30_000 }, () => {
  it('--xrd prints wavelength and peaks with twoTheta, d, intensity, hkl, multiplicity', () => {
    const { status, stdout, stderr } = inspect('structures/alpha-MnO2.cif', '--xrd');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['wavelength', 'peaks']);
    expect(out.wavelength).toBe(1.5406);
    expect(Object.keys(out.peaks[0])).toEqual([
      'twoTheta',
      'd',
      'intensity',
      'hkl',
      'multiplicity',
    ]);
    expect(out.peaks[0]).toMatchObject({ d: 6.91338, hkl: [[1, 1, 0]], multiplicity: 4 });
    expect(Math.max(...out.peaks.map((p: { intensity: number }) => p.intensity))).toBe(100);
    expect(out.peaks.every((p: { intensity: number }) => p.intensity >= 0.1)).toBe(true);
  });

  it('--saed U,V,W prints zone, lambda and spots with hkl, g, d, intensity', () => {
    const out = json('alpha-MnO2', '--saed', '0,0,1', '--gmax', '0.5');
    expect(Object.keys(out)).toEqual(['zone', 'lambda', 'spots']);
    expect(out.zone).toEqual([0, 0, 1]);
    expect(out.lambda).toBeCloseTo(0.025079, 6);
    expect(Object.keys(out.spots[0])).toEqual(['hkl', 'g', 'd', 'intensity']);
    expect(out.spots[0].intensity).toBe(100);
    expect(out.spots.every((s: { g: number[] }) => Math.hypot(s.g[0], s.g[1]) <= 0.5)).toBe(true);
  });

  it('--stem U,V,W prints zone, columns (position, elements, intensity) and repeat', () => {
    const out = json('K-hollandite', '--stem', '0,0,1');
    expect(Object.keys(out)).toEqual(['zone', 'columns', 'repeat']);
    expect(Object.keys(out.columns[0])).toEqual(['position', 'elements', 'intensity']);
    const k = out.columns.filter((c: { elements: Record<string, number> }) => c.elements.K);
    expect(k).toHaveLength(2);
    expect(out.repeat).toEqual([
      [9.777, 0],
      [0, 9.777],
    ]);
  });

  it('--adp none changes intensities, not positions', () => {
    const a = json('beta-MnO2', '--xrd');
    const b = json('beta-MnO2', '--xrd', '--adp', 'none');
    expect(a.peaks.map((p: { twoTheta: number }) => p.twoTheta)).toEqual(
      b.peaks.map((p: { twoTheta: number }) => p.twoTheta),
    );
    expect(a.peaks.at(-1).intensity).not.toBe(b.peaks.at(-1).intensity);
  });

  it('--foil NM [--shape] weights the spots and says so; --ions changes XRD intensities only', () => {
    const out = json('alpha-MnO2', '--saed', '0,0,1', '--foil', '20', '--shape', 'lorentzian');
    expect(Object.keys(out)).toEqual(['zone', 'lambda', 'foil', 'spots']);
    expect(out.foil).toEqual({ thickness: 20, shape: 'lorentzian' });
    expect(Object.keys(out.spots[0])).toEqual(['hkl', 'g', 'd', 'intensity', 's']);
    const flat = json('alpha-MnO2', '--saed', '0,0,1');
    const i = (o: typeof out, key: string) =>
      o.spots.find((q: { hkl: number[] }) => q.hkl.join() === key).intensity;
    expect(i(out, '8,0,0') / i(out, '2,0,0')).toBeLessThan(i(flat, '8,0,0') / i(flat, '2,0,0'));
    const neutral = json('alpha-MnO2', '--xrd');
    const ions = json('alpha-MnO2', '--xrd', '--ions');
    const list = (o: typeof out, key: string) => o.peaks.map((q: Record<string, number>) => q[key]);
    // The same reflections (a weak one may cross the 0.1 cut-off), other intensities.
    const at = new Set(list(ions, 'twoTheta'));
    for (const p of neutral.peaks.filter((q: { intensity: number }) => q.intensity >= 1))
      expect(at.has(p.twoTheta)).toBe(true);
    expect(list(ions, 'intensity')).not.toEqual(list(neutral, 'intensity'));
  });

  it('a scenario takes the same flags with --x', () => {
    const s = inspect('structures/k-alpha-mno2.scenario.json', '--x', '1.42', '--stem', '0,0,1');
    expect(s.status).toBe(0);
    const out = JSON.parse(s.stdout);
    const k = out.columns.find((c: { elements: Record<string, number> }) => c.elements.K);
    expect(k.elements.K).toBeCloseTo(0.71, 4);
  });

  it('explains bad options and exits 1', () => {
    const r = inspect('structures/k-alpha-mno2.scenario.json', '--saed', '0,0,1');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('--saed on a scenario needs --x VALUE');
  });
});

describe('parseDiffractionArgs', () => {
  const error = (...a: string[]) => {
    const r = parseDiffractionArgs(a);
    return r.ok ? null : r.error.message;
  };
  it('reads views, settings and named wavelengths', () => {
    const r = parseDiffractionArgs([
      'f.cif',
      '--xrd',
      '--wavelength=MoKa1',
      '--range',
      '10,60',
      '--ions',
    ]);
    expect(r.ok && r.value).toEqual({
      rest: ['f.cif'],
      request: { kind: 'xrd', ions: true, wavelength: 0.7093, range: [10, 60] },
      adp: 'file',
    });
    const s = parseDiffractionArgs(['--stem', '1,1,0', '--mode', 'abf', '--exponent', '0.7']);
    expect(s.ok && s.value.request).toEqual({
      kind: 'stem',
      zone: [1, 1, 0],
      mode: 'abf',
      exponent: 0.7,
    });
  });
  it('rejects what it cannot use, naming the option', () => {
    expect(error('--xrd', '--saed', '0,0,1')).toMatch(/one of --xrd, --saed, --stem/);
    expect(error('--saed', '0,0,0')).toMatch(/--saed: expected integer indices/);
    expect(error('--saed', '0.5,0,1')).toMatch(/--saed: expected integer indices/);
    expect(error('--xrd', '--range', '50,10')).toMatch(/--range/);
    expect(error('--xrd', '--wavelength', 'CuKb')).toMatch(/--wavelength: expected Å or one of/);
    expect(error('--stem', '0,0,1', '--mode', 'bf')).toMatch(/--mode: expected haadf or abf/);
    expect(error('--xrd', '--adp', 'zero')).toMatch(/--adp: only "none"/);
    expect(error('--gmax', '2')).toBe('--gmax needs --saed');
    expect(error('--saed', '0,0,1', '--shape', 'sinc2')).toBe('--shape needs --foil');
    expect(error('--saed', '0,0,1', '--foil', '20', '--shape', 'box')).toMatch(
      /--shape: expected sinc2 or lorentzian/,
    );
    expect(error('--saed', '0,0,1', '--foil', '-5')).toMatch(/--foil: expected a positive/);
  });
});
