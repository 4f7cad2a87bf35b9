/**
 * The void analysis' model, checked where a wrong choice would move a number: the radius
 * table (Shannon 1976 for ions, Cordero et al. 2008 covalent for cyanide C and N), overrides,
 * the mobile ions left out, a triclinic cell of a structure worked by hand, and the fit grades
 * with their stated tolerance.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandCell } from '../../src/crystal/expand';
import { latticeFromParams } from '../../src/crystal/lattice';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Crystal } from '../../src/crystal/types';
import { analyse } from '../../src/voids/analyse';
import { FIT_IONS, FIT_TOLERANCE, grade, ionRadius } from '../../src/voids/fit';
import { type AtomSet, atomsFromCrystal, buildFramework } from '../../src/voids/framework';

function load(id: string): { crystal: Crystal; atoms: AtomSet } {
  const text = readFileSync(new URL(`../../structures/${id}.cif`, import.meta.url), 'utf8');
  const r = readCif(text, id);
  if (!r.ok) throw new Error(r.error.message);
  const crystal = r.value.crystals[0];
  return { crystal, atoms: atomsFromCrystal(crystal, expandCell(crystal)) };
}

beforeAll(() => initMoyoNode());

describe('the radius table', () => {
  it('α-MnO2: Shannon CN VI for the ions the file charges, O²⁻ 1.40 and Mn⁴⁺ 0.53 Å', () => {
    expect(buildFramework(load('alpha-MnO2').atoms).radii).toEqual({ Mn: 0.53, O: 1.4 });
  });

  it('Prussian blue: Fe³⁺/Fe²⁺ from Shannon (HS, VI), cyanide C and N covalent though charged', () => {
    const { crystal, atoms } = load('prussian-blue');
    // The file gives C and N oxidation states; they still take Cordero's covalent radii.
    const charged = crystal.sites.flatMap((s) => s.species).filter((s) => s.element !== 'Fe');
    expect(charged.every((s) => s.oxidation !== undefined)).toBe(true);
    expect(buildFramework(atoms).radii).toEqual({
      'Fe3+': 0.645,
      'Fe2+': 0.78,
      C: 0.76, // Cordero et al. 2008, C sp³
      N: 0.71,
    });
  });

  it('the battery ions at the coordination a site offers (Shannon 1976)', () => {
    const r = (name: string, cn: number) => {
      const ion = FIT_IONS.find((i) => i.name === name);
      if (!ion) throw new Error(name);
      return ionRadius(ion, cn);
    };
    expect([r('Li+', 6), r('Na+', 6), r('K+', 6), r('K+', 8)]).toEqual([0.76, 1.02, 1.38, 1.51]);
    expect([r('Mg2+', 6), r('Zn2+', 6), r('Ca2+', 6), r('Al3+', 6)]).toEqual([
      0.72, 0.74, 1.0, 0.535,
    ]);
    // A CN not in the table takes the nearest listed one (Na⁺ VII → VI or VIII: VI first).
    expect(r('Ca2+', 12)).toBe(1.12);
  });

  it('an override moves the α-MnO2 window by twice the change: window = O–O − 2 r(O)', () => {
    const { atoms } = load('alpha-MnO2');
    const base = analyse(atoms);
    const smallerO = analyse(atoms, { radii: { O: 1.3 } });
    expect(smallerO.framework.radii.O).toBe(1.3);
    expect(smallerO.Df.c - base.Df.c).toBeCloseTo(2 * 0.1, 4);
  });
});

describe('the mobile ions', () => {
  it('K-hollandite is analysed as its empty tunnels; with K⁺ kept in, the 2×2 tunnel closes', () => {
    const { atoms } = load('K-hollandite');
    const empty = analyse(atoms);
    expect(empty.framework.mobile).toContain('K');
    expect(empty.framework.radii.K).toBeUndefined();
    expect(empty.Df.c).toBeCloseTo(analyse(load('alpha-MnO2').atoms).Df.c, 1);
    const kept = analyse(atoms, { mobile: [] });
    expect(kept.framework.radii.K).toBe(1.38); // K⁺, CN VI
    expect(kept.Df.c).toBeLessThan(1); // the K⁺ on 2b stands in the way
    expect(kept.channels.filter((c) => c.dimensionality > 0)).toEqual([]);
  });
});

describe('a triclinic cell', () => {
  // Simple cubic (a = 4 Å, one sphere of 1 Å) described by the cell a₁ = a·(1,0,0),
  // a₂ = a·(1,1,0), a₃ = a·(1,0,1): det 1, so the same lattice; |a₂| = |a₃| = a√2,
  // α = 60°, β = γ = 45°. The answer is the cube's: Di = 2(a√3/2 − R), Df = 2(a/√2 − R)
  // along every cell axis (the void network is 3D, so it runs along any lattice vector).
  const a = 4;
  const R = 1;
  const L = latticeFromParams({
    a,
    b: a * Math.SQRT2,
    c: a * Math.SQRT2,
    alpha: 60,
    beta: 45,
    gamma: 45,
  });
  if (!L.ok) throw new Error(L.error.message);
  const result = analyse(
    { lattice: L.value, count: 1, frac: [0, 0, 0], element: ['Xe'], oxidation: [undefined] },
    { radii: { Xe: R } },
  );

  it('gives the cube’s Di exactly and its Df within the grid’s stated error', () => {
    expect(result.Di).toBeCloseTo(2 * ((a * Math.sqrt(3)) / 2 - R), 3); // refined off the grid
    // Df is a grid figure: the sheared grid's paths miss the face centre by up to the error
    // bound (a radius, so twice it on a diameter); in the cube's own cell it is exact.
    const { error } = result.resolution; // half a grid-cell diagonal: ≈ 0.15 Å in this cell
    for (const k of ['a', 'b', 'c'] as const)
      expect(Math.abs(result.Df[k] - 2 * (a / Math.SQRT2 - R)), k).toBeLessThanOrEqual(2 * error);
    expect(result.channels[0].dimensionality).toBe(3);
  });
});

describe('fit grades', () => {
  it('fits within the room, tight up to FIT_TOLERANCE over it, else no', () => {
    expect(FIT_TOLERANCE).toBe(0.1);
    expect(grade(1.0, 1.0)).toBe('fits');
    expect(grade(1.09, 1.0)).toBe('tight');
    expect(grade(1.11, 1.0)).toBe('no');
  });

  it('α-MnO2: K⁺ (VIII, 1.51 Å) is a tight fit in the 2×2 cage of √(a²(x²+y²)+c²/4) − 1.40', () => {
    const { crystal, atoms } = load('alpha-MnO2');
    const O1 = crystal.sites.find((s) => s.label === 'O1');
    if (!O1) throw new Error('no O1');
    const [x, y] = O1.frac;
    const { a, c } = crystal.lattice;
    const room = Math.sqrt(a * a * (x * x + y * y) + (c * c) / 4) - 1.4; // ≈ 1.48 Å
    expect(1.51 - room).toBeGreaterThan(0);
    expect(1.51 - room).toBeLessThan(FIT_TOLERANCE);
    const result = analyse(atoms);
    expect(result.fits['K+']).toEqual({ passes: 'no', fitsSite: 'tight' });
    // Li⁺ (VI, 0.76 Å) passes the 2×2 windows (Df/2 ≈ 1.10 Å).
    expect(result.fits['Li+']).toEqual({ passes: 'fits', fitsSite: 'fits' });
  });

  it('α-MnO2: the window between two cages is on the tunnel axis at z = 0', () => {
    const ch = analyse(load('alpha-MnO2').atoms).channels[0];
    const mod1 = (v: number) => ((v % 1) + 1) % 1;
    // Cages at 2b (0,0,½): the windows sit halfway between, at (0,0,0).
    expect(ch.bottleneck.map((v) => Math.min(mod1(v), 1 - mod1(v)))).toEqual([0, 0, 0]);
  });
});
