/**
 * The CIF maker for a structure on screen: its cell, symmetry and sites as read, written by
 * the core's CIF writer. It needs no renderer, so it is registered once at start-up.
 */
import { crystalCif } from '../export/crystal-cif';
import { registerExporter } from '../state/exporters';
import { useApp } from '../state/store';

export function registerCifMaker(): () => void {
  return registerExporter('cif', async () => {
    const { loaded, scenarioId } = useApp.getState();
    if (scenarioId) throw new Error('CIF export of a scenario frame is not available here');
    if (!loaded) throw new Error('CIF export: no structure is on screen yet');
    return new Blob([crystalCif(loaded.crystal)], { type: 'chemical/x-cif' });
  });
}
