/**
 * The bundled structures (structures/*.cif) read through the real pipeline and checked
 * against the numbers their headers cite: space group, cell, site multiplicities and Wyckoff
 * letters, cell composition, and characteristic bond lengths.
 *
 * Distances are computed here by enumerating lattice translations (±2 cells) rather than by
 * minimum image alone, because in cells with c ≈ 2.9 Å one O atom reaches a Mn through two
 * images at the same distance; minimumImage is used as a cross-check of the shortest bond.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { composition } from '../../src/crystal/composition';
import { expandCell } from '../../src/crystal/expand';
import { fracToCart, minimumImage } from '../../src/crystal/lattice';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { CellAtoms, Crystal, Site, Vec3 } from '../../src/crystal/types';

const STRUCTURES = new URL('../../structures/', import.meta.url);

interface Loaded {
  crystal: Crystal;
  cell: CellAtoms;
  text: string;
}

function load(file: string): Loaded {
  const text = readFileSync(new URL(file, STRUCTURES), 'utf8');
  const r = readCif(text, file);
  if (!r.ok) throw new Error(`${file}: ${r.error.message} (line ${r.error.line})`);
  expect(r.value.crystals).toHaveLength(1);
  const crystal = r.value.crystals[0];
  return { crystal, cell: expandCell(crystal), text };
}

/** The site holding `element` (mixed sites hold several); exactly one must exist. */
function siteWith(crystal: Crystal, element: string, label?: string): Site {
  const found = crystal.sites.filter(
    (s) =>
      s.species.some((sp) => sp.element === element) && (label === undefined || s.label === label),
  );
  expect(found, `one site with ${element}${label ? ` labelled ${label}` : ''}`).toHaveLength(1);
  return found[0];
}

function positionsOf(loaded: Loaded, site: Site): Vec3[] {
  const index = loaded.crystal.sites.indexOf(site);
  const out: Vec3[] = [];
  for (let i = 0; i < loaded.cell.count; i++) {
    if (loaded.cell.site[i] === index) {
      out.push([loaded.cell.frac[3 * i], loaded.cell.frac[3 * i + 1], loaded.cell.frac[3 * i + 2]]);
    }
  }
  return out;
}

/**
 * Distances (Å, ascending) from the first position of `from` to every atom of the sites that
 * hold `toElement`, over all lattice translations within ±2 cells, up to `cutoff`.
 */
function distances(loaded: Loaded, from: Site, toElement: string, cutoff: number): number[] {
  const { lattice } = loaded.crystal;
  const a = positionsOf(loaded, from)[0];
  const out: number[] = [];
  for (const site of loaded.crystal.sites) {
    if (!site.species.some((sp) => sp.element === toElement)) continue;
    for (const b of positionsOf(loaded, site)) {
      for (let i = -2; i <= 2; i++) {
        for (let j = -2; j <= 2; j++) {
          for (let k = -2; k <= 2; k++) {
            const d = fracToCart(lattice, [b[0] + i - a[0], b[1] + j - a[1], b[2] + k - a[2]]);
            const r = Math.hypot(d[0], d[1], d[2]);
            if (r > 1e-6 && r <= cutoff) out.push(r);
          }
        }
      }
    }
  }
  return out.sort((x, y) => x - y);
}

/** Shortest distance from `from` to any atom with `toElement`, by minimumImage. */
function shortest(loaded: Loaded, from: Site, toElement: string): number {
  const a = positionsOf(loaded, from)[0];
  let best = Number.POSITIVE_INFINITY;
  for (const site of loaded.crystal.sites) {
    if (!site.species.some((sp) => sp.element === toElement)) continue;
    for (const b of positionsOf(loaded, site)) {
      const d = minimumImage(loaded.crystal.lattice, a, b).distance;
      if (d > 1e-6) best = Math.min(best, d);
    }
  }
  return best;
}

