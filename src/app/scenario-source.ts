/** Reads a bundled scenario and its keyframe CIFs, then builds it for the view. */
import type { Palette } from '../crystal/palettes';
import type { Result } from '../crystal/result';
import { isMoyoReady, NOT_LOADED } from '../crystal/symmetry/moyo';
import { loadScenario } from '../insertion/load';
import type { LoadedScenario } from '../state/loaded-scenario';
import type { Supercell } from '../state/view-state';
import { loadBundledFileByPath, loadBundledScenarioText } from './bundled-files';
import { leadingComments } from './load-structure';
import { buildLoadedScenario } from './scenario-load';
import { ensureSymmetryTables, letterWhenTablesArrive } from './symmetry-tables';

export async function loadScenarioForView(
  id: string,
  supercell: Supercell,
  palette?: Palette,
  options?: { fitOverCap: boolean },
): Promise<Result<LoadedScenario>> {
  const file = `structures/${id}.scenario.json`;
  // The bundled keyframes list their operators, so they read and draw without the space-group
  // tables; the Hall numbers (Wyckoff letters in the sites analysis) are filled once those
  // arrive, after the first frame.
  const text = await loadBundledScenarioText(id);
  // The core reads keyframes through a synchronous callback: fetch the CIFs it names first.
  const names = keyframeNames(text);
  const texts = new Map<string, string>();
  await Promise.all(
    names.map(async (name) => {
      const path = `structures/${name}`;
      const cif = await loadBundledFileByPath(path);
      if (cif !== undefined) texts.set(path, cif);
    }),
  );
  const withTables = isMoyoReady();
  let core = loadScenario(text, file, (path) => texts.get(path));
  if (!core.ok && core.error.message.includes(NOT_LOADED)) {
    await ensureSymmetryTables(); // a keyframe names its group without operators
    core = loadScenario(text, file, (path) => texts.get(path));
  }
  if (!core.ok) return core;
  if (!withTables) letterWhenTablesArrive(core.value.crystals);
  const notes = core.value.files.map((f) => leadingComments(texts.get(f) ?? ''));
  return buildLoadedScenario(id, core.value, notes, supercell, palette, options);
}

/** Keyframe CIF names, read leniently: validation proper (with lines) is the core's job. */
function keyframeNames(text: string): string[] {
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, '')) as { keyframes?: { cif?: unknown }[] };
    return (json.keyframes ?? [])
      .map((k) => k.cif)
      .filter((c): c is string => typeof c === 'string');
  } catch {
    return [];
  }
}
