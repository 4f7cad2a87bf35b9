import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';

// Relative base so the built folder works from any static host, a USB stick or an iframe.
// `--mode single` (npm run build:single): one HTML file with every script, the WebAssembly and
// the bundled structures inlined, for file:// (a USB stick, an e-mail attachment).
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: mode === 'single' ? [react(), viteSingleFile()] : [react()],
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