function expectCell(
  crystal: Crystal,
  [a, b, c, alpha, beta, gamma]: [number, number, number, number, number, number],
): void {
  const l = crystal.lattice;
  expect(l.a).toBeCloseTo(a, 6);
  expect(l.b).toBeCloseTo(b, 6);
  expect(l.c).toBeCloseTo(c, 6);
  expect(l.alpha).toBeCloseTo(alpha, 6);
  expect(l.beta).toBeCloseTo(beta, 6);
  expect(l.gamma).toBeCloseTo(gamma, 6);
}

function expectComposition(crystal: Crystal, expected: Record<string, number>): void {
  const comp = composition(crystal);
  expect(Object.keys(comp).sort()).toEqual(Object.keys(expected).sort());
  for (const [el, n] of Object.entries(expected)) expect(comp[el], el).toBeCloseTo(n, 3);
}

/** Site (found by element and label) → multiplicity+letter, e.g. `8h`. */
function expectWyckoff(crystal: Crystal, expected: [string, string | undefined, string][]): void {
  for (const [element, label, wyckoff] of expected) {
    const site = siteWith(crystal, element, label);
    expect(site.wyckoff, `${element} ${label ?? ''}`).toBe(wyckoff);
    expect(site.multiplicity).toBe(Number.parseInt(wyckoff, 10));
  }
}

/** Every file starts with comment lines naming its source, and lists its operators. */
function expectHeaderAndOperators(loaded: Loaded, opsCount: number): void {
  const lines = loaded.text.split('\n');
  expect(lines[0].startsWith('#')).toBe(true);
  const header = lines
    .slice(
      0,
      lines.findIndex((l) => !l.startsWith('#')),
    )
    .join('\n');
  expect(header).toMatch(/source/i);
  expect(header).toMatch(/\(19\d\d\)|\(20\d\d\)/);
  expect(loaded.text).toContain('_space_group_symop_operation_xyz');
  expect(loaded.text).toContain('_space_group_IT_number');
  expect(loaded.crystal.ops).toHaveLength(opsCount);
  expect(loaded.crystal.spaceGroup.source).toBe('operators');
  const labels = loaded.text.match(/^ {2}\S+ +\S+ +\d+ [a-z] /gm) ?? [];
  const names = labels.map((l) => l.trim().split(/\s+/)[0]);
  expect(new Set(names).size).toBe(names.length);
}

beforeAll(() => {
  initMoyoNode();
});

describe('alpha-MnO2.cif (Kijima et al. 2004 neutron refinement, ICSD 99416, empty tunnels)', () => {
  let s: Loaded;
  beforeAll(() => {
    s = load('alpha-MnO2.cif');
  });
  it('is I4/m (87) with the published cell a 9.777, c 2.8548 Å', () => {
    expect(s.crystal.spaceGroup.number).toBe(87);
    expectCell(s.crystal, [9.777, 9.777, 2.8548, 90, 90, 90]);
    expectHeaderAndOperators(s, 16);
  });
  it('holds Mn8O16 per cell on three 8h sites, tunnels empty', () => {
    expect(s.cell.count).toBe(24);
    expectComposition(s.crystal, { Mn: 8, O: 16 });
    expectWyckoff(s.crystal, [
      ['Mn', 'Mn1', '8h'],
      ['O', 'O1', '8h'],
      ['O', 'O2', '8h'],
    ]);
  });
  it('carries the Kijima et al. neutron coordinates (ICSD 99416), tunnel water left out', () => {
    expect(siteWith(s.crystal, 'Mn', 'Mn1').frac).toEqual([0.3467, 0.1678, 0]);
    expect(siteWith(s.crystal, 'O', 'O1').frac).toEqual([0.1552, 0.2029, 0]);
    expect(siteWith(s.crystal, 'O', 'O2').frac).toEqual([0.542, 0.163, 0]);
    expect(s.text).toContain('ICSD 99416');
    expect(s.crystal.sites).toHaveLength(3);
  });
  it('has six Mn–O bonds of 1.88–1.95 Å (Mn4+ octahedron)', () => {
    const mn = siteWith(s.crystal, 'Mn');
    const d = distances(s, mn, 'O', 2.3);
    expect(d).toHaveLength(6);
    for (const r of d) expect(r).toBeGreaterThan(1.88);
    for (const r of d) expect(r).toBeLessThan(1.95);
    expect(shortest(s, mn, 'O')).toBeCloseTo(d[0], 6);
  });
});

