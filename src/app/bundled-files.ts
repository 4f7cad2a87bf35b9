/**
 * The bundled files, each fetched only when it is first shown. Vite turns every file into its
 * own small chunk, so the first page load carries none of them.
 */
const cifFiles = import.meta.glob('../../structures/*.cif', { query: '?raw', import: 'default' });

function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.cif$/, '');
}

const cifById = new Map(Object.entries(cifFiles).map(([path, load]) => [idOf(path), load]));

export function bundledStructureIds(): string[] {
  return [...cifById.keys()];
}

export async function loadBundledCif(id: string): Promise<string> {
  const load = cifById.get(id);
  if (!load) throw new Error(`No bundled structure has the id “${id}”.`);
  return (await load()) as string;
}

const scenarioFiles = import.meta.glob('../../structures/*.scenario.json', {
  query: '?raw',
  import: 'default',
});

const scenarioById = new Map(
  Object.entries(scenarioFiles).map(([path, load]) => [
    path.replace(/^.*\//, '').replace(/\.scenario\.json$/, ''),
    load,
  ]),
);

export function bundledScenarioIds(): string[] {
  return [...scenarioById.keys()].sort();
}

/** The scenario's JSON text, as written (validated by the insertion core, not here). */
export async function loadBundledScenarioText(id: string): Promise<string> {
  const load = scenarioById.get(id);
  if (!load) throw new Error(`No bundled scenario has the id “${id}”.`);
  return (await load()) as string;
}

/** Text of a bundled file by its path as a scenario names it (`structures/<name>.cif`). */
export async function loadBundledFileByPath(path: string): Promise<string | undefined> {
  const id = path.replace(/^.*\//, '').replace(/\.cif$/, '');
  return cifById.has(id) ? loadBundledCif(id) : undefined;
}
