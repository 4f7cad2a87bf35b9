/**
 * Loads the space-group tables (moyo's WebAssembly, ~0.7 MB) once, on first need, in a chunk
 * of its own so the first page load does not carry it.
 */
let loading: Promise<void> | null = null;

export function ensureSymmetryTables(): Promise<void> {
  loading ??= (async () => {
    const [{ initMoyo }, { default: wasmUrl }] = await Promise.all([
      import('../crystal/symmetry/moyo'),
      import('@spglib/moyo-wasm/moyo_wasm_bg.wasm?url'),
    ]);
    await initMoyo({ module_or_path: wasmUrl });
  })();
  return loading;
}