describe('K-hollandite.cif (idealised: alpha-MnO2 framework + K on 2b)', () => {
  let s: Loaded;
  let alpha: Loaded;
  beforeAll(() => {
    s = load('K-hollandite.cif');
    alpha = load('alpha-MnO2.cif');
  });
  it('is I4/m (87) in the same cell and setting as alpha-MnO2.cif', () => {
    expect(s.crystal.spaceGroup.number).toBe(87);
    expectCell(s.crystal, [9.777, 9.777, 2.8548, 90, 90, 90]);
    expectHeaderAndOperators(s, 16);
  });
  it('shares the framework labels and positions with alpha-MnO2.cif (for interpolation)', () => {
    for (const label of ['Mn1', 'O1', 'O2']) {
      const a = alpha.crystal.sites.find((x) => x.label === label);
      const k = s.crystal.sites.find((x) => x.label === label);
      expect(a && k, label).toBeTruthy();
      expect(k?.frac).toEqual(a?.frac);
    }
  });
  it('holds K1.33Mn8O16: K on 2b (0,0,1/2) at occupancy 0.665', () => {
    expect(s.cell.count).toBe(26);
    expectComposition(s.crystal, { K: 1.33, Mn: 8, O: 16 });
    expectWyckoff(s.crystal, [
      ['K', 'K1', '2b'],
      ['Mn', 'Mn1', '8h'],
    ]);
    const k = siteWith(s.crystal, 'K');
    expect(k.frac).toEqual([0, 0, 0.5]);
    expect(k.species[0].occupancy).toBeCloseTo(0.665, 6);
  });
  it('has K in an 8-fold O1 cage at √(a²(x²+y²) + c²/4) ≈ 2.88 Å (Shannon sum 2.91 Å)', () => {
    const d = distances(s, siteWith(s.crystal, 'K'), 'O', 3.2);
    const [x, y] = siteWith(s.crystal, 'O', 'O1').frac;
    const { a, c } = s.crystal.lattice;
    expect(d).toHaveLength(8);
    for (const r of d) expect(r).toBeCloseTo(Math.sqrt(a * a * (x * x + y * y) + (c * c) / 4), 6);
    expect(d[0]).toBeCloseTo(2.877, 3);
  });
});

describe('beta-MnO2.cif (pyrolusite, Baur 1976)', () => {
  let s: Loaded;
  beforeAll(() => {
    s = load('beta-MnO2.cif');
  });
  it('is P4_2/mnm (136), a 4.3983, c 2.8730 Å', () => {
    expect(s.crystal.spaceGroup.number).toBe(136);
    expectCell(s.crystal, [4.3983, 4.3983, 2.873, 90, 90, 90]);
    expectHeaderAndOperators(s, 16);
  });
  it('holds Mn2O4: Mn on 2a, O on 4f', () => {
    expect(s.cell.count).toBe(6);
    expectComposition(s.crystal, { Mn: 2, O: 4 });
    expectWyckoff(s.crystal, [
      ['Mn', 'Mn1', '2a'],
      ['O', 'O1', '4f'],
    ]);
  });
  it('has 4 × 1.880 + 2 × 1.898 Å Mn–O', () => {
    const d = distances(s, siteWith(s.crystal, 'Mn'), 'O', 2.3);
    expect(d).toHaveLength(6);
    for (const r of d.slice(0, 4)) expect(r).toBeCloseTo(1.8795, 3);
    for (const r of d.slice(4)) expect(r).toBeCloseTo(1.8981, 3);
  });
});

