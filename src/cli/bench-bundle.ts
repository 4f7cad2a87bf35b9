/**
 * Size of the JavaScript the page loads at start: what dist/index.html names (module entry
 * scripts and modulepreload links) plus the chunks those import statically, gzip level 9.
 * The lazily loaded 3D viewer chunk is reported beside it for information.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  initial: { file: string; rawKB: number; gzipKB: number }[];
  initialGzipKB: number;
  initialRawKB: number;
  lazyViewer: { file: string; rawKB: number; gzipKB: number } | null;
}

const kb = (bytes: number) => bytes / 1024;

function sizeOf(dist: string, file: string) {
  const bytes = readFileSync(path.join(dist, file));
  return { file, rawKB: kb(bytes.length), gzipKB: kb(gzipSync(bytes, { level: 9 }).length) };
}

/** `./assets/x.js` relative to `from` (a file inside dist) → path relative to dist. */
function resolve(from: string, ref: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), ref));
}

/** Static `import … from "./x.js"` / `import "./x.js"` (not dynamic `import("./x.js")`). */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) found.push(m[1]);
  return found;
}

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g),
    ...html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g),
  ].map((m) => resolve('index.html', m[1]));
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const ref of staticImports(code)) queue.push(resolve(file, ref));
  }
  const initial = [...seen].map((f) => sizeOf(dist, f));
  const viewer = readdirSync(path.join(dist, 'assets')).find((f) => /^Viewer-.*\.js$/.test(f));
  return {
    initial,
    initialGzipKB: initial.reduce((s, f) => s + f.gzipKB, 0),
    initialRawKB: initial.reduce((s, f) => s + f.rawKB, 0),
    lazyViewer: viewer ? sizeOf(dist, `assets/${viewer}`) : null,
  };
}
