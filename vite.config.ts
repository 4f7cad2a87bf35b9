import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';

/**
 * `<link rel="modulepreload">` in index.html for the 3D view's chunk and the chunks it imports
 * (three.js, the renderer): the page asks for them only after its own script has run and
 * React has rendered the panels, so without the links they were fetched one after the other
 * with everything before the first frame (a waterfall of ~1 MB of JavaScript). With them the
 * browser fetches and compiles them while the page script runs; they are still evaluated
 * only when the view mounts.
 */
function preloadViewer(): Plugin {
  return {
    name: 'tunnelscope-preload-viewer',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const viewer = chunks.find((c) => c.facadeModuleId?.endsWith('/src/scene/Viewer.tsx'));
        if (!viewer) throw new Error('preloadViewer: no chunk for src/scene/Viewer.tsx');
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = chunks.find((c) => c.fileName === file);
          if (!chunk || chunk.isEntry || files.has(file)) return;
          files.add(file);
          for (const dep of chunk.imports) visit(dep);
        };
        visit(viewer.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// Relative base so the built folder works from any static host, a USB stick or an iframe.
// `--mode single` (npm run build:single): one HTML file with every script, the WebAssembly and
// the bundled structures inlined, for file:// (a USB stick, an e-mail attachment).
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'single' ? [react(), viteSingleFile()] : [react(), preloadViewer()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: mode === 'single' ? 8000 : 1500,
    ...(mode === 'single' && { outDir: 'dist-single' }),
  },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // CI has the machine to itself and runs the unit files before the browser files
          // (those wait, one Chromium at a time): both cores, not Vitest's default of one on a
          // two-core machine. A developer's machine keeps the default, as others share it.
          ...(process.env.CI && { maxWorkers: 2 }),
          // Vitest's 5 s default is near what the heavier geometry cases take with both cores
          // busy; a hang still fails, well before the run's budget.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and software WebGL is heavy.
          fileParallelism: false,
          // One more try for a browser case: on a loaded two-core machine software WebGL can
          // miss a frame deadline now and then; a real defect fails both times.
          retry: 1,
        },
      },
    ],
  },
}));
