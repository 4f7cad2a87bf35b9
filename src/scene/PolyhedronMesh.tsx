/** Coordination polyhedra: every face in one translucent draw, every edge in one line draw. */
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { SceneModel } from '../state/scene-model';
import { gatherFrac, refillFrac } from './gpu/frac-buffers';

/**
 * Corner positions at both ends of the blend. Standing still (not `moving`), the "to" corners
 * are the "from" corners: one attribute under both names, one GPU buffer.
 */
function setCornerFracs(
  geometry: THREE.BufferGeometry,
  model: SceneModel,
  corners: Uint32Array,
  moving: boolean,
) {
  const frac = new THREE.BufferAttribute(gatherFrac(model.frac, corners), 3);
  // `position` is required by three for draw ranges; the shader uses aFrac instead.
  geometry.setAttribute('position', frac);
  geometry.setAttribute('aFrac', frac);
  const to = moving ? new THREE.BufferAttribute(gatherFrac(model.frac, corners), 3) : frac;
  geometry.setAttribute('aFracTo', to);
}

export function buildFaceMesh(
  model: SceneModel,
  material: THREE.Material,
  moving = false,
): THREE.Mesh {
  const geometry = new THREE.BufferGeometry();
  setCornerFracs(geometry, model, model.faces, moving);
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

export function buildEdgeLines(
  model: SceneModel,
  material: THREE.Material,
  moving = false,
): THREE.LineSegments {
  const geometry = new THREE.BufferGeometry();
  setCornerFracs(geometry, model, model.edges, moving);
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
  fracFrom?: Float32Array;
  fracTo?: Float32Array;
}) {
  const { model, faceMaterial, edgeMaterial, visible, fracFrom, fracTo } = props;
  const moving = fracFrom !== undefined;
  const faces = useMemo(
    () => buildFaceMesh(model, faceMaterial, moving),
    [model, faceMaterial, moving],
  );
  const edges = useMemo(
    () => buildEdgeLines(model, edgeMaterial, moving),
    [model, edgeMaterial, moving],
  );
  useLayoutEffect(() => {
    if (!fracFrom || !fracTo) return;
    refillFrac(faces.geometry, 'aFrac', fracFrom, model.faces);
    refillFrac(faces.geometry, 'aFracTo', fracTo, model.faces);
    refillFrac(edges.geometry, 'aFrac', fracFrom, model.edges);
    refillFrac(edges.geometry, 'aFracTo', fracTo, model.edges);
  }, [faces, edges, model, fracFrom, fracTo]);
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
