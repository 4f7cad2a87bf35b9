import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MNO2_BY, mno2Cif } from './cif-fixtures';

const ROOT = path.resolve(__dirname, '../..');
const SPAWN_TIMEOUT = 30_000; // ms: each case starts Node with tsx, slow on a busy machine
const dir = mkdtempSync(path.join(tmpdir(), 'inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inspect(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/inspect.ts', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // npm itself may warn about the machine's npmrc; that is not the CLI's output.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('npm warn'))
    .join('\n');
  return { file, status: r.status, stdout: r.stdout, stderr };
}

describe('inspect CLI', () => {
  it(
    'counts zero-occupancy atoms apart and warns once per skipped block',
    () => {
      const guest = mno2Cif(MNO2_BY.hm).replace(
        'O2 O2- 0.542 0.166 0 1',
        'O2 O2- 0.542 0.166 0 1\nLi1 Li+ 0 0 0.5 0',
      );
      const bad = mno2Cif(MNO2_BY.hm, 'broken').replace(
        '_cell_length_c 2.8548',
        '_cell_length_c ?',
      );
      const { status, stdout, stderr, file } = inspect('guest.cif', `${bad}${guest}`);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const [block] = JSON.parse(stdout).blocks;
      expect(block.name).toBe('alpha_MnO2');
      expect([block.positions, block.vacantPositions]).toEqual([24, 2]);
      expect(block.warnings).toEqual([
        `${file}:4: data_broken cannot be read (4: _cell_length_c is unknown (?) in data_broken): skipped`,
      ]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'prints the blocks of a CIF as JSON',
    () => {
      const text = `data_paper\n_publ_section_title 'none'\n${mno2Cif(MNO2_BY.hm)}`;
      const { status, stdout, stderr, file } = inspect('mno2.cif', text);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const out = JSON.parse(stdout);
      expect(Object.keys(out)).toEqual(['blocks']);
      const [block] = out.blocks;
      expect(Object.keys(block)).toEqual([
        'name',
        'spaceGroup',
        'lattice',
        'positions',
        'vacantPositions',
        'composition',
        'sites',
        'warnings',
      ]);
      expect(block.name).toBe('alpha_MnO2');
      expect(block.spaceGroup).toEqual({ symbol: 'I 4/m', number: 87 });
      expect(block.lattice).toEqual({
        a: 9.777,
        b: 9.777,
        c: 2.8548,
        alpha: 90,
        beta: 90,
        gamma: 90,
        volume: 272.8896, // 9.777² × 2.8548 Å³
      });
      expect(block.positions).toBe(24);
      expect(block.vacantPositions).toBe(0);
      expect(block.composition).toEqual({ Mn: 8, O: 16 });
      expect(block.sites[0]).toEqual({
        label: 'Mn1',
        species: [{ element: 'Mn', occupancy: 1 }],
        multiplicity: 8,
        wyckoff: '8h',
      });
      expect(block.sites.map((s: { wyckoff: string }) => s.wyckoff)).toEqual(['8h', '8h', '8h']);
      expect(block.warnings).toEqual([
        `${file}:1: data_paper holds no structure (no cell or no atom sites): skipped`,
      ]);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 1 with FILE:LINE: message on a broken file',
    () => {
      const text = mno2Cif(MNO2_BY.operators).replace("'y,-x,z'", "'y,-x,zz'");
      const { status, stdout, stderr, file } = inspect('broken.cif', text);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim()).toBe(
        `${file}:13: symmetry operator "y,-x,zz": cannot read the term "zz"`,
      );
    },
    SPAWN_TIMEOUT,
  );

  it(
    'rejects files it cannot read by extension',
    () => {
      const { status, stderr, file } = inspect('notes.txt', 'hello');
      expect(status).toBe(1);
      expect(stderr.trim()).toBe(`${file}: unsupported file type (expected .cif)`);
    },
    SPAWN_TIMEOUT,
  );
});
