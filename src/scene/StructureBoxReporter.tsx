/**
 * Tells the store where the drawn block lies on the canvas once the camera has come to rest
 * (a drag, a key, a glide, a resize, a new structure): the colour key keeps off it. A drawn
 * frame whose camera and canvas are those of the last one costs a matrix compare (a scenario
 * playing draws every frame); else eight points are projected, and the store is written only
 * SETTLE_MS after the last move, outside the frame.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import type { Mat3, Vec3 } from '../crystal/types';
import { boxMoved, type ScreenBox } from '../state/screen-box';
import { useApp } from '../state/store';
import { STRUCTURE_PAD_ANGSTROM, structureBoxOnScreen } from './structure-box';

const SETTLE_MS = 200;
const MOVE_PX = 2;

export function StructureBoxReporter(props: { lattice: Mat3; supercell: Vec3 }) {
  const { lattice, supercell } = props;
  const last = useRef<ScreenBox | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const seen = useRef({ view: new THREE.Matrix4(), width: 0, height: 0 });
  const view = useRef(new THREE.Matrix4());
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      useApp.setState({ structureBox: null });
    },
    [],
  );
  useFrame(({ camera, size }) => {
    // The renderer refreshes the camera's matrices only as it draws, after this: the pose of
    // this frame, not the last one's (the one a camera at rest would otherwise never report).
    camera.updateMatrixWorld();
    const now = view.current.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    const was = seen.current;
    if (was.width === size.width && was.height === size.height && was.view.equals(now)) return;
    was.view.copy(now);
    was.width = size.width;
    was.height = size.height;
    const box = structureBoxOnScreen(
      camera,
      lattice,
      supercell,
      size.width,
      size.height,
      STRUCTURE_PAD_ANGSTROM,
    );
    if (!boxMoved(box, last.current, MOVE_PX)) return;
    // The first box without the wait, so the key is placed as the structure first shows.
    const wait = last.current === null ? 0 : SETTLE_MS;
    last.current = box;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (boxMoved(box, useApp.getState().structureBox, MOVE_PX))
        useApp.setState({ structureBox: box });
    }, wait);
  });
  return null;
}
