/** Coordination polyhedra: every face in one translucent draw, every edge in one line draw. */
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { SceneModel } from './scene-model';

function fracAttribute(model: SceneModel, indices: Uint32Array): THREE.BufferAttribute {
  const out = new Float32Array(3 * indices.length);
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    out[3 * k] = model.frac[3 * i];
    out[3 * k + 1] = model.frac[3 * i + 1];
    out[3 * k + 2] = model.frac[3 * i + 2];
  }
  return new THREE.BufferAttribute(out, 3);
}

export function buildFaceMesh(model: SceneModel, material: THREE.Material): THREE.Mesh {
  const geometry = new THREE.BufferGeometry();
  const frac = fracAttribute(model, model.faces);
  // `position` is required by three for draw ranges; the shader uses aFrac instead.
  geometry.setAttribute('position', frac);
  geometry.setAttribute('aFrac', frac);
  geometry.setAttribute('aFracTo', frac);
  const colors = new Float32Array(3 * model.faces.length);
  for (let t = 0; t < model.faces.length / 3; t++) {
    for (let v = 0; v < 3; v++)
      colors.set(model.faceColors.subarray(3 * t, 3 * t + 3), 9 * t + 3 * v);
  }
  geometry.setAttribute('aColor', new THREE.BufferAttribute(colors, 3));
  const mesh = new THREE.Mesh(geometry, material);
  mesh.frustumCulled = false;
  mesh.renderOrder = 2; // after opaque atoms, so translucency shows them through the faces
  mesh.name = 'polyhedra';
  return mesh;
}

export function buildEdgeLines(model: SceneModel, material: THREE.Material): THREE.LineSegments {
  const geometry = new THREE.BufferGeometry();
  const frac = fracAttribute(model, model.edges);
  geometry.setAttribute('position', frac);
  geometry.setAttribute('aFrac', frac);
  geometry.setAttribute('aFracTo', frac);
  const lines = new THREE.LineSegments(geometry, material);
  lines.frustumCulled = false;
  lines.renderOrder = 3;
  lines.name = 'polyhedron-edges';
  return lines;
}

export function PolyhedronMesh(props: {
  model: SceneModel;
  faceMaterial: THREE.Material;
  edgeMaterial: THREE.Material;
  visible: boolean;
}) {
  const { model, faceMaterial, edgeMaterial, visible } = props;
  const faces = useMemo(() => buildFaceMesh(model, faceMaterial), [model, faceMaterial]);
  const edges = useMemo(() => buildEdgeLines(model, edgeMaterial), [model, edgeMaterial]);
  useEffect(
    () => () => {
      faces.geometry.dispose();
      edges.geometry.dispose();
    },
    [faces, edges],
  );
  const shown = visible && model.faces.length > 0;
  return (
    <group name="polyhedra-group" visible={shown}>
      <primitive object={faces} />
      <primitive object={edges} />
    </group>
  );
}
