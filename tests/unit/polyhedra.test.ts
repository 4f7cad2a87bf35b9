import { describe, expect, it } from 'vitest';
import { findBonds } from '../../src/crystal/bonds';
import { atomicNumber, elementSymbol } from '../../src/crystal/elements';
import { convexHull } from '../../src/crystal/hull';
import {
  bondShells,
  type PolyhedronTemplate,
  polyhedronTemplate,
} from '../../src/crystal/polyhedra';
import type { CellAtoms, Crystal } from '../../src/crystal/types';
import { hollandite, prussianBlue } from './fixtures/hollandite';

function edgeCount(h: { edges: Uint32Array }): number {
  return h.edges.length / 2;
}

/** Every triangle's outward normal points away from the points' centroid. */
function expectOutward(p: number[], tris: Uint32Array): void {
  const n = p.length / 3;
  const c = [0, 1, 2].map((k) => p.filter((_, i) => i % 3 === k).reduce((s, v) => s + v, 0) / n);
  for (let t = 0; t < tris.length; t += 3) {
    const [a, b, d] = [tris[t], tris[t + 1], tris[t + 2]];
    const u = [0, 1, 2].map((k) => p[3 * b + k] - p[3 * a + k]);
    const v = [0, 1, 2].map((k) => p[3 * d + k] - p[3 * a + k]);
    const nrm = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
    const out = [0, 1, 2].map((k) => p[3 * a + k] - c[k]);
    expect(nrm[0] * out[0] + nrm[1] * out[1] + nrm[2] * out[2]).toBeGreaterThan(0);
  }
}

describe('convexHull', () => {
  it('gives an octahedron 8 triangles and 12 edges', () => {
    const p = [2, 0, 0, -2, 0, 0, 0, 2, 0, 0, -2, 0, 0, 0, 2, 0, 0, -2];
    const h = convexHull(p, 6);
    expect(h?.triangles.length).toBe(24);
    expect(edgeCount(h as NonNullable<typeof h>)).toBe(12);
    expectOutward(p, h?.triangles as Uint32Array);
    // Stored normals are unit length and agree with the winding.
    for (let k = 0; k < 8; k++)
      expect(Math.hypot(...(h?.normals.slice(3 * k, 3 * k + 3) ?? []))).toBeCloseTo(1, 12);
  });

  it('merges coplanar square faces of a cube (KO8): 12 triangles, 12 edges, no diagonals', () => {
    const p: number[] = [];
    for (const x of [-1, 1])
      for (const y of [-1, 1]) for (const z of [-1, 1]) p.push(x * 1.6, y * 1.6, z * 1.4);
    const h = convexHull(p, 8);
    expect(h?.triangles.length).toBe(36);
    expect(edgeCount(h as NonNullable<typeof h>)).toBe(12);
    // No edge joins opposite corners of a face: every edge is parallel to an axis.
    const e = h?.edges as Uint32Array;
    for (let k = 0; k < e.length; k += 2) {
      const diff = [0, 1, 2].filter((ax) => p[3 * e[k] + ax] !== p[3 * e[k + 1] + ax]);
      expect(diff.length).toBe(1);
    }
    expectOutward(p, h?.triangles as Uint32Array);
  });

  it('gives a trigonal prism (NaO6 in P2) 8 triangles and 9 edges', () => {
    const p: number[] = [];
    for (const z of [-1.4, 1.4])
      for (let k = 0; k < 3; k++)
        p.push(1.6 * Math.cos((2 * Math.PI * k) / 3), 1.6 * Math.sin((2 * Math.PI * k) / 3), z);
    const h = convexHull(p, 6);
    expect(h?.triangles.length).toBe(24);
    expect(edgeCount(h as NonNullable<typeof h>)).toBe(9);
    expectOutward(p, h?.triangles as Uint32Array);
  });

  it('handles a tetrahedron, a flat square and refuses collinear points', () => {
    const tet = [1, 1, 1, 1, -1, -1, -1, 1, -1, -1, -1, 1];
    const h = convexHull(tet, 4);
    expect(h?.triangles.length).toBe(12);
    expect(edgeCount(h as NonNullable<typeof h>)).toBe(6);
    expectOutward(tet, h?.triangles as Uint32Array);
    const square = convexHull([1, 0, 0, 0, 1, 0, -1, 0, 0, 0, -1, 0], 4);
    expect(square?.flat).toBe(true);
    expect(edgeCount(square as NonNullable<typeof square>)).toBe(4);
    expect(convexHull([0, 0, 0, 1, 0, 0, 2, 0, 0, 3, 0, 0], 4)).toBeNull();
  });
});

function templates(crystal: Crystal, cell: CellAtoms) {
  const z = Uint8Array.from(cell.site, (s) => atomicNumber(crystal.sites[s].species[0].element));
  const shells = bondShells(cell.count, findBonds(crystal.lattice, cell.frac, z, cell.count));
  return {
    z,
    list: shells.map((s) => polyhedronTemplate(crystal.lattice.matrix, cell.frac, z, s)),
  };
}

describe('polyhedronTemplate', () => {
  it('makes each MnO6 in α-MnO2 an octahedron: 6 vertices, 8 triangles, 12 edges', () => {
    const { crystal, cell } = hollandite();
    const { z, list } = templates(crystal, cell);
    let count = 0;
    list.forEach((t, a) => {
      if (z[a] !== 25) return;
      count++;
      const tt = t as PolyhedronTemplate;
      expect(tt.ligand.length).toBe(6);
      expect(Array.from(tt.ligand, (b) => elementSymbol(z[b]))).toEqual(Array(6).fill('O'));
      expect(tt.triangles.length / 3).toBe(8);
      expect(tt.edges.length / 2).toBe(12);
    });
    expect(count).toBe(8);
  });

  it('makes KO8 in hollandite a square prism and FeC6/FeN6 octahedra in Prussian blue', () => {
    const withK = hollandite(true);
    const kt = templates(withK.crystal, withK.cell);
    const k = kt.list[withK.cell.count - 1] as PolyhedronTemplate;
    expect(k.ligand.length).toBe(8);
    expect(k.triangles.length / 3).toBe(12);
    expect(k.edges.length / 2).toBe(12);
    const pb = prussianBlue();
    const { z, list } = templates(pb.crystal, pb.cell);
    const kinds = new Set<string>();
    list.forEach((t, a) => {
      if (z[a] !== 26) return;
      const tt = t as PolyhedronTemplate;
      kinds.add(`Fe${elementSymbol(z[tt.ligand[0]])}${tt.ligand.length}`);
      expect(tt.triangles.length / 3).toBe(8);
      expect(new Set(Array.from(tt.ligand, (b) => z[b])).size).toBe(1);
    });
    expect([...kinds].sort()).toEqual(['FeC6', 'FeN6']);
  });
});
