/**
 * "Save image": the view as a PNG for slides, at the canvas's own resolution. The renderer
 * keeps its drawing buffer, so the picture on screen is what gets saved.
 */
import { useApp } from '../state/store';

function fileName(): string {
  const s = useApp.getState();
  const what = s.scenarioId
    ? `${s.scenarioId}-x${(s.x ?? 0).toFixed(3)}`
    : s.loaded?.source.kind === 'file'
      ? s.loaded.source.name.replace(/\.[^.]*$/, '')
      : s.structureId;
  return `tunnelscope-${what}-${s.view.join('')}.png`;
}

export function SaveImage() {
  const save = () => {
    const canvas = document.querySelector<HTMLCanvasElement>('.stage canvas');
    if (!canvas) {
      useApp.getState().notify('error', 'There is no 3D view to save yet.');
      return;
    }
    canvas.toBlob((blob) => {
      if (!blob) {
        useApp.getState().notify('error', 'The browser could not turn the view into a PNG.');
        return;
      }
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName();
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }, 'image/png');
  };
  return (
    <button
      type="button"
      className="save-image"
      onClick={save}
      title="Save the view as a PNG image"
    >
      Save image
    </button>
  );
}
