/**
 * The CIF maker: what is on screen as a CIF file — the structure as read (cell, symmetry,
 * sites), or a scenario's frame at the current x as one cell in P1 — registered once at start
 * so the Export panel and the export command's page hook reach it.
 */
import { crystalCif, scenarioFrameCif } from '../export/crystal-cif';
import { registerExporter } from '../state/exporters';
import { useApp } from '../state/store';

export function currentCif(): string {
  const s = useApp.getState();
  if (s.scenarioId) {
    const scenario = s.loadedScenario;
    if (!scenario) throw new Error('the scenario has not loaded yet');
    const x = s.x ?? scenario.path.xs[0];
    return scenarioFrameCif(scenario.path, scenario.keyframeCrystals, x);
  }
  if (!s.loaded) throw new Error('no structure has loaded yet');
  const source =
    s.loaded.source.kind === 'file' ? `from the file ${s.loaded.source.name}` : 'bundled';
  return crystalCif(s.loaded.crystal, [
    `Source: ${source}; its header follows.`,
    ...s.loaded.sourceNotes,
  ]);
}

export function registerCifExporter(): () => void {
  return registerExporter('cif', async (_request, onProgress) => {
    const text = currentCif();
    onProgress({ done: 1, total: 1 });
    return new Blob([text], { type: 'chemical/x-cif' });
  });
}
