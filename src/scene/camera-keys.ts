/**
 * What a key does to the camera while the 3D view has keyboard focus: the arrows turn the
 * structure the way a drag in that direction does, + and − zoom the way the wheel does, 0 goes
 * back to the chosen view (as Reset). Pure, so the mapping is tested in Node.
 */

/** Degrees per arrow press; with Shift, the fine step. */
export const TURN_DEGREES = 10;
export const FINE_TURN_DEGREES = 2;
/** Zoom factor per + press (− divides by it). */
export const ZOOM_STEP = 1.25;

export type CameraKeyAction =
  /** Radians added to the orbit's azimuth (about screen-up) and polar angle. */
  | { kind: 'turn'; azimuth: number; polar: number }
  /** Multiplies the zoom. */
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' };

export function cameraKeyAction(key: string, shift: boolean): CameraKeyAction | null {
  const step = ((shift ? FINE_TURN_DEGREES : TURN_DEGREES) * Math.PI) / 180;
  switch (key) {
    // A drag to the left turns the near side of the structure left (the azimuth grows).
    case 'ArrowLeft':
      return { kind: 'turn', azimuth: step, polar: 0 };
    case 'ArrowRight':
      return { kind: 'turn', azimuth: -step, polar: 0 };
    // A drag upwards tips the near side up (the polar angle grows).
    case 'ArrowUp':
      return { kind: 'turn', azimuth: 0, polar: step };
    case 'ArrowDown':
      return { kind: 'turn', azimuth: 0, polar: -step };
    case '+':
    case '=': // the + key without Shift on most layouts
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'reset' };
    default:
      return null;
  }
}
