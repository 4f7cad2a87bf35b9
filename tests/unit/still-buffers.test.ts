/**
 * A structure standing still keeps one position buffer per drawable, read as both ends of the
 * blend; a scenario's (moving) keeps two, rewritten per keyframe segment. On both layouts
 * (instanced meshes, impostor quads), for atoms, bonds and polyhedra.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { toSceneModel } from '../../src/app/scene-model-from-core';
import { expandCell } from '../../src/crystal/expand';
import { buildModel } from '../../src/crystal/model';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { buildAtomMeshes } from '../../src/scene/AtomMeshes';
import { buildBondMesh } from '../../src/scene/BondMesh';
import { createAtomImpostorMaterial } from '../../src/scene/gpu/atom-impostor-material';
import { createAtomMaterial } from '../../src/scene/gpu/atom-material';
import { createBondImpostorMaterial } from '../../src/scene/gpu/bond-impostor-material';
import { createBondMaterial } from '../../src/scene/gpu/bond-material';
import { createLatticeUniforms } from '../../src/scene/gpu/lattice-uniforms';
import { buildEdgeLines, buildFaceMesh } from '../../src/scene/PolyhedronMesh';

function alphaMnO2() {
  initMoyoNode();
  const file = path.resolve(import.meta.dirname, '../../structures/alpha-MnO2.cif');
  const read = readCif(readFileSync(file, 'utf8'), file);
  if (!read.ok) throw new Error(read.error.message);
  const crystal = read.value.crystals[0];
  const supercell: [number, number, number] = [2, 2, 1];
  const model = buildModel(crystal, expandCell(crystal), { supercell });
  if (!model.ok) throw new Error(model.error.message);
  return toSceneModel(crystal, model.value, supercell);
}

/** Each "from" attribute and its "to" attribute: the same object, or two equal arrays. */
function ends(geometry: THREE.BufferGeometry, pairs: [string, string][]) {
  return pairs.map(([from, to]) => {
    const a = geometry.getAttribute(from) as THREE.BufferAttribute;
    const b = geometry.getAttribute(to) as THREE.BufferAttribute;
    return { shared: a === b, equal: Array.from(a.array).join() === Array.from(b.array).join() };
  });
}

describe('position buffers of a still structure and of a moving one', () => {
  const scene = alphaMnO2();
  const uniforms = createLatticeUniforms();

  for (const impostors of [false, true]) {
    it(`atoms and bonds, ${impostors ? 'impostor quads' : 'instanced meshes'}`, () => {
      const atom = impostors ? createAtomImpostorMaterial(uniforms) : createAtomMaterial(uniforms);
      const bond = impostors ? createBondImpostorMaterial(uniforms) : createBondMaterial(uniforms);
      for (const moving of [false, true]) {
        const atoms = buildAtomMeshes(scene, atom, moving);
        expect(atoms.meshes.length).toBeGreaterThan(1);
        for (const m of atoms.meshes)
          expect(ends(m.geometry, [['aFrac', 'aFracTo']])).toEqual([
            { shared: !moving, equal: true },
          ]);
        const bonds = buildBondMesh(scene, bond, moving);
        expect(
          ends(bonds.geometry, [
            ['aFracA', 'aFracATo'],
            ['aFracB', 'aFracBTo'],
          ]),
        ).toEqual([
          { shared: !moving, equal: true },
          { shared: !moving, equal: true },
        ]);
        atoms.dispose();
        bonds.geometry.dispose();
      }
    });
  }

  it('polyhedron faces and edges', () => {
    expect(scene.faces.length).toBeGreaterThan(0);
    for (const moving of [false, true]) {
      const faces = buildFaceMesh(scene, createAtomMaterial(uniforms), moving);
      const edges = buildEdgeLines(scene, createAtomMaterial(uniforms), moving);
      for (const g of [faces.geometry, edges.geometry])
        expect(ends(g, [['aFrac', 'aFracTo']])).toEqual([{ shared: !moving, equal: true }]);
    }
  });
});
