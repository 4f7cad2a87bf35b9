/**
 * The export command end to end: it serves dist/, opens the link in headless Chromium and
 * writes the file the page's maker made; a bad option or URL parameter exits 1 naming it.
 * Each spawn starts its own Chromium, so the cases are few.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import { readCif } from '../../src/crystal/read';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { ROOT } from './harness';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const OUT = mkdtempSync(path.join(tmpdir(), 'export-command-'));

function exportCommand(...args: string[]) {
  const r = spawnSync(TSX, ['src/cli/export.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function compositionOf(text: string, file: string) {
  const r = readCif(text, file);
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  return composition(r.value.crystals[0]);
}

beforeAll(async () => {
  await initMoyoNode();
});
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('npm run export', () => {
  it('writes a CIF of the linked structure that reads back to the same composition', () => {
    const out = path.join(OUT, 'beta.cif');
    const r = exportCommand('--url', '?s=beta-MnO2&sc=2x2x2', '--format', 'cif', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]);
    expect(summary).toMatchObject({ out, format: 'cif', query: 's=beta-MnO2&sc=2x2x2' });
    expect(summary.bytes).toBe(statSync(out).size);
    const original = readFileSync(path.join(ROOT, 'structures/beta-MnO2.cif'), 'utf8');
    const back = compositionOf(readFileSync(out, 'utf8'), out);
    const expected = compositionOf(original, 'beta-MnO2.cif');
    expect(Object.keys(back).sort()).toEqual(['Mn', 'O']);
    for (const [element, count] of Object.entries(expected))
      expect(back[element], element).toBeCloseTo(count, 6);
  });

  it('exits 1 naming the URL parameter the app ignored, and writes nothing', () => {
    const out = path.join(OUT, 'bad-url.cif');
    const r = exportCommand('--url', 's=alpha-MnO2&style=wobbly', '--format', 'cif', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Ignored URL parameter style="wobbly"');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 naming a bad option before starting a browser', () => {
    const r = exportCommand(
      '--url',
      's=alpha-MnO2',
      '--format',
      'cif',
      '--out',
      'a.cif',
      '--fps',
      '30',
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('export: --fps applies to mp4/webm only, not cif');
  });
});
