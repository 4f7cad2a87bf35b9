/**
 * The camera's glide between lesson steps: from where it was to the next step's framed pose,
 * eased over GLIDE_SECONDS (src/lesson/transition.ts holds the maths, tested in Node). The
 * last drawn aim is kept outside React, so a glide also starts from the old camera when the
 * next step's structure mounts a new rig.
 */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import * as THREE from 'three';
import type { Vec3 } from '../crystal/types';
import { type CameraAim, cameraAt, ease, GLIDE_SECONDS } from '../lesson/transition';

/** How a framed camera turns a relative zoom into a placement (see CameraRig). */
export interface GlideFit {
  radius: number; // Å, with the margin
  distance: number; // Å, camera to target when framed
  /** Screen pixels over the short side, for the orthographic zoom. */
  shortSide: number;
  /** The point the camera looks at (the framed centre, moved by any pan). */
  target: Vec3;
}

let lastAim: CameraAim | null = null;

function aimOf(camera: THREE.Camera, fit: GlideFit): CameraAim {
  const offset = camera.position.clone().sub(new THREE.Vector3(...fit.target));
  const back = offset.clone().normalize().toArray() as Vec3;
  const up = new THREE.Vector3(0, 1, 0).applyQuaternion(camera.quaternion).toArray() as Vec3;
  const zoom =
    camera instanceof THREE.OrthographicCamera
      ? camera.zoom / (fit.shortSide / (2 * fit.radius))
      : fit.distance / offset.length();
  return { back, up, zoom };
}

export function placeAim(camera: THREE.Camera, aim: CameraAim, fit: GlideFit) {
  const ortho = camera instanceof THREE.OrthographicCamera;
  const placed = ortho ? fit.distance : fit.distance / aim.zoom;
  camera.up.set(...aim.up);
  camera.position.set(...(aim.back.map((k, i) => fit.target[i] + k * placed) as Vec3));
  camera.lookAt(...fit.target);
  if (ortho) camera.zoom = (fit.shortSide / (2 * fit.radius)) * aim.zoom;
  if (camera instanceof THREE.OrthographicCamera || camera instanceof THREE.PerspectiveCamera)
    camera.updateProjectionMatrix();
}

/**
 * `start(camera, to, fit)` begins a glide from the last drawn aim (returns false when there is
 * none, so the caller places the camera directly); each frame moves it on and records the aim.
 */
export function useCameraGlide(current: () => THREE.Camera | null, fitNow: () => GlideFit) {
  const glide = useRef<{ from: CameraAim; to: CameraAim; start: number } | null>(null);
  useFrame(({ invalidate }) => {
    const camera = current();
    if (!camera) return;
    const g = glide.current;
    if (g) {
      const f = ease((performance.now() - g.start) / (GLIDE_SECONDS * 1000));
      placeAim(camera, cameraAt(g.from, g.to, f), fitNow());
      if (f >= 1) glide.current = null;
      else invalidate();
    }
    lastAim = aimOf(camera, fitNow());
  });
  return (camera: THREE.Camera, to: CameraAim): boolean => {
    if (!lastAim) return false;
    glide.current = { from: lastAim, to, start: performance.now() };
    placeAim(camera, lastAim, fitNow());
    return true;
  };
}
