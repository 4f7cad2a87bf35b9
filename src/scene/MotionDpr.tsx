/**
 * Lowers the device-pixel ratio while the camera moves and restores it when it stops, so a
 * large structure stays responsive under the mouse and is sharp again at rest. Listens to the
 * default controls' start/end events; renders nothing.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

export function MotionDpr({ resting, moving }: { resting: number; moving: number }) {
  const controls = useThree((s) => s.controls) as unknown as EventTarget | null;
  const setDpr = useThree((s) => s.setDpr);
  useEffect(() => {
    if (!controls || moving === resting || !('addEventListener' in controls)) return;
    const start = () => setDpr(moving);
    const end = () => setDpr(resting);
    const target = controls as unknown as {
      addEventListener: (t: string, f: () => void) => void;
      removeEventListener: (t: string, f: () => void) => void;
    };
    target.addEventListener('start', start);
    target.addEventListener('end', end);
    return () => {
      target.removeEventListener('start', start);
      target.removeEventListener('end', end);
      setDpr(resting);
    };
  }, [controls, moving, resting, setDpr]);
  return null;
}
