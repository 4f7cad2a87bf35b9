/**
 * The view's DOM labels (axis and tunnel labels) placed for a camera and a picture size other
 * than the live ones: each label component registers how it places its labels, and a video
 * frame asks them all to place for its own camera, lattice and size before its labels are
 * captured (then the live placement is put back). Without this a frame would carry the labels
 * where the live view last put them.
 */
import type * as THREE from 'three';

export type LabelPlacer = (camera: THREE.Camera, size: { width: number; height: number }) => void;

const placers = new Set<LabelPlacer>();

/** Registers a placer; returns the function that removes it. */
export function registerLabelPlacer(placer: LabelPlacer): () => void {
  placers.add(placer);
  return () => {
    placers.delete(placer);
  };
}

/** Places every registered label for this camera and size (CSS px from the canvas's corner). */
export function placeLabelsFor(camera: THREE.Camera, size: { width: number; height: number }) {
  for (const place of placers) place(camera, size);
}
