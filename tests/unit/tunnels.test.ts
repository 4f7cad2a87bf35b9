/**
 * Tunnel labels come from the channel analysis (src/voids/tunnel-sizes.ts), no longer from
 * tunnel centres written out by hand. For every bundled tunnel oxide and every scenario host
 * that is one, the analysis gives the tunnels the hand-written catalogue gave (names, axes,
 * centres modulo a lattice translation, O–O widths and whether a cation sits inside), and
 * those widths are checked against the geometry worked out by hand from each file's own
 * coordinates. A user's file in another setting gets the same labels, moved with its origin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandCell } from '../../src/crystal/expand';
import { readCif } from '../../src/crystal/read';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { axisClearance, type TunnelSize } from '../../src/crystal/tunnels';
import type { CellAtoms, Crystal, Vec3 } from '../../src/crystal/types';
import { loadScenario } from '../../src/insertion/load';
import { MAX_TUNNEL_LABELS, tunnelAnchors } from '../../src/scene/tunnel-anchors';
import { CATALOGUE } from '../../src/state/catalogue';
import { findTunnels } from '../../src/voids/tunnel-sizes';

const DIR = path.resolve(__dirname, '../../structures');

function read(text: string, name: string): { crystal: Crystal; cell: CellAtoms } {
  const r = readCif(text, name);
  if (!r.ok) throw new Error(r.error.message);
  const crystal = r.value.crystals[0];
  return { crystal, cell: expandCell(crystal) };
}

const load = (id: string) => read(readFileSync(path.join(DIR, `${id}.cif`), 'utf8'), id);

/** A scenario's host as the view analyses it: the first keyframe without the guest sites. */
function scenarioHost(id: string): { crystal: Crystal; cell: CellAtoms } {
  const text = readFileSync(path.join(DIR, `${id}.scenario.json`), 'utf8');
  const r = loadScenario(text, `structures/${id}.scenario.json`, (p) =>
    readFileSync(path.resolve(DIR, '..', p), 'utf8'),
  );
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  const first = r.value.crystals[0];
  const guests = r.value.scenario.guestSites;
  const crystal = { ...first, sites: first.sites.filter((s) => !guests.includes(s.label)) };
  return { crystal, cell: expandCell(crystal) };
}

const site = (crystal: Crystal, label: string) => {
  const s = crystal.sites.find((x) => x.label === label);
  if (!s) throw new Error(`no site ${label}`);
  return s.frac;
};

/** |Δ| in Å for a fractional step (Δx, Δz) in a monoclinic (unique b) cell. */
function monoclinicXz(crystal: Crystal, dx: number, dz: number): number {
  const { a, c, beta } = crystal.lattice;
  const cosB = Math.cos((beta * Math.PI) / 180);
  return Math.sqrt((dx * a) ** 2 + (dz * c) ** 2 + 2 * dx * dz * a * c * cosB);
}

/** The same tunnel axis: equal across the tunnel modulo a lattice translation. */
function sameAxis(a: readonly number[], b: readonly number[], axis: number): boolean {
  return [0, 1, 2].every((k) => {
    if (k === axis) return true;
    const d = a[k] - b[k];
    return Math.abs(d - Math.round(d)) < 1e-3;
  });
}

interface Old {
  name: string;
  axis: 0 | 1 | 2;
  centres: Vec3[];
  /** O–O across (Å), as the catalogue's centres measured it (to 4 decimals). */
  across: number;
  occupied: boolean;
}

