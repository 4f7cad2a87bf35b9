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
