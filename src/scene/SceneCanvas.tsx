/**
 * The WebGL canvas both views draw in: on demand only (a laptop on a lectern stays cool),
 * multisampling and pixel ratio by scene size (lod.ts), and made anew only when the antialias
 * choice flips, since a WebGL context cannot change it. Also the frame stamp both views leave.
 */
import { Canvas } from '@react-three/fiber';
import type { CSSProperties, ReactNode } from 'react';
import type * as THREE from 'three';
import { noteFrameDrawn } from '../state/first-frame';
import type { DrawingChoice } from './lod';

export function SceneCanvas(props: {
  drawing: DrawingChoice;
  className: string;
  /** Placed over its container (position and inset are set here). */
  style: CSSProperties;
  children: ReactNode;
}) {
  const { drawing, className, style, children } = props;
  return (
    <Canvas
      key={drawing.antialias ? 'msaa' : 'plain'}
      className={className}
      frameloop="demand"
      dpr={drawing.restingDpr}
      gl={{ antialias: drawing.antialias, preserveDrawingBuffer: true }}
      style={{ position: 'absolute', inset: 0, ...style }}
    >
      {children}
    </Canvas>
  );
}

/**
 * Marks the canvas with the id of what its latest frame drew, so anyone waiting for a new
 * picture on screen (the browser tests, an embedding page) can tell the frame has happened.
 */
export function stampFrame(gl: THREE.WebGLRenderer, id: string) {
  if (gl.domElement.dataset.shown !== id) gl.domElement.dataset.shown = id;
  noteFrameDrawn();
}
