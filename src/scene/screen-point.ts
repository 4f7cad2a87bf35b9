/**
 * Where a fractional position lands on screen: the CPU twin of the shaders' toCartesian,
 * then the camera's projection, in CSS pixels of the canvas. The DOM labels (axes, tunnels)
 * are placed with it.
 */
import * as THREE from 'three';
import type { ScreenPoint } from './axis-label-place';
import type { LatticeUniforms } from './gpu/lattice-uniforms';

const scratch = new THREE.Vector3();

export function projectFrac(
  uniforms: LatticeUniforms,
  camera: THREE.Camera,
  size: { width: number; height: number },
  frac: readonly [number, number, number],
): ScreenPoint {
  scratch
    .set(...frac)
    .applyMatrix3(uniforms.uLattice.value)
    .sub(uniforms.uOffset.value);
  scratch.project(camera);
  return {
    x: ((scratch.x + 1) / 2) * size.width,
    y: ((1 - scratch.y) / 2) * size.height,
    depth: scratch.z,
  };
}

/** A label's transform that centres it on a screen point. */
export function centredAt(p: { x: number; y: number }): string {
  return `translate(-50%, -50%) translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`;
}

const right = new THREE.Vector3();
const near = new THREE.Vector3();

/** Screen pixels per ångström at a fractional position (sideways to the view). */
export function pixelsPerAngstrom(
  uniforms: LatticeUniforms,
  camera: THREE.Camera,
  size: { width: number; height: number },
  frac: readonly [number, number, number],
): number {
  near
    .set(...frac)
    .applyMatrix3(uniforms.uLattice.value)
    .sub(uniforms.uOffset.value);
  right.setFromMatrixColumn(camera.matrixWorld, 0).normalize().add(near);
  near.project(camera);
  right.project(camera);
  return Math.hypot(((right.x - near.x) / 2) * size.width, ((right.y - near.y) / 2) * size.height);
}
