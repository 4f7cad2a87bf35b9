/**
 * Where the Microscope sits: its Open button until it is opened, then the panel, whose code
 * (the diffraction models and drawing, ~60 KB) loads only then, off the first frame.
 */
import { lazy, Suspense } from 'react';
import { useApp } from '../../state/store';
import { TEM_VIEWS } from '../../state/view-state';
import './microscope-open.css';

const Microscope = lazy(() => import('./Microscope').then((m) => ({ default: m.Microscope })));

export function MicroscopeSlot() {
  const open = useApp((s) => s.tem.length > 0);
  if (!open) {
    return (
      <button
        type="button"
        className="microscope-open"
        onClick={() => useApp.getState().setTem([...TEM_VIEWS])}
      >
        Microscope
      </button>
    );
  }
  return (
    <Suspense fallback={null}>
      <Microscope />
    </Suspense>
  );
}
