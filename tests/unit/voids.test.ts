/**
 * The channel and site analysis against values worked by hand from geometry and from the
 * bundled files' own coordinates.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandCell } from '../../src/crystal/expand';
import { latticeFromParams } from '../../src/crystal/lattice';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Crystal, Lattice } from '../../src/crystal/types';
import { analyse } from '../../src/voids/analyse';
import { FIT_IONS, siteGrade } from '../../src/voids/fit';
import { type AtomSet, atomsFromCrystal } from '../../src/voids/framework';

function load(id: string): { crystal: Crystal; atoms: AtomSet } {
  const text = readFileSync(new URL(`../../structures/${id}.cif`, import.meta.url), 'utf8');
  const r = readCif(text, id);
  if (!r.ok) throw new Error(r.error.message);
  const crystal = r.value.crystals[0];
  return { crystal, atoms: atomsFromCrystal(crystal, expandCell(crystal)) };
}

function lattice(a: number, b: number, c: number, al = 90, be = 90, ga = 90): Lattice {
  const r = latticeFromParams({ a, b, c, alpha: al, beta: be, gamma: ga });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const site = (crystal: Crystal, label: string) => {
  const s = crystal.sites.find((x) => x.label === label);
  if (!s) throw new Error(`no site ${label}`);
  return s;
};

const ion = (name: string) => {
  const i = FIT_IONS.find((x) => x.name === name);
  if (!i) throw new Error(name);
  return i;
};

beforeAll(() => initMoyoNode());

describe('simple cubic, one sphere per cell', () => {
  const a = 4; // Å
  const R = 1; // Å
  const atoms: AtomSet = {
    lattice: lattice(a, a, a),
    count: 1,
    frac: [0, 0, 0],
    element: ['Xe'],
    oxidation: [undefined],
  };
  const result = analyse(atoms, { radii: { Xe: R } });

  it('Di is the body diagonal gap: 2(a√3/2 − R)', () => {
    expect(result.Di).toBeCloseTo(2 * ((a * Math.sqrt(3)) / 2 - R), 4);
  });

  it('Df along each axis passes the face centre: 2(a/√2 − R)', () => {
    const df = 2 * (a / Math.SQRT2 - R);
    for (const k of ['a', 'b', 'c'] as const) expect(result.Df[k]).toBeCloseTo(df, 4);
  });

  it('is one 3D channel along all three axes', () => {
    expect(result.channels).toHaveLength(1);
    const [ch] = result.channels;
    expect(ch.dimensionality).toBe(3);
    expect(ch.directions.map((d) => d.join(',')).sort()).toEqual(['0,0,1', '0,1,0', '1,0,0']);
    expect(result.resolution.error).toBeLessThan(0.15);
  });

  it('a sphere that fills the cell leaves nothing open', () => {
    const closed = analyse(atoms, { radii: { Xe: 2.9 } });
    expect(closed.Df).toEqual({ a: 0, b: 0, c: 0 });
    expect(closed.channels.every((c) => c.dimensionality === 0)).toBe(true);
  });
});

describe('MnO2 tunnels, from the files’ own coordinates', () => {
  it('β-MnO2: the 1×1 bottleneck is a√((½−u)² + u²) − r(O²⁻) from the O on 4f (u,u,0)', () => {
    const { crystal, atoms } = load('beta-MnO2');
    const u = site(crystal, 'O1').frac[0];
    const clearance = crystal.lattice.a * Math.hypot(0.5 - u, u);
    const result = analyse(atoms, { probe: 0.1 });
    expect(result.Df.c).toBeCloseTo(2 * (clearance - 1.4), 4);
    const t = result.tunnels.find((x) => x.name === '1×1');
    expect(t?.Df).toBeCloseTo(2 * (clearance - 1.4), 4);
    expect(result.tunnels.map((x) => x.name)).toEqual(['1×1']);
  });

  it('α-MnO2: the 2×2 window is the O1–O1 width less two O²⁻ radii (1.40 Å)', () => {
    const { crystal, atoms } = load('alpha-MnO2');
    const [x, y] = site(crystal, 'O1').frac;
    const acrossOO = 2 * crystal.lattice.a * Math.hypot(x, y); // O1 at ±(x,y,0) about 0,0,0
    const result = analyse(atoms);
    const ch = result.channels[0];
    expect(ch.name).toBe('2×2');
    expect(ch.Df).toBeCloseTo(acrossOO - 2 * 1.4, 4);
    expect(result.Df.c).toBeCloseTo(acrossOO - 2 * 1.4, 4);
    // The window sits on the axis between two cages.
    expect(ch.bottleneck[0] % 1).toBeCloseTo(0, 6);
    expect(ch.bottleneck[1] % 1).toBeCloseTo(0, 6);
  });

  it('α-MnO2: the 2×2 cage centre is 2b, eight O1 at √(a²(x²+y²) + c²/4)', () => {
    const { crystal, atoms } = load('alpha-MnO2');
    const [x, y] = site(crystal, 'O1').frac;
    const { a, c } = crystal.lattice;
    const ko = Math.sqrt(a * a * (x * x + y * y) + (c * c) / 4);
    const result = analyse(atoms);
    const cage = result.sites[0];
    expect(cage.wyckoff).toBe('2b');
    expect(cage.copies).toHaveLength(2);
    expect(cage.radius).toBeCloseTo(ko - 1.4, 4);
    expect(result.Di).toBeCloseTo(2 * (ko - 1.4), 4);
    expect(cage.neighbours).toHaveLength(8);
    for (const n of cage.neighbours) expect(n.distance).toBeCloseTo(ko, 4);
    // One symmetry-distinct cage: no second site within the 2×2 tunnel at this probe.
    expect(result.channels[0].sites).toEqual([0]);
  });

  it('α-MnO2: K⁺ fits the 2×2 cage, not the 1×1 tunnel; Li⁺ passes the 2×2 windows', () => {
    const { atoms } = load('alpha-MnO2');
    const result = analyse(atoms, { probe: 0.2 });
    const inTunnel = (s: { position: number[] }, cx: number, cy: number) =>
      result.sites.length > 0 && Math.hypot(s.position[0] - cx, s.position[1] - cy) < 0.02;
    const cage = result.sites.find((s) => inTunnel(s, 0, 0));
    const small = result.sites.find((s) => s.copies.some((q) => inTunnel({ position: q }, 0, 0.5)));
    expect(cage && small).toBeTruthy();
    if (!cage || !small) return;
    expect(siteGrade(ion('K+'), cage.radius, cage.neighbours.length)).not.toBe('no');
    expect(siteGrade(ion('K+'), small.radius, small.neighbours.length)).toBe('no');
    expect(result.fits['Li+'].passes).toBe('fits');
    expect(result.fits['K+'].passes).toBe('no');
  });

  it('names the tunnels of every MnO2 polymorph from its structure', () => {
    const names = (id: string) => [...new Set(analyse(load(id).atoms).tunnels.map((t) => t.name))];
    expect(names('beta-MnO2')).toEqual(['1×1']);
    expect(names('ramsdellite')).toEqual(['1×2']);
    expect(names('alpha-MnO2')).toEqual(['2×2', '1×1']);
    expect(names('todorokite')).toEqual(['3×3', '1×1']);
  });
});

describe('dimensionality', () => {
  const widest = (id: string) => analyse(load(id).atoms).channels[0];

  it('layered oxides: 2, in the layer plane', () => {
    for (const id of ['P2-NaNiMnO2', 'O3-NaNiMnO2']) {
      const ch = widest(id);
      expect(ch.dimensionality, id).toBe(2);
      for (const d of ch.directions) expect(d[2], id).toBe(0);
    }
  });

  it('Prussian blue: 3', () => {
    expect(widest('prussian-blue').dimensionality).toBe(3);
  });

  it('hollandite: 1, along c (K⁺ left out as mobile)', () => {
    for (const id of ['alpha-MnO2', 'K-hollandite']) {
      const ch = widest(id);
      expect(ch.dimensionality).toBe(1);
      expect(ch.directions).toEqual([[0, 0, 1]]);
    }
  });
});

describe('invariance under the choice of cell', () => {
  const { atoms } = load('alpha-MnO2');
  const base = analyse(atoms);

  it('the same Di and Df with the origin moved', () => {
    const frac = Array.from(atoms.frac, (v, i) => v + [0.137, 0.271, 0.409][i % 3]);
    const shifted = analyse({ ...atoms, frac, ops: [], hallNumber: null });
    const tol = 2 * shifted.resolution.error;
    expect(Math.abs(shifted.Di - base.Di)).toBeLessThan(1e-3); // refined off the grid
    expect(Math.abs(shifted.Df.c - base.Df.c)).toBeLessThan(tol);
    expect(shifted.Df.c).toBeLessThanOrEqual(base.Df.c + 1e-4); // the grid never overshoots
    expect(shifted.channels[0].dimensionality).toBe(1);
  });

  it('the same Di and Df in a 1×1×2 supercell', () => {
    const n = atoms.count;
    const frac = new Float64Array(6 * n);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < 2; k++) {
        frac[3 * (i + k * n)] = atoms.frac[3 * i];
        frac[3 * (i + k * n) + 1] = atoms.frac[3 * i + 1];
        frac[3 * (i + k * n) + 2] = (atoms.frac[3 * i + 2] + k) / 2;
      }
    const L = atoms.lattice;
    const big = analyse({
      lattice: lattice(L.a, L.b, 2 * L.c),
      count: 2 * n,
      frac,
      element: [...atoms.element, ...atoms.element],
      oxidation: [...atoms.oxidation, ...atoms.oxidation],
    });
    expect(big.Di).toBeCloseTo(base.Di, 4);
    expect(big.Df.c).toBeCloseTo(base.Df.c, 4);
    expect(big.channels[0].directions).toEqual([[0, 0, 1]]);
  });
});
