import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'inspect-lesson-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('npm run inspect -- FILE.lesson.json', { timeout: 60_000 }, () => {
  it('prints title and steps with captions as Unicode and states as URL parameters', () => {
    const r = cli('structures/k-into-alpha-mno2.lesson.json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.title).toBe('K⁺ into α-MnO₂');
    expect(json.steps[0]).toEqual({
      index: 1,
      caption: expect.stringContaining('Empty α-MnO₂ down c'),
      state: { s: 'alpha-MnO2', sc: '2x2x2', view: '001' },
    });
    expect(json.steps[2].state).toEqual({
      scn: 'k-alpha-mno2',
      x: '0',
      sc: '2x2x4',
      view: '1,1,16',
    });
    expect(json.steps[2].play).toEqual({ from: 0, to: 1.42, seconds: 8 });
    expect(json.steps[2].caption).toContain('K⁺ slides in');
  });

  it('a bad lesson exits 1 with file, line, step, field and reason', () => {
    const file = path.join(dir, 'bad.lesson.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          title: 'x',
          steps: [
            { structure: 'beta-MnO2', caption: 'a' },
            { structure: 'nope', caption: 'b' },
          ],
        },
        null,
        2,
      ),
    );
    const r = cli(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^${file}:9: step 2: structure: no bundled structure has the id "nope"`),
    );
  });

  it('a CIF step is checked beside the lesson', () => {
    const file = path.join(dir, 'cif.lesson.json');
    writeFileSync(file, JSON.stringify({ title: 'x', steps: [{ cif: 'mine.cif', caption: 'a' }] }));
    expect(cli(file).stderr).toMatch(/step 1: cif: no file "mine.cif" beside the lesson/);
    writeFileSync(path.join(dir, 'mine.cif'), 'data_x\n');
    const ok = cli(file);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).steps[0].state.cif).toBe('mine.cif');
  });
});
