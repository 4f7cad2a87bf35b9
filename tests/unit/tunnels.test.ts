/**
 * Tunnel widths of the bundled tunnel oxides, measured from their atoms, checked against the
 * geometry written out by hand from each file's own coordinates, and the catalogue's tunnel
 * centres checked to be real tunnel axes (local maxima of the clearance).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandCell } from '../../src/crystal/expand';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { axisClearance, measureTunnels, type TunnelSpec } from '../../src/crystal/tunnels';
import type { CellAtoms, Crystal, Vec3 } from '../../src/crystal/types';
import { MAX_TUNNEL_LABELS, tunnelAnchors } from '../../src/scene/tunnel-anchors';
import { CATALOGUE } from '../../src/state/catalogue';

function load(id: string): { crystal: Crystal; cell: CellAtoms } {
  const text = readFileSync(new URL(`../../structures/${id}.cif`, import.meta.url), 'utf8');
  const r = readCif(text, id);
  if (!r.ok) throw new Error(r.error.message);
  const crystal = r.value.crystals[0];
  return { crystal, cell: expandCell(crystal) };
}

const site = (crystal: Crystal, label: string) => {
  const s = crystal.sites.find((x) => x.label === label);
  if (!s) throw new Error(`no site ${label}`);
  return s;
};

beforeAll(async () => {
  await initMoyoNode();
});

describe('tunnel widths', () => {
  it('α-MnO2: the 2×2 tunnel is bounded by O1, at a·√(x²+y²) from the axis through 0,0', () => {
    const { crystal, cell } = load('alpha-MnO2');
    const [x, y] = site(crystal, 'O1').frac;
    const expected = crystal.lattice.a * Math.hypot(x, y);
    const spec: TunnelSpec = { name: '2×2', axis: 2, centres: [[0, 0, 0]] };
    const [t] = measureTunnels(crystal, cell, [spec]);
    expect(t.clearance).toBeCloseTo(expected, 6);
    expect(t.across).toBeCloseTo(2 * expected, 6);
    expect(t.across).toBeCloseTo(4.995, 3); // Kijima et al. (2004) O1 (0.1552, 0.2029)
    // Free aperture: minus two Shannon O²⁻ (VI) radii of 1.40 Å.
    expect(t.free).toBeCloseTo(t.across - 2.8, 6);
  });

  it('β-MnO2: the 1×1 channel through ½,0 is a·√(u² + (½−u)²) from O on 4f (u,u,0)', () => {
    const { crystal, cell } = load('beta-MnO2');
    const u = site(crystal, 'O1').frac[0];
    const expected = crystal.lattice.a * Math.hypot(u, 0.5 - u);
    const [t] = measureTunnels(crystal, cell, [{ name: '1×1', axis: 2, centres: [[0.5, 0, 0]] }]);
    expect(t.clearance).toBeCloseTo(expected, 6);
    expect(t.across).toBeCloseTo(3.18, 2);
  });

  it('knows a tunnel with a cation in it from an empty one', () => {
    const spec: TunnelSpec = { name: '2×2', axis: 2, centres: [[0, 0, 0]] };
    const empty = load('alpha-MnO2');
    const filled = load('K-hollandite');
    expect(measureTunnels(empty.crystal, empty.cell, [spec])[0].occupied).toBe(false);
    expect(measureTunnels(filled.crystal, filled.cell, [spec])[0].occupied).toBe(true);
    const oneByOne: TunnelSpec = { name: '1×1', axis: 2, centres: [[0, 0.5, 0]] };
    expect(measureTunnels(filled.crystal, filled.cell, [oneByOne])[0].occupied).toBe(false);
  });

  it('the tunnels widen in the order 1×1 < 2×2 < 3×3', () => {
    const width = (id: string, name: string) => {
      const entry = CATALOGUE.find((e) => e.id === id);
      const { crystal, cell } = load(id);
      const sizes = measureTunnels(crystal, cell, entry?.tunnels ?? []);
      const t = sizes.find((s) => s.name === name);
      if (!t) throw new Error(`${id} has no ${name} tunnel`);
      return t.across;
    };
    const oneByOne = width('alpha-MnO2', '1×1');
    const twoByTwo = width('alpha-MnO2', '2×2');
    const threeByThree = width('todorokite', '3×3');
    expect(oneByOne).toBeLessThan(twoByTwo);
    expect(twoByTwo).toBeLessThan(threeByThree);
    expect(threeByThree).toBeCloseTo(7.85, 2); // as structures/README.md states for the file
  });
});

describe('the catalogue tunnel centres are tunnel axes', () => {
  const withTunnels = CATALOGUE.filter((e) => e.tunnels && e.tunnels.length > 0);

  it('every tunnel oxide in the picker declares its tunnels', () => {
    expect(withTunnels.map((e) => e.id).sort()).toEqual(
      ['K-hollandite', 'alpha-MnO2', 'beta-MnO2', 'todorokite'].sort(),
    );
  });

  for (const entry of withTunnels) {
    it(`${entry.id}: each centre is a local maximum of the clearance, copies alike`, () => {
      const { crystal, cell } = load(entry.id);
      for (const spec of entry.tunnels ?? []) {
        const [p, q] = ([0, 1, 2] as const).filter((k) => k !== spec.axis);
        const first = axisClearance(crystal, cell, spec.axis, spec.centres[0]);
        expect(first, `${spec.name} is open`).toBeGreaterThan(1.4); // wider than an O²⁻ radius
        for (const centre of spec.centres) {
          const here = axisClearance(crystal, cell, spec.axis, centre);
          expect(here, `${spec.name} copies`).toBeCloseTo(first, 6);
          // 0.02 of a cell (≈ 0.2 Å) in eight directions: every step narrows the opening.
          for (let k = 0; k < 8; k++) {
            const angle = (k * Math.PI) / 4;
            const moved: Vec3 = [...centre];
            moved[p] += 0.02 * Math.cos(angle);
            moved[q] += 0.02 * Math.sin(angle);
            expect(axisClearance(crystal, cell, spec.axis, moved)).toBeLessThan(here);
          }
        }
      }
    });
  }
});

describe('tunnel label anchors', () => {
  it('puts one label at every tunnel copy of a 2×2×2 hollandite block, faces included', () => {
    const { crystal, cell } = load('alpha-MnO2');
    const entry = CATALOGUE.find((e) => e.id === 'alpha-MnO2');
    const tunnels = measureTunnels(crystal, cell, entry?.tunnels ?? []);
    const anchors = tunnelAnchors(tunnels, [2, 2, 2]);
    const count = (name: string) => anchors.filter((a) => tunnels[a.tunnel].name === name).length;
    // 2×2 through 0,0 (3×3 copies on the 0…2 grid) and ½,½ (2×2 copies): 13, less the three
    // under the axis labels at 0,0, 1,0 and 0,1.
    expect(count('2×2')).toBe(10);
    const at = (p: number, q: number) => anchors.some((a) => a.frac[0] === p && a.frac[1] === q);
    expect(at(0, 0) || at(1, 0) || at(0, 1)).toBe(false);
    expect(at(1, 1) && at(2, 0) && at(0, 2)).toBe(true);
    // 1×1 through 0,½ and ½,0: 3×2 copies each.
    expect(count('1×1')).toBe(12);
    // Halfway along the tunnel (c), inside the block.
    for (const a of anchors) {
      expect(a.frac[2]).toBe(1);
      expect(Math.min(a.frac[0], a.frac[1])).toBeGreaterThanOrEqual(0);
      expect(Math.max(a.frac[0], a.frac[1])).toBeLessThanOrEqual(2);
    }
  });

  it('interior only: no copy on the outer faces of the block', () => {
    const { crystal, cell } = load('alpha-MnO2');
    const entry = CATALOGUE.find((e) => e.id === 'alpha-MnO2');
    const tunnels = measureTunnels(crystal, cell, entry?.tunnels ?? []);
    const anchors = tunnelAnchors(tunnels, [2, 2, 4], true);
    const names = anchors.map((a) => tunnels[a.tunnel].name);
    // 2×2: (1,1) and the four ½,½ copies; 1×1: (1,½), (1,1½), (½,1), (1½,1).
    expect(names.filter((n) => n === '2×2')).toHaveLength(5);
    expect(names.filter((n) => n === '1×1')).toHaveLength(4);
    for (const a of anchors) {
      expect(a.frac[2]).toBe(2);
      for (const k of [0, 1]) expect(a.frac[k] > 0 && a.frac[k] < 2).toBe(true);
    }
  });

  it('a large block has more anchors than the view will label', () => {
    const { crystal, cell } = load('alpha-MnO2');
    const entry = CATALOGUE.find((e) => e.id === 'alpha-MnO2');
    const tunnels = measureTunnels(crystal, cell, entry?.tunnels ?? []);
    expect(tunnelAnchors(tunnels, [8, 8, 1]).length).toBeGreaterThan(MAX_TUNNEL_LABELS);
  });
});
