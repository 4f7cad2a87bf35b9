/**
 * How both views stand a camera in front of a framed structure: the same margin, the same
 * orthographic distance and the same clip planes, so a compare pane shows a structure as the
 * single view would.
 */
import type * as THREE from 'three';
import type { Vec3 } from '../crystal/types';

/** Room left around a structure's bounding sphere when it is framed (× its radius). */
export const FRAME_MARGIN = 1.15;
/** An orthographic camera stands this many framed radii from its target. */
export const ORTHO_DISTANCE = 4;

/**
 * Puts `camera` `placed` Å from `target` along `back` (a unit vector towards the camera) with
 * screen-up `up`, looking at the target; its clip planes fit a framing `distance` Å away.
 * The caller sets the zoom and then updates the projection.
 */
export function aimCamera(
  camera: THREE.OrthographicCamera | THREE.PerspectiveCamera,
  frame: { back: Vec3; up: Vec3 },
  target: Vec3,
  placed: number,
  distance: number,
) {
  camera.up.set(...frame.up);
  camera.position.set(...(frame.back.map((k, i) => target[i] + k * placed) as Vec3));
  camera.near = distance / 100;
  camera.far = distance * 10;
  camera.lookAt(...target);
}
