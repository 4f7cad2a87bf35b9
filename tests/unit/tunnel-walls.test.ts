/**
 * A tunnel label stands only where the picture shows the tunnel: a copy whose whole ring of
 * wall octahedra is drawn in the block (src/crystal/tunnel-walls.ts). Copies on the block's
 * faces and corners show half a ring or none; walls that run along a face (todorokite's and
 * ramsdellite's, whose Mn lie 0.01–0.15 Å off the cell faces) are drawn whole, so the tunnels
 * beside them keep their walls and their labels.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandCell } from '../../src/crystal/expand';
import { buildModel, type StructureModel } from '../../src/crystal/model';
import { readCif } from '../../src/crystal/read';
import { OUTSIDE, REPEAT } from '../../src/crystal/supercell';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { drawnColumns, wallsDrawn } from '../../src/crystal/tunnel-walls';
import type { TunnelSize } from '../../src/crystal/tunnels';
import type { CellAtoms, Crystal } from '../../src/crystal/types';
import { tunnelAnchors } from '../../src/scene/tunnel-anchors';
import { findTunnels } from '../../src/voids/tunnel-sizes';

const DIR = path.resolve(__dirname, '../../structures');

beforeAll(() => initMoyoNode());

const structures = new Map<string, { crystal: Crystal; cell: CellAtoms; tunnels: TunnelSize[] }>();
function structure(id: string) {
  let s = structures.get(id);
  if (!s) {
    const r = readCif(readFileSync(path.join(DIR, `${id}.cif`), 'utf8'), id);
    if (!r.ok) throw new Error(r.error.message);
    const crystal = r.value.crystals[0];
    const cell = expandCell(crystal);
    s = { crystal, cell, tunnels: findTunnels(crystal, cell) };
    structures.set(id, s);
  }
  return s;
}

function model(id: string, supercell: [number, number, number]): StructureModel {
  const { crystal, cell } = structure(id);
  const m = buildModel(crystal, cell, { supercell });
  if (!m.ok) throw new Error(m.error.message);
  return m.value;
}

/** Labels per tunnel name in a block, as the view places them (with the drawn atoms or not). */
function labels(id: string, supercell: [number, number, number], withWalls = true) {
  const { tunnels } = structure(id);
  const atoms = model(id, supercell).atoms;
  const axes = [...new Set(tunnels.map((t) => t.axis))];
  const drawn = drawnColumns(atoms.frac, axes, (i) => (atoms.flags[i] & OUTSIDE) !== 0);
  const anchors = tunnelAnchors(tunnels, supercell, false, withWalls ? drawn : undefined);
  const count: Record<string, number> = {};
  for (const a of anchors) count[tunnels[a.tunnel].name] = (count[tunnels[a.tunnel].name] ?? 0) + 1;
  return { count, anchors, tunnels };
}

describe('the wall ring of a tunnel copy', () => {
  it('is present only when every wall column has a drawn atom on it', () => {
    // A square ring of four columns around (1, 1) looking down c.
    const walls = [
      [0.3, 0, 0],
      [0, 0.3, 0],
      [-0.3, 0, 0],
      [0, -0.3, 0],
    ] as [number, number, number][];
    const ring = [1.3, 1, 0, 1, 1.3, 0.5, 0.7, 1, 0, 1, 0.7, 0.5];
    const all = drawnColumns(ring, [2]);
    expect(wallsDrawn(all, 2, [1, 1, 0.5], walls)).toBe(true);
    // Along the axis the column may be anywhere; a float32 rounding is still on it.
    expect(wallsDrawn(all, 2, [1 + 1e-7, 1, 9], walls)).toBe(true);
    // One column gone (the one a face at x = 0.8 would cut off): no ring.
    expect(
      wallsDrawn(drawnColumns(ring.slice(0, 6).concat(ring.slice(9)), [2]), 2, [1, 1, 0], walls),
    ).toBe(false);
    // Left out by `skip` (a ligand beyond the block): no ring either.
    expect(
      wallsDrawn(
        drawnColumns(ring, [2], (i) => i === 2),
        2,
        [1, 1, 0],
        walls,
      ),
    ).toBe(false);
    // Another axis's columns were not binned: not drawn; nothing known of the walls: drawn.
    expect(wallsDrawn(all, 0, [0, 1, 1], walls)).toBe(false);
    expect(wallsDrawn(all, 2, [5, 5, 0], [])).toBe(true);
  });

  it('the analysis gives each copy its ring: 3×3 is 12 octahedra, 2×2 is 8, 1×1 is 4', () => {
    const ring = (id: string, name: string) =>
      structure(id)
        .tunnels.find((t) => t.name === name)
        ?.walls?.map((w) => w.length);
    expect(ring('todorokite', '3×3')).toEqual([12]);
    expect(ring('todorokite', '1×1')).toEqual([4]);
    expect(ring('alpha-MnO2', '2×2')).toEqual([8, 8]);
    expect(ring('alpha-MnO2', '1×1')).toEqual([4, 4]);
    expect(ring('beta-MnO2', '1×1')).toEqual([4, 4]);
    expect(ring('ramsdellite', '1×2')).toEqual([6, 6]);
  });
});