describe('ramsdellite.cif (Post & Heaney 2004, ICSD 171866)', () => {
  let s: Loaded;
  beforeAll(() => {
    s = load('ramsdellite.cif');
  });
  it('is Pnma (62) with the refined cell a 9.2734, b 2.8638, c 4.5219 Å', () => {
    expect(s.crystal.spaceGroup.number).toBe(62);
    expectCell(s.crystal, [9.2734, 2.8638, 4.5219, 90, 90, 90]);
    expectHeaderAndOperators(s, 8);
    expect(s.text).toContain('ICSD 171866');
    expect(s.text).toContain('DOI to be confirmed');
  });
  it('holds Mn4O8 per cell on three 4c sites (x, 1/4, z)', () => {
    expect(s.cell.count).toBe(12);
    expectComposition(s.crystal, { Mn: 4, O: 8 });
    expectWyckoff(s.crystal, [
      ['Mn', 'Mn1', '4c'],
      ['O', 'O1', '4c'],
      ['O', 'O2', '4c'],
    ]);
    for (const site of s.crystal.sites) expect(site.frac[1]).toBe(0.25);
  });
  it('has six Mn–O bonds of 1.88–1.95 Å (Mn4+ octahedron), mean 1.90 Å', () => {
    const mn = siteWith(s.crystal, 'Mn');
    const d = distances(s, mn, 'O', 2.3);
    expect(d).toHaveLength(6);
    for (const r of d) expect(r).toBeGreaterThan(1.88);
    for (const r of d) expect(r).toBeLessThan(1.95);
    expect(d.reduce((a, b) => a + b, 0) / 6).toBeCloseTo(1.9, 2);
    expect(shortest(s, mn, 'O')).toBeCloseTo(d[0], 6);
  });
  it('has no O–O closer than 2.4 Å and no Mn–Mn closer than 2.75 Å', () => {
    for (const o of s.crystal.sites.filter((x) => x.species[0].element === 'O')) {
      expect(distances(s, o, 'O', 2.4)).toHaveLength(0);
    }
    expect(distances(s, siteWith(s.crystal, 'Mn'), 'Mn', 2.75)).toHaveLength(0);
  });
});

describe('todorokite.cif (idealised 3x3 framework in the Handbook of Mineralogy / ICDD 38-475 cell)', () => {
  let s: Loaded;
  beforeAll(() => {
    s = load('todorokite.cif');
  });
  it('is P2/m (10) with the cited cell a 9.7570, b 2.8419, c 9.5684 Å, β 94.074°', () => {
    expect(s.crystal.spaceGroup.number).toBe(10);
    expectCell(s.crystal, [9.757, 2.8419, 9.5684, 90, 94.074, 90]);
    expectHeaderAndOperators(s, 4);
    expect(s.text).toMatch(/IDEALISED MODEL/);
  });
  it('holds Mn6O12 per cell (18 positions), tunnels empty', () => {
    expect(s.cell.count).toBe(18);
    expectComposition(s.crystal, { Mn: 6, O: 12 });
    expectWyckoff(s.crystal, [
      ['Mn', 'Mn1', '1e'],
      ['Mn', 'Mn2', '2m'],
      ['Mn', 'Mn3', '1c'],
      ['Mn', 'Mn4', '2n'],
      ['O', 'O1', '2n'],
      ['O', 'O2', '2m'],
      ['O', 'O3', '2m'],
      ['O', 'O4', '2n'],
      ['O', 'O5', '2m'],
      ['O', 'O6', '2n'],
    ]);
  });
  it('has every Mn in an octahedron of 6 O at 1.88–1.95 Å, no O–O < 2.4 Å, no Mn–Mn < 2.75 Å', () => {
    for (const label of ['Mn1', 'Mn2', 'Mn3', 'Mn4']) {
      const mn = siteWith(s.crystal, 'Mn', label);
      const d = distances(s, mn, 'O', 2.3);
      expect(d, label).toHaveLength(6);
      for (const r of d) expect(r, label).toBeGreaterThan(1.88);
      for (const r of d) expect(r, label).toBeLessThan(1.95);
      expect(shortest(s, mn, 'O')).toBeCloseTo(d[0], 6);
      expect(distances(s, mn, 'Mn', 2.75), label).toHaveLength(0);
    }
    for (const label of ['O1', 'O2', 'O3', 'O4', 'O5', 'O6']) {
      expect(distances(s, siteWith(s.crystal, 'O', label), 'O', 2.4), label).toHaveLength(0);
    }
  });
  it('leaves the 3x3 tunnel on (1/2, y, 1/2) open: no O within 3.9 Å of its axis', () => {
    const { lattice } = s.crystal;
    const axis = fracToCart(lattice, [0.5, 0, 0.5]);
    let nearest = Number.POSITIVE_INFINITY;
    for (const site of s.crystal.sites) {
      if (!site.species.some((sp) => sp.element === 'O')) continue;
      for (const p of positionsOf(s, site)) {
        for (let i = -1; i <= 1; i++) {
          for (let k = -1; k <= 1; k++) {
            const c = fracToCart(lattice, [p[0] + i, p[1], p[2] + k]);
            nearest = Math.min(nearest, Math.hypot(c[0] - axis[0], c[2] - axis[2]));
          }
        }
      }
    }
    expect(nearest).toBeGreaterThan(3.9);
    expect(nearest).toBeLessThan(4.0);
  });
});

