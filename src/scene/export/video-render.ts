/**
 * Drawing one video frame off screen: the live scene rendered with a copy of the live camera
 * into a render target of the video's size (the canvas on the page never changes size), read
 * back as top-down RGBA for a VideoFrame; and where the block lies over the whole video.
 */
import * as THREE from 'three';
import type { Mat3, Vec3 } from '../../crystal/types';
import { flipRows } from '../../export/video-plan';
import { type ScreenBox, unionBox } from '../../state/screen-box';
import { STRUCTURE_PAD_ANGSTROM, structureBoxOnScreen } from '../structure-box';

/** A copy of the view's camera for a w × h picture that frames the short side the same way. */
export function exportCamera(
  live: THREE.Camera,
  liveSize: { width: number; height: number },
  width: number,
  height: number,
): THREE.Camera {
  const cam = live.clone();
  if (cam instanceof THREE.OrthographicCamera && live instanceof THREE.OrthographicCamera) {
    cam.left = -width / 2;
    cam.right = width / 2;
    cam.top = height / 2;
    cam.bottom = -height / 2;
    cam.zoom = (live.zoom * Math.min(width, height)) / Math.min(liveSize.width, liveSize.height);
    cam.updateProjectionMatrix();
  } else if (cam instanceof THREE.PerspectiveCamera) {
    cam.aspect = width / height;
    cam.updateProjectionMatrix();
  }
  return cam;
}

/**
 * The turntable: the camera's start position turned by `angle` about its up axis through
 * `target`, looking at `target` (the structure seems to spin the other way).
 */
export function turnCamera(
  camera: THREE.Camera,
  start: THREE.Vector3,
  target: THREE.Vector3,
  angle: number,
) {
  const axis = camera.up.clone().normalize();
  camera.position.copy(start).sub(target).applyAxisAngle(axis, angle).add(target);
  camera.lookAt(target);
  camera.updateMatrixWorld();
}

/**
 * Where the drawn block lies over the whole video, in the overlay region's CSS px: the union
 * of its box at every frame's camera (the turntable's angles) and every lattice it passes
 * through (a scenario's keyframes), so one place for the key keeps off it in every frame and
 * the key never jumps. O(frames × lattices), eight points each.
 */
export function videoStructureBox(
  camera: THREE.Camera,
  start: THREE.Vector3,
  target: THREE.Vector3,
  angles: readonly number[],
  block: { lattices: readonly Mat3[]; supercell: Vec3 },
  region: { width: number; height: number },
): ScreenBox | null {
  const probe = camera.clone();
  let box: ScreenBox | null = null;
  for (const angle of new Set(angles)) {
    turnCamera(probe, start, target, angle);
    for (const lattice of block.lattices) {
      const b = structureBoxOnScreen(
        probe,
        lattice,
        block.supercell,
        region.width,
        region.height,
        STRUCTURE_PAD_ANGSTROM,
      );
      box = unionBox(box, b);
    }
  }
  return box;
}

export class OffscreenFrame {
  private readonly target: THREE.WebGLRenderTarget;
  private readonly pixels: Uint8Array;

  constructor(
    private readonly gl: THREE.WebGLRenderer,
    readonly width: number,
    readonly height: number,
  ) {
    // Multisampled like the view when the view is (large scenes turn it off, see lod.ts).
    const samples = gl.getContext().getContextAttributes()?.antialias ? 4 : 0;
    this.target = new THREE.WebGLRenderTarget(width, height, { samples, depthBuffer: true });
    this.pixels = new Uint8Array(4 * width * height);
  }

  /** Renders and reads back; the returned array is reused by the next call. */
  async draw(scene: THREE.Scene, camera: THREE.Camera): Promise<Uint8Array> {
    const previous = this.gl.getRenderTarget();
    this.gl.setRenderTarget(this.target);
    this.gl.clear();
    this.gl.render(scene, camera);
    this.gl.setRenderTarget(previous);
    await this.gl.readRenderTargetPixelsAsync(
      this.target,
      0,
      0,
      this.width,
      this.height,
      this.pixels,
    );
    return flipRows(this.pixels, this.width, this.height);
  }

  dispose() {
    this.target.dispose();
  }
}