// The tunnels written out by hand in src/state/catalogue.ts and scenario-catalogue.ts before
// this change, with the widths measured at those centres (the axis clearance, ×2).
const HOLLANDITE = (occupied: boolean): Old[] => [
  {
    name: '2×2',
    axis: 2,
    centres: [
      [0, 0, 0],
      [0.5, 0.5, 0],
    ],
    across: 4.9951,
    occupied,
  },
  {
    name: '1×1',
    axis: 2,
    centres: [
      [0, 0.5, 0],
      [0.5, 0, 0],
    ],
    across: 3.2914,
    occupied: false,
  },
];
const CATALOGUED: Record<string, { get: () => ReturnType<typeof load>; old: Old[] }> = {
  'alpha-MnO2': { get: () => load('alpha-MnO2'), old: HOLLANDITE(false) },
  'K-hollandite': { get: () => load('K-hollandite'), old: HOLLANDITE(true) },
  'beta-MnO2': {
    get: () => load('beta-MnO2'),
    old: [
      {
        name: '1×1',
        axis: 2,
        centres: [
          [0.5, 0, 0],
          [0, 0.5, 0],
        ],
        across: 3.1848,
        occupied: false,
      },
    ],
  },
  todorokite: {
    get: () => load('todorokite'),
    old: [{ name: '3×3', axis: 1, centres: [[0.5, 0, 0.5]], across: 7.8525, occupied: false }],
  },
  // Scenario hosts: K⁺ scenario in the I4/m cell, Li⁺ scenario in the I2/m cell of the
  // lithiated phase (a_t, −c_t, b_t), where the tunnels run along b.
  'scenario k-alpha-mno2': { get: () => scenarioHost('k-alpha-mno2'), old: HOLLANDITE(false) },
  'scenario li-alpha-mno2': {
    get: () => scenarioHost('li-alpha-mno2'),
    old: [
      {
        name: '2×2',
        axis: 1,
        centres: [
          [0, 0, 0],
          [0.5, 0, 0.5],
        ],
        across: 4.9951,
        occupied: false,
      },
      {
        name: '1×1',
        axis: 1,
        centres: [
          [0, 0, 0.5],
          [0.5, 0, 0],
        ],
        across: 3.2914,
        occupied: false,
      },
    ],
  },
};

beforeAll(() => initMoyoNode());

const found = new Map<string, TunnelSize[]>();
function tunnelsOf(key: string): TunnelSize[] {
  let t = found.get(key);
  if (!t) {
    const { crystal, cell } = CATALOGUED[key]?.get() ?? load(key);
    t = findTunnels(crystal, cell);
    found.set(key, t);
  }
  return t;
}

describe('the analysis gives the tunnels the catalogue gave', () => {
  for (const [key, { old }] of Object.entries(CATALOGUED)) {
    it(`${key}: ${old.map((t) => t.name).join(', ')} with every copy, the same width`, () => {
      const tunnels = tunnelsOf(key);
      for (const o of old) {
        const t = tunnels.find((x) => x.name === o.name);
        expect(t, `${key} ${o.name}`).toBeDefined();
        if (!t) continue;
        expect(t.axis).toBe(o.axis);
        expect(t.centres).toHaveLength(o.centres.length);
        for (const c of o.centres)
          expect(t.centres.some((q) => sameAxis(q, c, o.axis), `${o.name} through ${c}`)).toBe(
            true,
          );
        expect(t.across).toBeCloseTo(o.across, 3);
        expect(t.free).toBeCloseTo(o.across - 2 * 1.4, 3); // two Shannon O²⁻ (VI) radii
        expect(t.occupied).toBe(o.occupied);
      }
    });
  }

  it('finds no tunnel the catalogue did not have, except the 1×1 at todorokite’s chain junction', () => {
    for (const [key, { old }] of Object.entries(CATALOGUED)) {
      const extra = tunnelsOf(key)
        .map((t) => t.name)
        .filter((n) => !old.some((o) => o.name === n));
      expect(extra, key).toEqual(key === 'todorokite' ? ['1×1'] : []);
    }
  });

  it('covers every tunnel oxide in the picker (ramsdellite: new, below)', () => {
    const tunnelOxides = CATALOGUE.filter((e) => e.group === 'Tunnel oxides').map((e) => e.id);
    expect(tunnelOxides.filter((id) => !(id in CATALOGUED)).sort()).toEqual(['ramsdellite']);
  });

  it('labels no tunnel in the layered oxides and Prussian blues', () => {
    for (const id of ['P2-NaNiMnO2', 'O3-NaNiMnO2', 'prussian-blue', 'prussian-white'])
      expect(tunnelsOf(id), id).toEqual([]);
  });
});