describe('prussian-blue.cif (Buser et al. 1977, Fm-3m average)', () => {
  let s: Loaded;
  beforeAll(() => {
    s = load('prussian-blue.cif');
  });
  it('is Fm-3m (225), a 10.166 Å', () => {
    expect(s.crystal.spaceGroup.number).toBe(225);
    expectCell(s.crystal, [10.166, 10.166, 10.166, 90, 90, 90]);
    expectHeaderAndOperators(s, 192);
  });
  it('holds Fe4[Fe(CN)6]3 per cell: Fe3+ 4a full, Fe2+ 4b and C, N 24e at 3/4', () => {
    expect(s.cell.count).toBe(56);
    expectComposition(s.crystal, { Fe: 7, C: 18, N: 18 });
    expectWyckoff(s.crystal, [
      ['Fe', 'Fe1', '4a'],
      ['Fe', 'Fe2', '4b'],
      ['C', 'C1', '24e'],
      ['N', 'N1', '24e'],
    ]);
    const fe2 = siteWith(s.crystal, 'Fe', 'Fe2');
    expect(fe2.species[0].oxidation).toBe(2);
    expect(fe2.species[0].occupancy).toBeCloseTo(0.75, 6);
    expect(siteWith(s.crystal, 'Fe', 'Fe1').species[0].oxidation).toBe(3);
  });
  it('reproduces the published Fe2+–C 1.923, C–N 1.121, Fe3+–N 2.038 Å', () => {
    const feC = distances(s, siteWith(s.crystal, 'Fe', 'Fe2'), 'C', 2.2);
    expect(feC).toHaveLength(6);
    for (const r of feC) expect(r).toBeCloseTo(1.923, 3);
    const cn = distances(s, siteWith(s.crystal, 'C'), 'N', 1.5);
    expect(cn).toHaveLength(1);
    expect(cn[0]).toBeCloseTo(1.121, 3);
    expect(cn[0]).toBeGreaterThan(1.12);
    expect(cn[0]).toBeLessThan(1.16);
    const feN = distances(s, siteWith(s.crystal, 'Fe', 'Fe1'), 'N', 2.3);
    expect(feN).toHaveLength(6);
    for (const r of feN) expect(r).toBeCloseTo(2.038, 3);
  });
  it('leaves the A sites (8c, 1/4,1/4,1/4) empty', () => {
    const nearA = s.crystal.sites.filter((x) =>
      x.frac.every((v) => Math.abs(v - 0.25) < 1e-3 || Math.abs(v - 0.75) < 1e-3),
    );
    expect(nearA).toHaveLength(0);
  });
});

