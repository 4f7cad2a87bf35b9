/**
 * Arrow keys and +/− on the focused 3D view. The view's focusable container (src/ui/ViewFocus)
 * marks with data-keys="on" that it was reached from the keyboard; a click that focuses it
 * leaves the arrows to the timeline as before. The camera moves through the orbit controls'
 * own methods, and an "end" event afterwards lets the rig write the pose into the link exactly
 * as after a drag.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useApp } from '../state/store';
import { cameraKeyAction } from './camera-keys';

/** The attribute ViewFocus puts on the element that takes the view's keyboard focus. */
export const VIEW_FOCUS_ATTR = 'data-view-focus';

/** The part of the orbit controls (three-stdlib's, through drei) the keys use. */
interface Orbit {
  getAzimuthalAngle: () => number;
  setAzimuthalAngle: (radians: number) => void;
  getPolarAngle: () => number;
  setPolarAngle: (radians: number) => void;
  /** Zooms in by 1/scale (scale < 1), as one wheel notch does with 0.95. */
  dollyIn: (scale: number) => void;
  dollyOut: (scale: number) => void;
  dispatchEvent: (event: { type: 'end' }) => void;
}

export function KeyboardCamera() {
  const canvas = useThree((s) => s.gl.domElement);
  const controls = useThree((s) => s.controls) as unknown as Orbit | null;
  useEffect(() => {
    const host = canvas.closest<HTMLElement>(`[${VIEW_FOCUS_ATTR}]`);
    if (!host || !controls || !('setAzimuthalAngle' in controls)) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== host || host.dataset.keys !== 'on') return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const action = cameraKeyAction(e.key, e.shiftKey);
      if (!action) return;
      // The view owns these keys while it has keyboard focus: the timeline's window handler
      // (bubble phase) must not also nudge x. Presentation mode takes them earlier, in capture.
      e.preventDefault();
      e.stopPropagation();
      if (action.kind === 'reset') {
        useApp.getState().resetCamera();
        return;
      }
      if (action.kind === 'turn') {
        if (action.azimuth)
          controls.setAzimuthalAngle(controls.getAzimuthalAngle() + action.azimuth);
        if (action.polar) controls.setPolarAngle(controls.getPolarAngle() + action.polar);
      } else if (action.factor > 1) controls.dollyIn(1 / action.factor);
      else controls.dollyOut(action.factor);
      controls.dispatchEvent({ type: 'end' });
    };
    host.addEventListener('keydown', onKey);
    return () => host.removeEventListener('keydown', onKey);
  }, [canvas, controls]);
  return null;
}
