/**
 * The camera and its controls. Re-frames the structure when the view direction, the
 * projection, the structure or "reset" changes; in between, the user orbits freely.
 */
import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import * as THREE from 'three';
import type { Mat3, Vec3 } from '../crystal/types';
import type { Projection, Uvw } from '../state/view-state';
import { cameraFrame } from './camera-frame';

const FOV = 30; // degrees: a long lens keeps perspective views close to the orthographic one
const MARGIN = 1.15; // fraction of the bounding sphere left free around the structure

export function CameraRig(props: {
  lattice: Mat3;
  supercell: Vec3;
  view: Uvw;
  projection: Projection;
  resetKey: string;
}) {
  const { lattice, supercell, view, projection, resetKey } = props;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const ortho = useRef<THREE.OrthographicCamera>(null);
  const persp = useRef<THREE.PerspectiveCamera>(null);

  // Frame only on a reset key change (not on every resize or lattice breath).
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger by design
  useLayoutEffect(() => {
    const frame = cameraFrame(lattice, view, supercell);
    const camera = projection === 'orthographic' ? ortho.current : persp.current;
    if (!camera) return;
    const r = frame.radius * MARGIN;
    const distance =
      projection === 'orthographic' ? r * 4 : r / Math.sin(THREE.MathUtils.degToRad(FOV / 2));
    camera.up.set(...frame.up);
    camera.position.set(...(frame.back.map((k) => k * distance) as Vec3));
    camera.near = distance / 100;
    camera.far = distance * 10;
    camera.lookAt(0, 0, 0);
    if (camera instanceof THREE.OrthographicCamera)
      camera.zoom = Math.min(size.width, size.height) / (2 * r);
    camera.updateProjectionMatrix();
    invalidate();
  }, [resetKey, projection]);

  return (
    <>
      {projection === 'orthographic' ? (
        <OrthographicCamera ref={ortho} makeDefault />
      ) : (
        <PerspectiveCamera ref={persp} makeDefault fov={FOV} />
      )}
      <OrbitControls
        key={`${resetKey}/${projection}`}
        makeDefault
        enableDamping={false}
        target={[0, 0, 0]}
      />
    </>
  );
}