describe('labels only on tunnels the block draws', () => {
  // Before the rule every copy in the block, faces and corners included, got a label.
  const cases: [
    string,
    [number, number, number],
    Record<string, number>,
    Record<string, number>,
  ][] = [
    // The 3×3 through x = z = ½ (all four copies have whole walls); of the nine 1×1 at the
    // chain junctions only the middle one (1, 1) has its four walls (less the three under
    // the axis labels, the old rule labelled six).
    ['todorokite', [2, 1, 2], { '3×3': 4, '1×1': 1 }, { '3×3': 4, '1×1': 6 }],
    ['todorokite', [1, 1, 1], { '3×3': 1 }, { '3×3': 1, '1×1': 1 }],
    ['todorokite', [3, 1, 3], { '3×3': 9, '1×1': 4 }, { '3×3': 9, '1×1': 13 }],
    // 2×2: (1,1) and the four ½,½ copies; 1×1: (1,½), (1,1½), (½,1), (1½,1).
    ['alpha-MnO2', [2, 2, 1], { '2×2': 5, '1×1': 4 }, { '2×2': 10, '1×1': 12 }],
    ['alpha-MnO2', [1, 1, 1], { '2×2': 1 }, { '2×2': 2, '1×1': 4 }],
    ['alpha-MnO2', [3, 3, 1], { '2×2': 13, '1×1': 12 }, { '2×2': 22, '1×1': 24 }],
    ['K-hollandite', [2, 2, 1], { '2×2': 5, '1×1': 4 }, { '2×2': 10, '1×1': 12 }],
    ['beta-MnO2', [2, 2, 1], { '1×1': 4 }, { '1×1': 12 }],
    ['beta-MnO2', [3, 3, 1], { '1×1': 12 }, { '1×1': 24 }],
    ['ramsdellite', [2, 1, 2], { '1×2': 4 }, { '1×2': 12 }],
    ['ramsdellite', [3, 1, 3], { '1×2': 12 }, { '1×2': 24 }],
  ];
  for (const [id, sc, now, before] of cases) {
    it(`${id} ${sc.join('×')}: ${JSON.stringify(now)} (every copy: ${JSON.stringify(before)})`, () => {
      expect(labels(id, sc).count).toEqual(now);
      expect(labels(id, sc, false).count).toEqual(before);
    });
  }

  it('no label on the block’s outer faces, and every label’s ring is drawn in the block', () => {
    for (const [id, sc] of cases) {
      const { anchors, tunnels } = labels(id, sc);
      const atoms = model(id, sc).atoms;
      for (const a of anchors) {
        const [p, q] = [0, 1, 2].filter((k) => k !== a.axis);
        for (const k of [p, q]) expect(a.frac[k] > 0 && a.frac[k] < sc[k], id).toBe(true);
        // Each wall octahedron's centre is a drawn Mn inside the block's drawn atoms.
        const c = tunnels[a.tunnel].centres.findIndex((cc) =>
          [p, q].every((k) => Math.abs(a.frac[k] - cc[k] - Math.round(a.frac[k] - cc[k])) < 1e-6),
        );
        for (const w of tunnels[a.tunnel].walls?.[c] ?? []) {
          let found = false;
          for (let i = 0; i < atoms.count && !found; i++) {
            if (atoms.element[i] !== 25 || atoms.flags[i] & OUTSIDE) continue;
            found = [p, q].every((k) => Math.abs(atoms.frac[3 * i + k] - a.frac[k] - w[k]) < 1e-3);
          }
          expect(found, `${id} ${a.frac}`).toBe(true);
        }
      }
    }
  });
});

describe('walls along the block’s faces are drawn whole', () => {
  it('todorokite: each face wall is a triple chain, so each of the four 3×3 tunnels has 12 octahedra', () => {
    const m = model('todorokite', [2, 1, 2]);
    const mn = [...Array(m.atoms.count).keys()].filter((i) => m.atoms.element[i] === 25);
    // Mn2 at z = 0.016 is drawn at z = 2.016 too, and Mn4 at x = −0.0008 at x ≈ 0.
    const at = (x: number, z: number) =>
      mn.some(
        (i) =>
          Math.abs(m.atoms.frac[3 * i] - x) < 1e-3 && Math.abs(m.atoms.frac[3 * i + 2] - z) < 1e-3,
      );
    expect(at(0.2401, 2.0161)).toBe(true);
    expect(at(-0.0008, 1.7659)).toBe(true);
    // The copies beyond the face are repeats: the formula still counts 6 Mn per cell.
    expect(mn.filter((i) => !(m.atoms.flags[i] & (REPEAT | OUTSIDE))).length).toBe(6 * 4);
  });

  it('hollandite, 1.6 Å off its faces, draws the same atoms as before', () => {
    // 8 Mn per cell, four at z = 0 (drawn at z = 0 and 1) and four at z = ½ (I-centring),
    // none within 0.5 Å of an a or b face: only O2 is (0.41 Å), and it is no polyhedron centre.
    const m = model('alpha-MnO2', [1, 1, 1]);
    const inBlock = [...Array(m.atoms.count).keys()].filter((i) => !(m.atoms.flags[i] & OUTSIDE));
    const mn = inBlock.filter((i) => m.atoms.element[i] === 25);
    expect(mn.length).toBe(4 * 2 + 4);
  });
});
