/**
 * Where the drawn block lies on the canvas: the eight corners of the supercell box (centred,
 * as the lattice uniforms place it) projected with the camera, widened by the projected size
 * of `padAngstrom` (atoms overhang the box by about their radius; ligands that complete a polyhedron
 * a little more). O(1): eight points, whatever the atom count.
 */
import * as THREE from 'three';
import type { Mat3, Vec3 } from '../crystal/types';
import type { ScreenBox } from '../state/screen-box';

/** Å the drawn atoms and polyhedra reach past the block's box (about an atom's radius). */
export const STRUCTURE_PAD_ANGSTROM = 1.5;

const corner = new THREE.Vector3();
const centre = new THREE.Vector3();
const side = new THREE.Vector3();

export function structureBoxOnScreen(
  camera: THREE.Camera,
  lattice: Mat3,
  supercell: Vec3,
  width: number,
  height: number,
  padAngstrom: number,
): ScreenBox {
  const [na, nb, nc] = supercell;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < 8; i++) {
    // Corner i of the block, less half the block's diagonal (the uniforms centre it at 0).
    const fa = (i & 1 ? na : 0) - na / 2;
    const fb = (i & 2 ? nb : 0) - nb / 2;
    const fc = (i & 4 ? nc : 0) - nc / 2;
    for (let k = 0; k < 3; k++)
      corner.setComponent(k, fa * lattice[k] + fb * lattice[3 + k] + fc * lattice[6 + k]);
    corner.project(camera);
    const x = ((corner.x + 1) / 2) * width;
    const y = ((1 - corner.y) / 2) * height;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  // The pad at the block's centre, in px: right of the centre by padAngstrom along the screen's x.
  centre.set(0, 0, 0).project(camera);
  side.set(padAngstrom, 0, 0).applyQuaternion(camera.quaternion).project(camera);
  const pad = (Math.abs(side.x - centre.x) / 2) * width;
  return { left: left - pad, top: top - pad, right: right + pad, bottom: bottom + pad };
}
