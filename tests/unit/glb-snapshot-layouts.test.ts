/**
 * The glTF snapshot reads the drawn atoms and bonds back per item: it must give the same
 * model whether the scene draws instanced meshes (small scenes) or impostor quads (four
 * vertices per item, gpu/item-geometry.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { toSceneModel } from '../../src/app/scene-model-from-core';
import { expandCell } from '../../src/crystal/expand';
import { buildModel } from '../../src/crystal/model';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { buildAtomMeshes } from '../../src/scene/AtomMeshes';
import { buildBondMesh } from '../../src/scene/BondMesh';
import { snapshotScene } from '../../src/scene/export/glb-snapshot';
import { createAtomImpostorMaterial } from '../../src/scene/gpu/atom-impostor-material';
import { createAtomMaterial } from '../../src/scene/gpu/atom-material';
import { createBondImpostorMaterial } from '../../src/scene/gpu/bond-impostor-material';
import { createBondMaterial } from '../../src/scene/gpu/bond-material';
import { createLatticeUniforms, setLattice } from '../../src/scene/gpu/lattice-uniforms';

function alphaMnO2Scene(supercell: [number, number, number]) {
  initMoyoNode();
  const file = path.resolve(import.meta.dirname, '../../structures/alpha-MnO2.cif');
  const read = readCif(readFileSync(file, 'utf8'), file);
  if (!read.ok) throw new Error(read.error.message);
  const crystal = read.value.crystals[0];
  const model = buildModel(crystal, expandCell(crystal), { supercell });
  if (!model.ok) throw new Error(model.error.message);
  return { scene: toSceneModel(crystal, model.value, supercell), crystal };
}

function snapshot(impostors: boolean) {
  const supercell: [number, number, number] = [2, 2, 3];
  const { scene, crystal } = alphaMnO2Scene(supercell);
  const uniforms = createLatticeUniforms();
  setLattice(uniforms, crystal.lattice.matrix, supercell);
  const atomMaterial = impostors
    ? createAtomImpostorMaterial(uniforms)
    : createAtomMaterial(uniforms);
  const bondMaterial = impostors
    ? createBondImpostorMaterial(uniforms)
    : createBondMaterial(uniforms);
  atomMaterial.uniforms.uRadiusScale.value = 0.42;
  const root = new THREE.Group();
  const atoms = buildAtomMeshes(scene, atomMaterial);
  for (const m of atoms.meshes) root.add(m);
  const bonds = buildBondMesh(scene, bondMaterial);
  // Every bond shown: the visibility buffer starts empty until a style writes it.
  const shown = new Float32Array(scene.bonds.length / 2).fill(1);
  const attr = bonds.geometry.getAttribute('aVisible') as THREE.BufferAttribute;
  const copies = attr.count / shown.length;
  (attr.array as Float32Array).fill(1);
  root.add(bonds);
  return { result: snapshotScene(root).result([12, 8]), scene, copies, atoms: atoms.meshes };
}

describe('glTF snapshot on either layout', () => {
  it('reads the same spheres and bond halves from instanced meshes and from impostor quads', () => {
    const mesh = snapshot(false);
    const quads = snapshot(true);
    expect(mesh.copies).toBe(1);
    expect(quads.copies).toBe(4);
    expect(mesh.atoms[0]).toBeInstanceOf(THREE.InstancedMesh);
    expect(quads.atoms[0]).not.toBeInstanceOf(THREE.InstancedMesh);
    const spheres = (r: typeof mesh.result) =>
      r.spheres.map((s) => ({ name: s.name, n: s.radii.length, c: Array.from(s.centres) }));
    expect(spheres(quads.result)).toEqual(spheres(mesh.result));
    const atomCount = quads.result.spheres.reduce((n, s) => n + s.radii.length, 0);
    expect(atomCount).toBe(mesh.scene.atomCount);
    const halves = (r: typeof mesh.result) =>
      r.cylinders.map((c) => ({ name: c.name, n: c.starts.length / 3, s: Array.from(c.starts) }));
    expect(halves(quads.result)).toEqual(halves(mesh.result));
    const bondHalves = quads.result.cylinders.reduce((n, c) => n + c.starts.length / 3, 0);
    expect(bondHalves).toBe(mesh.scene.bonds.length);
  });
});
