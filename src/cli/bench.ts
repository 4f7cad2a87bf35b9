/**
 * `npm run bench`: build time, per-frame JavaScript time, draw calls, first-frame time and
 * initial bundle size, printed as a table; `npm run --silent bench -- --json` prints one JSON
 * object instead. Measures dist/ as built (the npm script builds first). Not part of
 * `npm test`: these are figures to read, not assertions.
 *
 * Sizes: supercells of α-MnO₂ (static build) and of the K⁺ → α-MnO₂ scenario (playback) whose
 * drawn atom counts are nearest ~1,000, ~10,000 and ~100,000; the exact counts are computed
 * with the app's own code and used as the keys.
 */
import path from 'node:path';
import type { Supercell } from '../insertion/path-types';
import { type BrowserBench, type FrameRun, startBrowserBench } from './bench-browser';
import { bundleSizes } from './bench-bundle';
import { benchBuild, ROOT, SCENARIO, STRUCTURE, scenarioAtoms } from './bench-node';
import { fmt, median, round, table } from './bench-stats';

/**
 * Nearest drawn counts to 1k / 10k / 100k among a×a×c supercells (α-MnO₂ is tetragonal,
 * c ≈ 2.85 Å against a ≈ 9.78 Å): static 1,048 / 10,000 / 100,288 atoms; scenario (host +
 * K⁺) 1,008 / 10,080 / 100,860.
 */
const BUILD_SIZES: Supercell[] = [
  [2, 2, 9],
  [5, 5, 15],
  [16, 16, 15],
];
const FRAME_SIZES: Supercell[] = [
  [2, 2, 8],
  [5, 5, 14],
  [15, 15, 16],
];
const TINY: Supercell = [1, 1, 1];
const NODE_RUNS = [9, 7, 5];
const BROWSER_BUILD_RUNS = 3;
const FIRST_FRAME_RUNS = 3;
const FRAME_SECONDS = 5;
const FRAME_MIN_FRAMES = 20;

