/**
 * The camera and its controls. Re-frames the structure when the projection, the structure,
 * a chosen direction or a stored pose changes (the reset key); in between, the user orbits
 * freely, and where the camera comes to rest is written back to the store (and so the link).
 */
import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { Mat3, Vec3 } from '../crystal/types';
import { useApp } from '../state/store';
import type { Projection } from '../state/view-state';
import { aimCamera, FRAME_MARGIN, ORTHO_DISTANCE } from './aim-camera';
import { cameraFrame } from './camera-frame';
import { useCameraGlide } from './camera-glide';
import { panAndDepth, panTarget, poseFromCamera } from './camera-pose';
import { useSettled } from './useSettled';

const FOV = 30; // degrees: a long lens keeps perspective views close to the orthographic one

/** Screen-space fit of a framed structure, kept to turn a camera back into a relative zoom. */
interface Fit {
  radius: number; // Å, with the margin
  distance: number; // Å, camera to target when framed
}

export function CameraRig(props: {
  lattice: Mat3;
  supercell: Vec3;
  projection: Projection;
  resetKey: string;
}) {
  const { lattice, supercell, projection, resetKey } = props;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  const ortho = useRef<THREE.OrthographicCamera>(null);
  const persp = useRef<THREE.PerspectiveCamera>(null);
  const fit = useRef<Fit>({ radius: 1, distance: 1 });
  const framedShort = useRef(0); // px: the canvas's short side when the zoom was last set
  const settle = useSettled();
  const glideTarget = useRef<Vec3>([0, 0, 0]);
  const startGlide = useCameraGlide(
    () => (projection === 'orthographic' ? ortho.current : persp.current),
    () => ({
      ...fit.current,
      shortSide: Math.min(size.width, size.height),
      target: glideTarget.current,
    }),
  );

  // Frame only on a reset key change (not on every resize, lattice breath or settled pose).
  // Computed while rendering, so the remounted OrbitControls orbit the framed centre at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger by design
  const framing = useMemo(() => {
    const { view, up, zoom, pan } = useApp.getState();
    const frame = cameraFrame(lattice, view, supercell, up);
    const radius = frame.radius * FRAME_MARGIN;
    const distance =
      projection === 'orthographic'
        ? radius * ORTHO_DISTANCE
        : radius / Math.sin(THREE.MathUtils.degToRad(FOV / 2));
    const target = panTarget(pan, frame.back, frame.up, radius);
    return { frame, radius, distance, zoom, target };
  }, [resetKey, projection]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: framing changes only on a reset
  useLayoutEffect(() => {
    const { frame, radius: r, distance, zoom, target } = framing;
    const camera = projection === 'orthographic' ? ortho.current : persp.current;
    if (!camera) return;
    fit.current = { radius: r, distance };
    const placed = projection === 'orthographic' ? distance : distance / zoom;
    aimCamera(camera, frame, target, placed, distance);
    if (camera instanceof THREE.OrthographicCamera)
      camera.zoom = (Math.min(size.width, size.height) / (2 * r)) * zoom;
    framedShort.current = Math.min(size.width, size.height);
    camera.updateProjectionMatrix();
    // A lesson step glides there from where the camera was, instead of jumping.
    glideTarget.current = target;
    if (useApp.getState().cameraGlide) {
      useApp.setState({ cameraGlide: false });
      startGlide(camera, { back: frame.back, up: frame.up, zoom });
    }
    invalidate();
  }, [framing]);

  // A resize keeps what the orthographic view shows: its zoom follows the short side, as the
  // perspective view's picture follows the height. Otherwise a framing made just before the
  // canvas settled (the timeline appearing under a scenario, 812 → 676 px) kept a picture
  // 1.2× too big for the view for good, and a smaller window cut the structure off.
  // biome-ignore lint/correctness/useExhaustiveDependencies: framing sets the base the size scales
  useLayoutEffect(() => {
    const short = Math.min(size.width, size.height);
    const camera = ortho.current;
    if (projection === 'orthographic' && camera && framedShort.current > 0 && short > 0) {
      camera.zoom *= short / framedShort.current;
      camera.updateProjectionMatrix();
      invalidate();
    }
    framedShort.current = short;
  }, [size.width, size.height]);

  const onEnd = () =>
    settle(() => {
      const camera = projection === 'orthographic' ? ortho.current : persp.current;
      const controls = get().controls;
      if (!camera) return;
      const target = controls && 'target' in controls ? (controls.target as THREE.Vector3) : ORIGIN;
      const back = camera.position.clone().sub(target).normalize().toArray() as Vec3;
      const screenUp = new THREE.Vector3(0, 1, 0).applyQuaternion(camera.quaternion);
      const upVec = screenUp.toArray() as Vec3;
      const { radius, distance } = fit.current;
      const { pan, depth } = panAndDepth(
        camera.position.toArray() as Vec3,
        target.toArray() as Vec3,
        back,
        upVec,
        radius,
      );
      const zoom =
        camera instanceof THREE.OrthographicCamera
          ? camera.zoom / (Math.min(size.width, size.height) / (2 * radius))
          : distance / depth;
      const pose = { ...poseFromCamera(lattice, back, upVec, zoom), pan };
      const s = useApp.getState();
      if (
        pose.zoom !== s.zoom ||
        pose.view.join() !== s.view.join() ||
        pose.up.join() !== s.up?.join() ||
        pose.pan?.join() !== s.pan?.join()
      )
        s.cameraSettled(pose);
    });

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
        target={framing.target}
        onEnd={onEnd}
      />
    </>
  );
}

const ORIGIN = new THREE.Vector3();
