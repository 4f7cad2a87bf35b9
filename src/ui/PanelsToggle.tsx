/** Folds the side panels away so the view takes the whole width (and brings them back). */
import { useApp } from '../state/store';
import './hall-layout.css';

export function PanelsToggle() {
  const hidden = useApp((s) => s.panelsHidden);
  return (
    <button
      type="button"
      className="panels-toggle"
      aria-expanded={!hidden}
      aria-controls="side-panels details-panels"
      title={hidden ? 'Show the side panels' : 'Hide the side panels: the view takes the width'}
      onClick={() => useApp.getState().setPanelsHidden(!hidden)}
    >
      {hidden ? '▸ Show panels' : '◂ Hide panels'}
    </button>
  );
}