const sc = (s: Supercell) => s.join('x');
const staticSearch = (s: Supercell) => `?s=${STRUCTURE}&sc=${sc(s)}&view=001`;
const scenarioSearch = (s: Supercell) => `?scn=${SCENARIO}&sc=${sc(s)}&x=0&play=1`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) {
    process.stderr.write(`bench: unknown argument ${unknown[0]} (only --json)\n`);
    return 2;
  }
  const log = (msg: string) => {
    if (!json) process.stderr.write(`${msg}\n`);
  };
  const started = performance.now();

  log('Node: build time…');
  const builds = BUILD_SIZES.map((s, i) => ({ supercell: s, ...benchBuild(s, NODE_RUNS[i]) }));
  const frameCounts = FRAME_SIZES.map((s) => {
    const { host, guests } = scenarioAtoms(s);
    return { supercell: s, host, guests, atoms: host + guests };
  });
  const bundle = bundleSizes(path.join(ROOT, 'dist'));

  let browser: BrowserBench | null = null;
  let browserNote: string | null = null;
  const browserBuild: (number | null)[] = BUILD_SIZES.map(() => null);
  let tinyFirst: number[] = [];
  const frames: (FrameRun | null)[] = FRAME_SIZES.map(() => null);
  let firstFrames: number[] = [];
  try {
    browser = await startBrowserBench();
    log(`Chromium ${browser.chromium}: first frame of / …`);
    firstFrames = await browser.firstFrame('', FIRST_FRAME_RUNS);
    log('Chromium: build time (static links minus a 1×1×1 link)…');
    tinyFirst = await browser.firstFrame(staticSearch(TINY), BROWSER_BUILD_RUNS);
    for (const [i, s] of BUILD_SIZES.entries()) {
      const times = await browser.firstFrame(staticSearch(s), BROWSER_BUILD_RUNS);
      browserBuild[i] = median(times) - median(tinyFirst);
    }
    for (const [i, s] of FRAME_SIZES.entries()) {
      log(`Chromium: frames while ${SCENARIO} plays at ${sc(s)}…`);
      frames[i] = await browser.frames(scenarioSearch(s), FRAME_SECONDS, FRAME_MIN_FRAMES);
    }
  } catch (e) {
    browserNote = `browser measurements incomplete: ${(e as Error).message.split('\n')[0]}`;
    log(browserNote);
  } finally {
    await browser?.close();
  }

  const keyed = <T>(keys: number[], values: T[]) =>
    Object.fromEntries(keys.map((k, i) => [String(k), values[i]]));
  const r = (v: number | null | undefined, d: number) =>
    v === null || v === undefined || !Number.isFinite(v) ? null : round(v, d);
  const buildKeys = builds.map((b) => b.atoms);
  const frameKeys = frameCounts.map((f) => f.atoms);
  const drawsBySize = frames.map((f) => r(f?.drawsMedian, 0));
  const drawValues = drawsBySize.filter((d): d is number => d !== null);
  const result = {
    buildMs: keyed(
      buildKeys,
      builds.map((b) => round(b.median, 2)),
    ),
    frameMs: keyed(
      frameKeys,
      frames.map((f) => r(f?.jsMedian, 3)),
    ),
    drawCalls: drawValues.length ? Math.max(...drawValues) : null,
    firstFrameMs: r(median(firstFrames), 0),
    initialJsGzipKB: round(bundle.initialGzipKB, 1),
    browserBuildMs: keyed(
      buildKeys,
      browserBuild.map((v) => r(v, 0)),
    ),
    frameP95Ms: keyed(
      frameKeys,
      frames.map((f) => r(f?.jsP95, 3)),
    ),
    drawCallsBySize: keyed(frameKeys, drawsBySize),
    lazyViewerJsGzipKB: r(bundle.lazyViewer?.gzipKB, 1),
    supercells: {
      build: keyed(buildKeys, BUILD_SIZES.map(sc)),
      frame: keyed(frameKeys, FRAME_SIZES.map(sc)),
    },
    ...(browserNote ? { note: browserNote } : {}),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }

  const out: string[] = [];
  out.push(
    `Tunnelscope bench — Node ${process.version}, ${browser ? `Chromium ${browser.chromium} (SwiftShader WebGL, headless)` : 'no browser'}; ${Math.round((performance.now() - started) / 1000)} s`,
    '',
    `Build: parse → supercell → bonds → polyhedra, ${STRUCTURE} (readCif + expandCell + buildModel)`,
    table(
      ['supercell', 'drawn atoms', 'Node median ms', 'Node runs', 'Chromium ms'],
      builds.map((b, i) => [
        sc(b.supercell),
        b.atoms.toLocaleString('en'),
        fmt(b.median, 1),
        String(b.runs.length),
        fmt(browserBuild[i], 0),
      ]),
    ),
    `  Chromium ms = median time from navigation to the end of the first frame of ${staticSearch([1, 1, 1]).replace('1x1x1', 'N')}`,
    `  minus the same for 1x1x1 (${fmt(median(tinyFirst), 0)} ms); ${BROWSER_BUILD_RUNS} cold loads each. It includes the GPU upload of the buffers.`,
    '',
    `Frames: ${SCENARIO} playing (Repeat: Loop), main-thread JS per animation frame (rAF callbacks incl. three's render submission)`,
    table(
      [
        'supercell',
        'drawn atoms (host+K)',
        'frames',
        'JS median ms',
        'JS p95 ms',
        'JS max ms',
        'all script/frame ms',
        'draw calls',
        'frame interval ms',
        'x seen',
      ],
      frameCounts.map((c, i) => {
        const f = frames[i];
        const xs = f ? new Set(f.xSamples) : new Set<string>();
        return [
          sc(c.supercell),
          `${c.atoms.toLocaleString('en')} (${c.host.toLocaleString('en')}+${c.guests.toLocaleString('en')})`,
          f ? String(f.frames) : '—',
          fmt(f?.jsMedian, 2),
          fmt(f?.jsP95, 2),
          fmt(f?.jsMax, 2),
          fmt(f?.scriptPerFrame, 2),
          f
            ? f.drawsMin === f.drawsMax
              ? String(f.drawsMin)
              : `${f.drawsMin}–${f.drawsMax}`
            : '—',
          fmt(f?.intervalMedian, 0),
          f ? `${xs.size} values, ${f.xSamples[0]} … ${f.xSamples[f.xSamples.length - 1]}` : '—',
        ];
      }),
    ),
    '  all script/frame = CDP ScriptDuration over the collection / drawn frames (every task, not only rAF).',
    '',
    `First frame of /: ${fmt(median(firstFrames), 0)} ms median (${firstFrames.map((t) => fmt(t, 0)).join(', ')}), navigation start → end of the first frame that drew the page's content`,
    '',
    `Initial JS: ${fmt(bundle.initialGzipKB, 1)} KB gzip -9 (${fmt(bundle.initialRawKB, 1)} KB raw): ${bundle.initial.map((f) => f.file).join(', ')}`,
    bundle.lazyViewer
      ? `Lazy viewer chunk: ${fmt(bundle.lazyViewer.gzipKB, 1)} KB gzip -9 (${fmt(bundle.lazyViewer.rawKB, 1)} KB raw): ${bundle.lazyViewer.file}`
      : 'Lazy viewer chunk: not found',
  );
  if (browserNote) out.push('', browserNote);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
