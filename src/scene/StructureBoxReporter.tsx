/**
 * Tells the store where the drawn block lies on the canvas once the camera has come to rest
 * (a drag, a key, a glide, a resize, a new structure): the colour key keeps off it. Checked in
 * each drawn frame (eight projected points), written only after SETTLE_MS without a move.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Mat3, Vec3 } from '../crystal/types';
import { boxMoved, type ScreenBox } from '../state/screen-box';
import { useApp } from '../state/store';
import { structureBoxOnScreen } from './structure-box';

const SETTLE_MS = 200;
const PAD_ANGSTROM = 1.5;
const MOVE_PX = 2;

export function StructureBoxReporter(props: { lattice: Mat3; supercell: Vec3 }) {
  const { lattice, supercell } = props;
  const last = useRef<ScreenBox | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      useApp.setState({ structureBox: null });
    },
    [],
  );
  useFrame(({ camera, size }) => {
    const box = structureBoxOnScreen(
      camera,
      lattice,
      supercell,
      size.width,
      size.height,
      PAD_ANGSTROM,
    );
    if (!boxMoved(box, last.current, MOVE_PX)) return;
    const first = last.current === null;
    last.current = box;
    window.clearTimeout(timer.current);
    // The first frame's box at once, so the key is placed as the structure first shows.
    if (first) return useApp.setState({ structureBox: box });
    timer.current = window.setTimeout(() => {
      if (boxMoved(box, useApp.getState().structureBox, MOVE_PX))
        useApp.setState({ structureBox: box });
    }, SETTLE_MS);
  });
  return null;
}