describe('P2-NaNiMnO2.cif (P2-Na2/3Ni1/3Mn2/3O2)', () => {
  let s: Loaded;
  beforeAll(() => {
    s = load('P2-NaNiMnO2.cif');
  });
  it('is P6_3/mmc (194), a 2.886, c 11.16 Å', () => {
    expect(s.crystal.spaceGroup.number).toBe(194);
    expectCell(s.crystal, [2.886, 2.886, 11.16, 90, 90, 120]);
    expectHeaderAndOperators(s, 24);
  });
  it('holds Na1.34(Ni0.67Mn1.33)O4 per cell: Ni/Mn mixed on 2a, O 4f, Na_f 2b, Na_e 2d', () => {
    expectComposition(s.crystal, { Na: 1.34, Ni: 0.6666, Mn: 1.3334, O: 4 });
    const tm = siteWith(s.crystal, 'Mn');
    expect(tm.species.map((sp) => sp.element).sort()).toEqual(['Mn', 'Ni']);
    expect(tm).toBe(siteWith(s.crystal, 'Ni'));
    expect(tm.wyckoff).toBe('2a');
    expectWyckoff(s.crystal, [
      ['O', 'O1', '4f'],
      ['Na', 'Na_f', '2b'],
      ['Na', 'Na_e', '2d'],
    ]);
    expect(siteWith(s.crystal, 'Na', 'Na_f').species[0].occupancy).toBeCloseTo(0.22, 6);
    expect(siteWith(s.crystal, 'Na', 'Na_e').species[0].occupancy).toBeCloseTo(0.45, 6);
  });
  it('has octahedral TM–O 1.98 Å and prismatic Na–O 2.3–2.5 Å for both Na sites', () => {
    const tmO = distances(s, siteWith(s.crystal, 'Mn'), 'O', 2.3);
    expect(tmO).toHaveLength(6);
    for (const r of tmO) expect(r).toBeCloseTo(1.983, 2);
    for (const label of ['Na_f', 'Na_e']) {
      const d = distances(s, siteWith(s.crystal, 'Na', label), 'O', 2.6);
      expect(d, label).toHaveLength(6);
      for (const r of d) expect(r).toBeGreaterThan(2.3);
      for (const r of d) expect(r).toBeLessThan(2.5);
    }
  });
});

describe('O3-NaNiMnO2.cif (O3-NaNi0.5Mn0.5O2, hexagonal axes)', () => {
  let s: Loaded;
  beforeAll(() => {
    s = load('O3-NaNiMnO2.cif');
  });
  it('is R-3m (166), a 2.96, c 15.9 Å', () => {
    expect(s.crystal.spaceGroup.number).toBe(166);
    expectCell(s.crystal, [2.96, 2.96, 15.9, 90, 90, 120]);
    expectHeaderAndOperators(s, 36);
  });
  it('holds Na3(Ni1.5Mn1.5)O6 per cell: Na 3b, Ni/Mn mixed 3a, O 6c', () => {
    expectComposition(s.crystal, { Na: 3, Ni: 1.5, Mn: 1.5, O: 6 });
    const tm = siteWith(s.crystal, 'Mn');
    expect(tm).toBe(siteWith(s.crystal, 'Ni'));
    expect(tm.wyckoff).toBe('3a');
    expectWyckoff(s.crystal, [
      ['Na', 'Na1', '3b'],
      ['O', 'O1', '6c'],
    ]);
  });
  it('has octahedral TM–O 2.01 Å and octahedral Na–O 2.3–2.5 Å', () => {
    const tmO = distances(s, siteWith(s.crystal, 'Mn'), 'O', 2.3);
    expect(tmO).toHaveLength(6);
    for (const r of tmO) expect(r).toBeCloseTo(2.01, 2);
    const naO = distances(s, siteWith(s.crystal, 'Na'), 'O', 2.6);
    expect(naO).toHaveLength(6);
    for (const r of naO) expect(r).toBeGreaterThan(2.3);
    for (const r of naO) expect(r).toBeLessThan(2.5);
  });
});

