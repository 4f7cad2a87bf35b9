import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseChannelArgs } from '../../src/cli/inspect-channels';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'channels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inspect(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/inspect.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('npm warn'))
    .join('\n');
  return { status: r.status, stdout: r.stdout, stderr };
}

/** Rock salt NaCl: Na⁺ in every octahedral hole of Cl⁻ (a file with no catalogue entry). */
const ROCKSALT = `data_NaCl
_cell_length_a 5.64
_cell_length_b 5.64
_cell_length_c 5.64
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90
_space_group_name_H-M_alt 'F m -3 m'
_space_group_IT_number 225
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy
Na1 Na+ 0 0 0 1
Cl1 Cl- 0.5 0.5 0.5 1
`;

describe('inspect --channels', { timeout: 60_000 }, () => {
  it('prints the documented JSON for α-MnO2', () => {
    const { status, stdout, stderr } = inspect(['structures/alpha-MnO2.cif', '--channels']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['radii', 'mobile', 'Di', 'Df', 'channels', 'sites', 'fits']);
    expect(out.radii).toEqual({ Mn: 0.53, O: 1.4 });
    expect(out.mobile).toContain('K');
    expect(Object.keys(out.Df)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(out.channels[0])).toEqual([
      'dimensionality',
      'directions',
      'Df',
      'Di',
      'bottleneck',
      'name',
    ]);
    expect(out.channels[0]).toMatchObject({
      dimensionality: 1,
      directions: [[0, 0, 1]],
      name: '2×2',
    });
    expect(out.channels[0].Df).toBe(out.Df.c);
    expect(Object.keys(out.sites[0])).toEqual(['position', 'wyckoff', 'radius', 'neighbours']);
    expect(out.sites[0]).toMatchObject({ position: [0, 0, 0.5], wyckoff: '2b' });
    expect(out.sites[0].neighbours).toHaveLength(8);
    // §2's shape all the way down: each neighbour is {element, distance}, each fit {passes, fitsSite}.
    for (const n of out.sites[0].neighbours)
      expect(Object.keys(n)).toEqual(['element', 'distance']);
    expect(out.sites[0].neighbours[0].element).toBe('O');
    for (const f of Object.values(out.fits) as object[])
      expect(Object.keys(f)).toEqual(['passes', 'fitsSite']);
    expect(out.channels.every((c: { bottleneck: number[] }) => c.bottleneck.length === 3)).toBe(
      true,
    );
    expect(Object.keys(out.fits)).toEqual(['Li+', 'Na+', 'K+', 'Mg2+', 'Zn2+', 'Ca2+', 'Al3+']);
    expect(out.fits['K+']).toEqual({ passes: false, fitsSite: true });
  });

  it('takes the probe, the mobile ions and the radius table from the command line', () => {
    const file = path.join(dir, 'NaCl.cif');
    writeFileSync(file, ROCKSALT);
    const keepNa = JSON.parse(inspect([file, '--channels', '--mobile', 'none']).stdout);
    expect(keepNa.mobile).toEqual([]);
    expect(keepNa.radii).toEqual({ Na: 1.02, Cl: 1.81 });
    // With Na⁺ in the framework, the tetrahedral hole (¼,¼,¼, 8c) is left: a√3/4 − r(Cl⁻).
    expect(keepNa.sites[0]).toMatchObject({ position: [0.25, 0.25, 0.25], wyckoff: '8c' });
    expect(keepNa.sites[0].radius).toBeCloseTo((5.64 * Math.sqrt(3)) / 4 - 1.81, 3);
    const empty = JSON.parse(inspect([file, '--channels', '--probe', '0.3']).stdout);
    expect(empty.mobile).toContain('Na');
    // Without Na⁺: the octahedral hole at 0,0,0 is a site of a·½ − r(Cl⁻) = 1.01 Å.
    expect(empty.sites[0].position).toEqual([0, 0, 0]);
    expect(empty.sites[0].wyckoff).toBe('4a');
    expect(empty.sites[0].radius).toBeCloseTo(5.64 / 2 - 1.81, 3);
    expect(empty.sites[0].neighbours).toHaveLength(6);
    const cov = JSON.parse(inspect([file, '--channels', '--radii', 'covalent']).stdout);
    expect(cov.radii.Cl).toBe(1.02); // Cordero et al. 2008
  });

  it('rejects bad options with a message', () => {
    const r = inspect(['structures/alpha-MnO2.cif', '--channels', '--probe', 'wide']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--probe: expected a radius/);
    expect(parseChannelArgs(['x.cif', '--channels', '--radii', 'vdw']).ok).toBe(false);
    expect(parseChannelArgs(['x.cif', '--mobile', 'na']).ok).toBe(false);
    const good = parseChannelArgs(['x.cif', '--channels', '--probe=0.3', '--mobile', 'Na,K']);
    expect(good.ok && good.value).toEqual({
      file: 'x.cif',
      probe: 0.3,
      mobile: ['Na', 'K'],
      radii: 'shannon',
    });
  });
});