describe('the widths, worked by hand from the files’ coordinates', () => {
  it('α-MnO2: the 2×2 tunnel is bounded by O1, 2·a·√(x²+y²) across through 0,0', () => {
    const { crystal } = load('alpha-MnO2');
    const [x, y] = site(crystal, 'O1');
    const t = tunnelsOf('alpha-MnO2').find((s) => s.name === '2×2');
    expect(t?.across).toBeCloseTo(2 * crystal.lattice.a * Math.hypot(x, y), 4);
    expect(t?.across).toBeCloseTo(4.995, 3); // Kijima et al. (2004) O1 (0.1552, 0.2029)
  });

  it('β-MnO2: the 1×1 channel through ½,0 is 2·a·√(u² + (½−u)²) across, O on 4f (u,u,0)', () => {
    const { crystal } = load('beta-MnO2');
    const u = site(crystal, 'O1')[0];
    const t = tunnelsOf('beta-MnO2')[0];
    expect(t.across).toBeCloseTo(2 * crystal.lattice.a * Math.hypot(u, 0.5 - u), 4);
    expect(t.across).toBeCloseTo(3.18, 2);
  });

  it('todorokite: the 3×3 tunnel through x = z = ½ is bounded by O1; the 1×1 at 0,0 by O6', () => {
    const { crystal } = load('todorokite');
    const [x1, , z1] = site(crystal, 'O1');
    const threeByThree = tunnelsOf('todorokite').find((s) => s.name === '3×3');
    expect(threeByThree?.across).toBeCloseTo(2 * monoclinicXz(crystal, x1 - 0.5, z1 - 0.5), 4);
    expect(threeByThree?.across).toBeCloseTo(7.85, 2); // as structures/README.md states
    const [x6, , z6] = site(crystal, 'O6');
    const oneByOne = tunnelsOf('todorokite').find((s) => s.name === '1×1');
    expect(oneByOne?.centres.some((c) => sameAxis(c, [0, 0, 0], 1))).toBe(true);
    expect(oneByOne?.across).toBeCloseTo(2 * monoclinicXz(crystal, x6 - 1, z6), 4);
  });

  it('the tunnels widen in the order 1×1 < 2×2 < 3×3', () => {
    const width = (key: string, name: string) =>
      tunnelsOf(key).find((s) => s.name === name)?.across ?? Number.NaN;
    expect(width('alpha-MnO2', '1×1')).toBeLessThan(width('alpha-MnO2', '2×2'));
    expect(width('alpha-MnO2', '2×2')).toBeLessThan(width('todorokite', '3×3'));
  });

  it('ramsdellite: 1×2 along b through (0,½) and (½,0); its centre line is closed, so the width is the free sphere’s', () => {
    const { crystal, cell } = load('ramsdellite');
    const [t] = tunnelsOf('ramsdellite');
    expect(tunnelsOf('ramsdellite')).toHaveLength(1);
    expect(t.name).toBe('1×2');
    expect(t.axis).toBe(1);
    for (const c of [
      [0, 0, 0.5],
      [0.5, 0, 0],
    ])
      expect(t.centres.some((q) => sameAxis(q, c, 1))).toBe(true);
    // The straight axis passes within an O²⁻ radius of a wall O: no sphere goes straight down.
    expect(axisClearance(crystal, cell, 1, t.centres[0])).toBeLessThan(1.4);
    // …so the label gives the zigzag path's free sphere plus two O²⁻ radii: open, and wider.
    expect(t.free).toBeGreaterThan(0.3);
    expect(t.across).toBeCloseTo((t.free ?? 0) + 2.8, 6);
    expect(t.across).toBeGreaterThan(2 * axisClearance(crystal, cell, 1, t.centres[0]));
  });
});

