import { describe, expect, it } from 'vitest';
import { elementSymbol } from '../../src/crystal/elements';
import { buildModel, nearestNeighbours, type StructureModel } from '../../src/crystal/model';
import { MAX_SUPERCELL_ATOMS, ON_BOUNDARY, OUTSIDE, REPEAT } from '../../src/crystal/supercell';
import type { Lattice } from '../../src/crystal/types';
import { hollandite, prussianBlue, simpleCubic } from './fixtures/hollandite';

function model(r: ReturnType<typeof buildModel>): StructureModel {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function distance(l: Lattice, f: Float32Array, a: number, b: number): number {
  const d = [0, 1, 2].map((k) => f[3 * b + k] - f[3 * a + k]);
  const m = l.matrix;
  return Math.hypot(
    d[0] * m[0] + d[1] * m[3] + d[2] * m[6],
    d[0] * m[1] + d[1] * m[4] + d[2] * m[7],
    d[0] * m[2] + d[1] * m[5] + d[2] * m[8],
  );
}

describe('buildModel: drawn atoms', () => {
  it('draws a one-atom simple cubic cell 2×2×2 as 27 atoms (faces, edges, corners repeated)', () => {
    const { crystal, cell } = simpleCubic();
    const m = model(buildModel(crystal, cell, { supercell: [2, 2, 2] }));
    expect(m.atoms.count).toBe(27);
    const flags = Array.from(m.atoms.flags);
    expect(flags.filter((f) => f & REPEAT).length).toBe(27 - 8);
    expect(flags.filter((f) => f & ON_BOUNDARY).length).toBe(26); // all but the centre (1,1,1)
    expect(Math.max(...m.atoms.frac)).toBe(2);
    expect(Math.min(...m.atoms.frac)).toBe(0);
    // Po–Po is metal–metal: no bonds, no polyhedra.
    expect(m.bonds.count).toBe(0);
    expect(m.polyhedra.count).toBe(0);
  });

  it('treats a coordinate just below 1 as on the face', () => {
    const { crystal, cell } = simpleCubic();
    cell.frac[0] = 0.99999;
    const m = model(buildModel(crystal, cell, { supercell: [1, 1, 1] }));
    expect(m.atoms.count).toBe(8);
  });

  it('keeps α-MnO2 1×1×1 at 24 atoms plus boundary repeats, each tagged with site and element', () => {
    const { crystal, cell } = hollandite();
    const m = model(buildModel(crystal, cell, { supercell: [1, 1, 1], completePolyhedra: false }));
    // 8h atoms at z = 0 sit on the c faces: each is repeated at z = 1; the ½ layer is not.
    expect(m.atoms.count).toBe(24 + 12);
    expect(Array.from(m.atoms.flags).filter((f) => f & REPEAT).length).toBe(12);
    const mn = Array.from(m.atoms.element).filter((z) => z === 25).length;
    expect(mn).toBe(8 + 4);
    for (let d = 0; d < m.atoms.count; d++) {
      expect(elementSymbol(m.atoms.element[d])).toBe(
        crystal.sites[m.atoms.site[d]].species[0].element,
      );
    }
  });
});

describe('buildModel: bonds and polyhedra', () => {
  it('completes every MnO6 octahedron of α-MnO2 with ligands just outside the block', () => {
    const { crystal, cell } = hollandite();
    const m = model(buildModel(crystal, cell, { supercell: [1, 1, 1] }));
    const f = m.atoms.flags;
    const inBlockMn = Array.from(m.atoms.element).filter(
      (z, d) => z === 25 && !(f[d] & OUTSIDE),
    ).length;
    expect(m.polyhedra.count).toBe(inBlockMn);
    expect(Array.from(f).some((x) => x & OUTSIDE)).toBe(true);
    const p = m.polyhedra;
    for (let k = 0; k < p.count; k++) {
      expect(m.atoms.element[p.centre[k]]).toBe(25);
      expect(p.ligandStart[k + 1] - p.ligandStart[k]).toBe(6);
      expect((p.triangleStart[k + 1] - p.triangleStart[k]) / 3).toBe(8);
      expect((p.edgeStart[k + 1] - p.edgeStart[k]) / 2).toBe(12);
      for (let q = p.ligandStart[k]; q < p.ligandStart[k + 1]; q++) {
        expect(m.atoms.element[p.ligands[q]]).toBe(8);
        const d = distance(crystal.lattice, m.atoms.frac, p.centre[k], p.ligands[q]);
        expect(d).toBeGreaterThan(1.85);
        expect(d).toBeLessThan(1.97);
      }
    }
    // Every in-block Mn has its 6 Mn–O bonds among the drawn atoms, with true lengths.
    const bondsPer = new Uint32Array(m.atoms.count);
    for (let b = 0; b < m.bonds.count; b++) {
      const [i, j] = [m.bonds.pairs[2 * b], m.bonds.pairs[2 * b + 1]];
      bondsPer[i]++;
      bondsPer[j]++;
      expect(distance(crystal.lattice, m.atoms.frac, i, j)).toBeCloseTo(m.bonds.length[b], 4);
    }
    for (let d = 0; d < m.atoms.count; d++)
      if (m.atoms.element[d] === 25 && !(f[d] & OUTSIDE)) expect(bondsPer[d]).toBe(6);
  });

  it('without completion draws only polyhedra whose ligands are all inside', () => {
    const { crystal, cell } = hollandite();
    // In one cell every MnO6 reaches across a face (O2 at x = −0.04); in 2×2×2 some do not.
    const one = model(
      buildModel(crystal, cell, { supercell: [1, 1, 1], completePolyhedra: false }),
    );
    expect(one.polyhedra.count).toBe(0);
    const whole = model(buildModel(crystal, cell, { supercell: [2, 2, 2] }));
    const part = model(
      buildModel(crystal, cell, { supercell: [2, 2, 2], completePolyhedra: false }),
    );
    expect(whole.polyhedra.count).toBe(80); // all 8·8 in-block Mn + 16 repeats at z = 2
    // Whole without help: the z = 1 layer's 4 Mn × 4 cells (their x, y shells stay inside a
    // cell), and each z = ½-type Mn in the 2 of 4 cells on the side its O2 reaches, × 2 layers.
    expect(part.polyhedra.count).toBe(16 + 16);
    expect(part.polyhedra.count).toBeLessThan(whole.polyhedra.count);
    expect(part.polyhedra.count).toBeGreaterThan(0);
    expect(Array.from(part.atoms.flags).some((x) => x & OUTSIDE)).toBe(false);
  });

  it('draws KO8 only when K is asked for as a centre', () => {
    const { crystal, cell } = hollandite(true);
    const without = model(buildModel(crystal, cell, { supercell: [1, 1, 1] }));
    const withK = model(
      buildModel(crystal, cell, { supercell: [1, 1, 1], polyhedronCentres: ['Mn', 'K'] }),
    );
    const kPolys = (m: StructureModel) =>
      Array.from(m.polyhedra.centre).filter((c) => m.atoms.element[c] === 19).length;
    expect(kPolys(without)).toBe(0);
    expect(kPolys(withK)).toBeGreaterThan(0);
    for (let k = 0; k < withK.polyhedra.count; k++) {
      if (withK.atoms.element[withK.polyhedra.centre[k]] !== 19) continue;
      expect(withK.polyhedra.ligandStart[k + 1] - withK.polyhedra.ligandStart[k]).toBe(8);
    }
  });

  it('gives Prussian blue 27 Fe octahedra in a 1×1×1 block (14 FeN6 corners/faces, 13 FeC6)', () => {
    const { crystal, cell } = prussianBlue();
    const m = model(buildModel(crystal, cell, { supercell: [1, 1, 1] }));
    expect(m.polyhedra.count).toBe(27);
    const kinds = new Map<number, number>();
    for (let k = 0; k < m.polyhedra.count; k++) {
      const lig = m.atoms.element[m.polyhedra.ligands[m.polyhedra.ligandStart[k]]];
      kinds.set(lig, (kinds.get(lig) ?? 0) + 1);
    }
    expect(kinds.get(7)).toBe(14);
    expect(kinds.get(6)).toBe(13);
  });

  it('refuses a supercell over the cap, saying the size, the atom count and the cap', () => {
    const { crystal, cell } = hollandite(true);
    const big = buildModel(crystal, cell, { supercell: [20, 20, 20] });
    expect(big.ok).toBe(false);
    if (!big.ok) {
      expect(big.error.message).toContain('20×20×20');
      // 400·(12·21 + 12·20) Mn/O + 21·21·20 + 20·20·21 K, counting boundary repeats.
      expect(big.error.message).toContain('214,020');
      expect(big.error.message).toContain(MAX_SUPERCELL_ATOMS.toLocaleString('en'));
    }
    const wide = buildModel(crystal, cell, { supercell: [21, 1, 1] });
    expect(wide.ok).toBe(false);
    if (!wide.ok) expect(wide.error.message).toContain('21×1×1');
    expect(buildModel(crystal, cell, { supercell: [0, 1, 1] }).ok).toBe(false);
  });

  it('builds a ~100,000-atom hollandite block', () => {
    const { crystal, cell } = hollandite(true);
    const t0 = performance.now();
    const m = model(buildModel(crystal, cell, { supercell: [20, 20, 10] }));
    const ms = performance.now() - t0;
    console.info(
      `hollandite 20×20×10: ${m.atoms.count} atoms, ${m.bonds.count} bonds, ${m.polyhedra.count} polyhedra in ${ms.toFixed(0)} ms`,
    );
    expect(m.atoms.count).toBeGreaterThan(100_000);
    expect(m.polyhedra.count).toBeGreaterThanOrEqual(8 * 4000);
    expect(m.bonds.count).toBeGreaterThan(6 * 8 * 4000);
  });
});

describe('nearestNeighbours', () => {
  it('lists the MnO6 shell of α-MnO2 first, sorted, with labels', () => {
    const { crystal, cell } = hollandite();
    const r = nearestNeighbours(crystal, cell, { site: 0 }, 8);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const list = r.value;
    expect(list.length).toBe(8);
    for (let k = 1; k < list.length; k++)
      expect(list[k].distance).toBeGreaterThanOrEqual(list[k - 1].distance);
    for (const n of list.slice(0, 6)) {
      expect(n.element).toBe('O');
      expect(['O1', 'O2']).toContain(n.label);
      expect(n.distance).toBeGreaterThan(1.85);
      expect(n.distance).toBeLessThan(1.97);
    }
    expect(list[6].distance).toBeGreaterThan(2.5); // then the Mn–Mn edge-sharing neighbour
  });

  it('finds the 6 images of a simple cubic atom at a', () => {
    const { crystal, cell } = simpleCubic('Po', 3.35);
    const r = nearestNeighbours(crystal, cell, { atom: 0 }, 6);
    expect(r.ok && r.value.map((n) => n.distance)).toEqual(Array(6).fill(3.35));
    expect(nearestNeighbours(crystal, cell, { atom: 5 }).ok).toBe(false);
  });
});
