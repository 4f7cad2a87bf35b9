/**
 * Node-only loader for the moyo WebAssembly (tests and the CLI). The browser build never
 * imports this file: it would pull in `node:fs`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initMoyoSync, isMoyoReady } from './moyo';

/** Read `moyo_wasm_bg.wasm` from node_modules and instantiate it synchronously. */
export function initMoyoNode(): void {
  if (isMoyoReady()) return;
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve('@spglib/moyo-wasm/moyo_wasm_bg.wasm');
  initMoyoSync(readFileSync(wasmPath));
}
