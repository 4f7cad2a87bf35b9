/**
 * Baked meshes → a binary glTF 2.0 file with three's GLTFExporter: one plain mesh per colour
 * (position, normal, 32-bit index; no custom attributes, no instancing extension) and one
 * MeshStandardMaterial each, so PowerPoint's Insert → 3D Models and other viewers open it.
 * Loaded on demand (dynamic import), so the exporter never weighs on the first page load.
 */
import * as THREE from 'three';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import type { MeshData } from '../../export/glb-bake';

/** 1 Å in the file's metres: a 20 Å block opens as a 20 cm object, not a 20 m one. */
export const GLB_SCALE = 0.01;

function toMesh(data: MeshData): THREE.Mesh {
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(data.positions, 3));
  geometry.setAttribute('normal', new THREE.BufferAttribute(data.normals, 3));
  geometry.setIndex(new THREE.BufferAttribute(data.indices, 1));
  const translucent = data.opacity < 1;
  const material = new THREE.MeshStandardMaterial({
    name: data.name,
    // The view's colours are sRGB; three keeps linear ones and the file stores linear factors.
    color: new THREE.Color().setRGB(...data.color, THREE.SRGBColorSpace),
    roughness: 0.55,
    metalness: 0,
    transparent: translucent,
    opacity: data.opacity,
    depthWrite: !translucent,
    side: data.doubleSided ? THREE.DoubleSide : THREE.FrontSide,
  });
  const mesh = new THREE.Mesh(geometry, material);
  mesh.name = data.name;
  return mesh;
}

/**
 * `view` turns the model so a viewer's default camera (looking down −z, y up) sees it as the
 * screen did: the inverse of the camera's orientation.
 */
export async function writeGlb(
  meshes: readonly MeshData[],
  view: THREE.Quaternion,
  name: string,
): Promise<Blob> {
  const root = new THREE.Group();
  root.name = name;
  root.quaternion.copy(view).invert();
  root.scale.setScalar(GLB_SCALE);
  const built = meshes.map(toMesh);
  for (const m of built) root.add(m);
  root.updateMatrixWorld(true);
  try {
    const out = await new GLTFExporter().parseAsync(root, { binary: true });
    if (!(out instanceof ArrayBuffer)) throw new Error('GLTFExporter returned JSON, not a GLB');
    return new Blob([out], { type: 'model/gltf-binary' });
  } finally {
    for (const m of built) {
      m.geometry.dispose();
      (m.material as THREE.Material).dispose();
    }
  }
}
