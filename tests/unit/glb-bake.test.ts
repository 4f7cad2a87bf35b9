/** Baked GLB geometry: vertex counts, closed unit normals, surfaces where the inputs say. */
import { describe, expect, it } from 'vitest';
import {
  bakeScene,
  CYLINDER_SEGMENTS,
  cylinderVertexCount,
  meshTotals,
  sphereTemplate,
  sphereTriangleCount,
  sphereVertexCount,
} from '../../src/export/glb-bake';
import { SceneCollector } from '../../src/export/glb-collect';

const SEG: [number, number] = [12, 8];

function distances(positions: Float32Array, c: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < positions.length; i += 3)
    out.push(Math.hypot(positions[i] - c[0], positions[i + 1] - c[1], positions[i + 2] - c[2]));
  return out;
}

describe('sphereTemplate', () => {
  it('has the grid’s vertex and triangle counts, every index in range and no zero-area face', () => {
    const t = sphereTemplate(SEG);
    expect(t.positions.length / 3).toBe(sphereVertexCount(SEG));
    expect(t.indices.length / 3).toBe(sphereTriangleCount(SEG));
    expect(Math.max(...t.indices)).toBeLessThan(sphereVertexCount(SEG));
    for (let k = 0; k < t.indices.length; k += 3) {
      const [a, b, c] = [0, 1, 2].map((j) =>
        Array.from(t.positions.subarray(3 * t.indices[k + j], 3 * t.indices[k + j] + 3)),
      );
      const u = a.map((v, i) => b[i] - v);
      const w = a.map((v, i) => c[i] - v);
      const n = [u[1] * w[2] - u[2] * w[1], u[2] * w[0] - u[0] * w[2], u[0] * w[1] - u[1] * w[0]];
      // Outward winding: the face normal points away from the centre.
      const mid = a.map((v, i) => (v + b[i] + c[i]) / 3);
      expect(Math.hypot(...n)).toBeGreaterThan(1e-6);
      expect(n[0] * mid[0] + n[1] * mid[1] + n[2] * mid[2]).toBeGreaterThan(0);
    }
  });
});

describe('bakeScene', () => {
  it('merges spheres per colour at their centres and radii, bonds in two coloured halves', () => {
    const c = new SceneCollector();
    c.sphere('atoms-Mn', [0.5, 0.2, 0.6], 1, 2, 3, 0.5);
    c.sphere('atoms-Mn', [0.5, 0.2, 0.6], -1, 0, 0, 0.5);
    c.sphere('atoms-O', [1, 0, 0], 0, 0, 0, 0.3);
    c.sphere('atoms-O', [1, 0, 0], 5, 5, 5, 0); // hidden: radius 0 draws nothing
    c.bond(0.1, [0, 0, 0], [2, 0, 0], 'Mn', [0.5, 0.2, 0.6], 'O', [1, 0, 0]);
    const meshes = bakeScene(c.result(SEG));
    expect(meshes.map((m) => m.name)).toEqual(['atoms-Mn', 'atoms-O', 'bonds-Mn', 'bonds-O']);
    const [mn, o, bondMn, bondO] = meshes;
    expect(mn.positions.length / 3).toBe(2 * sphereVertexCount(SEG));
    expect(o.positions.length / 3).toBe(sphereVertexCount(SEG));
    const d = distances(mn.positions.subarray(0, 3 * sphereVertexCount(SEG)), [1, 2, 3]);
    for (const r of d) expect(r).toBeCloseTo(0.5, 5);
    expect(Math.max(...mn.indices)).toBe(2 * sphereVertexCount(SEG) - 1);
    expect(bondMn.positions.length / 3).toBe(cylinderVertexCount());
    // The Mn half runs from 0 to the middle, the O half from the middle to 2.
    const xs = (m: Float32Array) => Array.from(m.filter((_, i) => i % 3 === 0));
    expect(Math.min(...xs(bondMn.positions))).toBeCloseTo(0, 6);
    expect(Math.max(...xs(bondMn.positions))).toBeCloseTo(1, 6);
    expect(Math.min(...xs(bondO.positions))).toBeCloseTo(1, 6);
    for (const r of distances(
      bondO.positions.map((v, i) => (i % 3 === 0 ? 0 : v)),
      [0, 0, 0],
    ))
      expect(r).toBeCloseTo(0.1, 6);
    for (const m of meshes)
      for (const n of distances(m.normals, [0, 0, 0])) expect(n).toBeCloseTo(1, 5);
  });

  it('keeps cylinder normals outward and drops zero-length pieces and collapsed faces', () => {
    const c = new SceneCollector();
    c.cylinder('unit-cell', [0.1, 0.1, 0.1], 0.04, [0, 0, 0], [0, 0, 3]);
    c.cylinder('unit-cell', [0.1, 0.1, 0.1], 0.04, [1, 1, 1], [1, 1, 1]);
    c.triangle('polyhedra', [0, 0, 1], 0.6, [0, 0, 0, 1, 0, 0, 0, 1, 0]);
    c.triangle('polyhedra', [0, 0, 1], 0.6, [0, 0, 0, 1, 1, 1, 2, 2, 2]);
    const [faces, cell] = bakeScene(c.result(SEG)).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(cell.positions.length / 3).toBe(2 * CYLINDER_SEGMENTS);
    for (let k = 0; k < cell.indices.length; k += 3) {
      const i = cell.indices[k];
      const p = [0, 1, 2].map((j) => cell.positions[3 * i + j]);
      const n = [0, 1, 2].map((j) => cell.normals[3 * i + j]);
      expect(p[0] * n[0] + p[1] * n[1]).toBeGreaterThan(0);
    }
    expect(faces.indices.length).toBe(3);
    expect(faces.doubleSided).toBe(true);
    expect(faces.opacity).toBe(0.6);
    expect(Array.from(faces.normals.subarray(0, 3))).toEqual([0, 0, 1]);
    expect(meshTotals([faces, cell])).toEqual({
      vertices: 3 + 2 * CYLINDER_SEGMENTS,
      triangles: 1 + 2 * CYLINDER_SEGMENTS,
    });
  });

  it('names a second colour of one element apart, and leaves empty sets out', () => {
    const c = new SceneCollector();
    c.sphere('atoms-Ni', [0.2, 0.8, 0.2], 0, 0, 0, 0.5);
    c.sphere('atoms-Ni', [1, 1, 1], 1, 0, 0, 0.5);
    const meshes = bakeScene(c.result(SEG));
    expect(meshes.length).toBe(2);
    expect(new Set(meshes.map((m) => m.name)).size).toBe(2);
    expect(bakeScene(new SceneCollector().result(SEG))).toEqual([]);
  });
});
