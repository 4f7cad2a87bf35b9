/**
 * Scenario text → checked Scenario + one Crystal per keyframe, reading the keyframe CIFs
 * through a callback (Node: the file system; browser: the bundled files), so this stays pure.
 */
import { readCif } from '../crystal/read';
import type { Diagnostic, Result } from '../crystal/result';
import type { Crystal } from '../crystal/types';
import { parseScenarioText } from './scenario';
import type { Scenario } from './types';

export interface LoadedScenario {
  scenario: Scenario;
  /** Keyframe CIF paths joined with the scenario's folder, scenario order. */
  files: string[];
  crystals: Crystal[];
}

/** `structures/x.scenario.json` + `a.cif` → `structures/a.cif` (POSIX separators). */
export function siblingPath(scenarioFile: string, relative: string): string {
  if (relative.startsWith('/')) return relative;
  const cut = scenarioFile.lastIndexOf('/');
  return cut < 0 ? relative : `${scenarioFile.slice(0, cut + 1)}${relative}`;
}

/** `readText` returns a file's text, or undefined when it does not exist. */
export function loadScenario(
  text: string,
  file: string,
  readText: (path: string) => string | undefined,
): Result<LoadedScenario> {
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) return parsed;
  const scenario = parsed.value;
  const warnings: Diagnostic[] = [...parsed.warnings];
  const files = scenario.keyframes.map((k) => siblingPath(file, k.cif));
  const crystals: Crystal[] = [];
  for (const [i, path] of files.entries()) {
    const cif = readText(path);
    if (cif === undefined) {
      const error = { file, message: `keyframes[${i}].cif: ${path} not found` };
      return { ok: false, error, warnings };
    }
    const read = readCif(cif, path);
    warnings.push(...read.warnings);
    if (!read.ok) return { ok: false, error: read.error, warnings };
    if (read.value.crystals.length > 1) {
      warnings.push({ file: path, message: 'several structures in the file: the first is used' });
    }
    crystals.push(read.value.crystals[0]);
  }
  return { ok: true, value: { scenario, files, crystals }, warnings };
}