describe('prussian-white.cif (Na2Mn[Fe(CN)6]·2H2O, Oliver-Tolentino et al. 2018, COD 7047887)', () => {
  let s: Loaded;
  beforeAll(() => {
    s = load('prussian-white.cif');
  });
  it('is P2_1/n (14) with the deposited cell a 10.5726, b 7.5240, c 7.32639 Å, β 92.114°', () => {
    expect(s.crystal.spaceGroup.number).toBe(14);
    expectCell(s.crystal, [10.5726, 7.524, 7.32639, 90, 92.114, 90]);
    expectHeaderAndOperators(s, 4);
  });
  it('holds Na4Mn2[Fe(CN)6]2·4H2O per cell (Z = 2): 36 atoms, Mn 2a, Fe 2b, the rest on 4e', () => {
    expect(s.cell.count).toBe(36);
    expectComposition(s.crystal, { Na: 4, Mn: 2, Fe: 2, C: 12, N: 12, O: 4 });
    expectWyckoff(s.crystal, [
      ['Mn', 'Mn1', '2a'],
      ['Fe', 'Fe1', '2b'],
      ['C', 'C1', '4e'],
      ['C', 'C2', '4e'],
      ['C', 'C3', '4e'],
      ['N', 'N1', '4e'],
      ['N', 'N2', '4e'],
      ['N', 'N3', '4e'],
      ['O', 'O1', '4e'],
      ['Na', 'Na1', '4e'],
    ]);
    expect(siteWith(s.crystal, 'Fe').species[0].oxidation).toBe(2);
    expect(siteWith(s.crystal, 'Mn').species[0].oxidation).toBe(2);
    expect(siteWith(s.crystal, 'Na').species[0].occupancy).toBe(1);
  });
  it('reproduces the published Fe–C 1.933/1.934/1.940 Å (C-bound low-spin Fe)', () => {
    const d = distances(s, siteWith(s.crystal, 'Fe'), 'C', 2.3);
    expect(d).toHaveLength(6);
    const published = [1.9328, 1.9328, 1.934, 1.934, 1.9395, 1.9395];
    for (const [i, r] of d.entries()) expect(r).toBeCloseTo(published[i], 3);
    expect(shortest(s, siteWith(s.crystal, 'Fe'), 'C')).toBeCloseTo(d[0], 6);
  });
  it('reproduces the published C–N 1.134/1.136/1.141 Å, one N per C', () => {
    for (const [label, published] of [
      ['C1', 1.134],
      ['C2', 1.1361],
      ['C3', 1.141],
    ] as const) {
      const d = distances(s, siteWith(s.crystal, 'C', label), 'N', 1.6);
      expect(d, label).toHaveLength(1);
      expect(d[0], label).toBeCloseTo(published, 3);
    }
  });
  it('reproduces the published Mn–N 2.177/2.195/2.212 Å (N-bound high-spin Mn2+)', () => {
    const d = distances(s, siteWith(s.crystal, 'Mn'), 'N', 2.5);
    expect(d).toHaveLength(6);
    const published = [2.1771, 2.1771, 2.1947, 2.1947, 2.2123, 2.2123];
    for (const [i, r] of d.entries()) expect(r).toBeCloseTo(published[i], 3);
  });
  it('has Na bound to two water O at 2.39 and 2.51 Å, with no N or C within 3.3 Å', () => {
    const na = siteWith(s.crystal, 'Na');
    const naO = distances(s, na, 'O', 3.0);
    expect(naO).toHaveLength(2);
    expect(naO[0]).toBeCloseTo(2.386, 3);
    expect(naO[1]).toBeCloseTo(2.505, 3);
    for (const r of naO) expect(r).toBeGreaterThan(2.3);
    for (const r of naO) expect(r).toBeLessThan(2.55);
    expect(distances(s, na, 'N', 3.3)).toHaveLength(0);
    expect(distances(s, na, 'C', 3.3)).toHaveLength(0);
  });
});