describe('a user’s own file', () => {
  /** The file written out again in P1 with its origin moved by `shift` (no catalogue entry). */
  function p1Shifted(id: string, shift: Vec3): string {
    const { crystal, cell } = load(id);
    const L = crystal.lattice;
    const rows: string[] = [];
    for (let i = 0; i < cell.count; i++) {
      const s = crystal.sites[cell.site[i]];
      const sp = s.species[0];
      const sign = (sp.oxidation ?? 0) < 0 ? '-' : '+';
      const type = sp.oxidation ? `${sp.element}${Math.abs(sp.oxidation)}${sign}` : sp.element;
      const f = [0, 1, 2].map((k) => cell.frac[3 * i + k] + shift[k]);
      rows.push(`${sp.element}${i} ${type} ${f.join(' ')} ${sp.occupancy}`);
    }
    return [
      'data_mine',
      `_cell_length_a ${L.a}`,
      `_cell_length_b ${L.b}`,
      `_cell_length_c ${L.c}`,
      `_cell_angle_alpha ${L.alpha}`,
      `_cell_angle_beta ${L.beta}`,
      `_cell_angle_gamma ${L.gamma}`,
      "_space_group_name_H-M_alt 'P 1'",
      'loop_',
      '_space_group_symop_operation_xyz',
      'x,y,z',
      'loop_',
      '_atom_site_label',
      '_atom_site_type_symbol',
      '_atom_site_fract_x',
      '_atom_site_fract_y',
      '_atom_site_fract_z',
      '_atom_site_occupancy',
      ...rows,
    ].join('\n');
  }

  it('a K-hollandite in P1 with its origin moved gets the same tunnels, moved with it', () => {
    const shift: Vec3 = [0.13, 0.27, 0.4];
    const { crystal, cell } = read(p1Shifted('K-hollandite', shift), 'mine.cif');
    const tunnels = findTunnels(crystal, cell);
    for (const o of HOLLANDITE(true)) {
      const t = tunnels.find((x) => x.name === o.name);
      expect(t, o.name).toBeDefined();
      if (!t) continue;
      expect(t.centres).toHaveLength(o.centres.length);
      for (const c of o.centres) {
        const moved = c.map((v, k) => v + shift[k]);
        expect(t.centres.some((q) => sameAxis(q, moved, 2))).toBe(true);
      }
      expect(t.across).toBeCloseTo(o.across, 3);
      expect(t.occupied).toBe(o.occupied);
    }
  });
});

describe('an open tunnel’s centre is its axis', () => {
  for (const key of ['alpha-MnO2', 'beta-MnO2', 'todorokite', 'scenario li-alpha-mno2']) {
    it(`${key}: each centre is a local maximum of the clearance, copies alike`, () => {
      const { crystal, cell } = CATALOGUED[key].get();
      for (const t of tunnelsOf(key)) {
        const [p, q] = ([0, 1, 2] as const).filter((k) => k !== t.axis);
        const first = axisClearance(crystal, cell, t.axis, t.centres[0]);
        expect(first, `${t.name} is open`).toBeGreaterThan(1.4); // wider than an O²⁻ radius
        for (const centre of t.centres) {
          const here = axisClearance(crystal, cell, t.axis, centre);
          expect(here, `${t.name} copies`).toBeCloseTo(first, 6);
          // 0.02 of a cell (≈ 0.2 Å) in eight directions: every step narrows the opening.
          for (let k = 0; k < 8; k++) {
            const angle = (k * Math.PI) / 4;
            const moved: Vec3 = [...centre];
            moved[p] += 0.02 * Math.cos(angle);
            moved[q] += 0.02 * Math.sin(angle);
            expect(axisClearance(crystal, cell, t.axis, moved)).toBeLessThan(here);
          }
        }
      }
    });
  }
});

describe('tunnel label anchors', () => {
  it('puts one label at every tunnel copy of a 2×2×2 hollandite block, faces included', () => {
    const tunnels = tunnelsOf('alpha-MnO2');
    const anchors = tunnelAnchors(tunnels, [2, 2, 2]);
    const count = (name: string) => anchors.filter((a) => tunnels[a.tunnel].name === name).length;
    // 2×2 through 0,0 (3×3 copies on the 0…2 grid) and ½,½ (2×2 copies): 13, less the three
    // under the axis labels at 0,0, 1,0 and 0,1.
    expect(count('2×2')).toBe(10);
    const at = (p: number, q: number) =>
      anchors.some((a) => Math.abs(a.frac[0] - p) < 1e-9 && Math.abs(a.frac[1] - q) < 1e-9);
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
    const tunnels = tunnelsOf('alpha-MnO2');
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
    expect(tunnelAnchors(tunnelsOf('alpha-MnO2'), [8, 8, 1]).length).toBeGreaterThan(
      MAX_TUNNEL_LABELS,
    );
  });
});
