/**
 * Builds the compare view's structures: each bundled id at its catalogue supercell, drawn
 * with the single view's palette (so the panes have the same colours). A structure that fails
 * to build is named in a notice and the single view comes back.
 */
import { formatDiagnostic } from '../crystal/result';
import { catalogueEntry } from '../state/catalogue';
import type { CompareState } from '../state/compare';
import type { LoadedStructure } from '../state/loaded-structure';
import { useApp } from '../state/store';
import { loadBundledCif } from './bundled-files';
import { buildLoaded, prepareCrystal } from './load-structure';
import { recolourStructure } from './recolour';
import { ensureSymmetryTables } from './symmetry-tables';

let request = 0;

export async function showCompare(compare: CompareState) {
  const mine = ++request;
  useApp.setState({ compareLoaded: null, busy: true });
  try {
    await ensureSymmetryTables();
    const { palette } = useApp.getState();
    const built: LoadedStructure[] = [];
    for (const id of compare.ids) {
      const text = await loadBundledCif(id);
      if (mine !== request) return;
      const entry = catalogueEntry(id);
      const prepared = prepareCrystal(text, `${id}.cif`);
      const result = prepared.ok
        ? buildLoaded(
            prepared.value,
            { kind: 'bundled', id },
            { supercell: entry?.supercell ?? [1, 1, 1], alkaliPolyhedra: false, palette },
          )
        : prepared;
      if (!result.ok) throw new Error(formatDiagnostic(result.error));
      built.push(result.value);
    }
    if (mine === request) useApp.setState({ compareLoaded: built });
  } catch (e) {
    if (mine !== request) return;
    useApp
      .getState()
      .notify(
        'error',
        `Could not show the comparison: ${e instanceof Error ? e.message : String(e)} — showing the single view.`,
      );
    useApp.setState({ compare: null, compareLoaded: null });
  } finally {
    if (mine === request) useApp.setState({ busy: false });
  }
}

/** Leaving the comparison: a build still under way is dropped. */
export function dropCompare() {
  request++;
  if (useApp.getState().compareLoaded) useApp.setState({ compareLoaded: null });
}

/** New colours for the panes (the palette changed), nothing rebuilt. */
export function recolourCompare() {
  const { compareLoaded, palette } = useApp.getState();
  if (compareLoaded)
    useApp.setState({ compareLoaded: compareLoaded.map((l) => recolourStructure(l, palette)) });
}
