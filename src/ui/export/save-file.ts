/** Saving an export: the file name says what is shown, and the browser downloads the blob. */
import { useApp } from '../../state/store';

/** `tunnelscope-alpha-MnO2-001`, `tunnelscope-k-alpha-mno2-x0.420-001`: what and which view. */
export function fileStem(): string {
  const s = useApp.getState();
  const what = s.scenarioId
    ? `${s.scenarioId}-x${(s.x ?? s.loadedScenario?.path.xs[0] ?? 0).toFixed(3)}`
    : s.loaded?.source.kind === 'file'
      ? s.loaded.source.name.replace(/\.[^.]*$/, '')
      : s.structureId;
  const view = s.view.every((k) => Number.isInteger(k) && Math.abs(k) < 10)
    ? s.view.join('')
    : 'view';
  return `tunnelscope-${what}-${view}`.replace(/[^A-Za-z0-9._-]+/g, '_');
}

export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started by the next task; the object URL is freed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
