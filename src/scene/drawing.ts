/**
 * The drawing choice for this display: lod.ts's rule with the window's pixel ratio and a
 * 60 Hz frame budget. `sessionStorage['tunnelscope:draw'] = 'mesh' | 'impostor'` forces one
 * drawing for side-by-side comparisons (the browser tests and the bench use it).
 */
import { type AtomDrawing, chooseDrawing, type DrawingChoice } from './lod';

const FRAME_MS = 16; // one frame at 60 Hz

function forced(): AtomDrawing | null {
  try {
    const v = window.sessionStorage.getItem('tunnelscope:draw');
    return v === 'mesh' || v === 'impostor' ? v : null;
  } catch {
    return null; // storage blocked: the size rule decides
  }
}

export function drawingFor(atomCount: number): DrawingChoice {
  return chooseDrawing(atomCount, {
    frameMs: FRAME_MS,
    devicePixelRatio: window.devicePixelRatio || 1,
    force: forced(),
  });
}
