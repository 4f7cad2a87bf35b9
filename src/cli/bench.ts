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
import {
  type BrowserBench,
  type Collect,
  type FrameRun,
  type FrameStats,
  type SupercellChange,
  startBrowserBench,
} from './bench-browser';
import { bundleSizes } from './bench-bundle';
import { benchLecture, type LectureBench, lectureJson, lectureTable } from './bench-lecture';
import { benchMicroscopeNode, MICROSCOPE_TEM, microscopeTableRows } from './bench-microscope';
import { benchBuild, ROOT, SCENARIO, STRUCTURE, scenarioAtoms, warmUp } from './bench-node';
import { benchReader, readerTable } from './bench-reader';
import { fmt, median, overBaseline, round, table } from './bench-stats';
import { benchTunnelLabels, benchVoids, tunnelLabelsTable, voidsTable } from './bench-voids';

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
const NODE_RUNS = [15, 9, 5];
const BROWSER_BUILD_RUNS = [5, 5, 3];
const BROWSER_TINY_RUNS = 5;
const FIRST_FRAME_RUNS = 3;
/** Stubbed draws run as fast as the compositor allows: a few seconds give many frames. */
const STUBBED: Collect = { seconds: 4, minFrames: 30, maxSeconds: 12 };
/** SwiftShader needs seconds per frame at 10⁴–10⁵ atoms: take what fits in the budget. */
const RENDERED: Collect = { seconds: 10, minFrames: 2, maxSeconds: 30 };

const MICROSCOPE_RENDERED: Collect = { seconds: 3, minFrames: 2, maxSeconds: 15 };

const sc = (s: Supercell) => s.join('x');
const totals = (changes: SupercellChange[]) => changes.map((c) => c.total);
/** Median of one part of the changes, for the breakdown column. */
const part = (changes: SupercellChange[] | null, key: keyof SupercellChange) =>
  changes ? median(changes.map((c) => c[key])) : null;
const staticSearch = (s: Supercell) => `?s=${STRUCTURE}&sc=${sc(s)}&view=001`;
const scenarioSearch = (s: Supercell) => `?scn=${SCENARIO}&sc=${sc(s)}&x=0&play=1`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a !== '--json');
  if (unknown.length) {
    process.stderr.write(`bench: unknown argument ${unknown[0]} (only --json)\n`);
    return 2;
  }
  const started = performance.now();
  const log = (msg: string) => {
    const t = Math.round((performance.now() - started) / 1000);
    if (!json) process.stderr.write(`[${t} s] ${msg}\n`);
  };

  log('Node: build time…');
  warmUp(BUILD_SIZES.slice(0, 2), 1500);
  const builds = BUILD_SIZES.map((s, i) => ({ supercell: s, ...benchBuild(s, NODE_RUNS[i]) }));
  const frameCounts = FRAME_SIZES.map((s) => {
    const { host, guests } = scenarioAtoms(s);
    return { supercell: s, host, guests, atoms: host + guests };
  });
  log('Node: sites & channels analysis…');
  const voids = benchVoids(ROOT);
  const tunnelLabels = benchTunnelLabels(ROOT);
  log('Node: CIF reader throughput…');
  const reader = benchReader(ROOT);
  const bundle = bundleSizes(path.join(ROOT, 'dist'));
  log('Node: microscope views…');
  const microscope = benchMicroscopeNode(ROOT);
  const microscopeFrames: (FrameRun | null)[] = FRAME_SIZES.slice(0, 2).map(() => null);

  let browser: BrowserBench | null = null;
  let browserNote: string | null = null;
  const browserBuild: (number | null)[] = BUILD_SIZES.map(() => null);
  let tinyChange: SupercellChange[] = [];
  const browserBuildRaw: (SupercellChange[] | null)[] = BUILD_SIZES.map(() => null);
  const frames: (FrameRun | null)[] = FRAME_SIZES.map(() => null);
  let firstFrames: number[] = [];
  let lecture: LectureBench = { transitions: [], video: null, glb: null, notes: [] };
  try {
    browser = await startBrowserBench();
    log(`Chromium ${browser.chromium}: first frame of / …`);
    firstFrames = await browser.firstFrame('', FIRST_FRAME_RUNS);
    log('Chromium: build time (supercell change in a warm page, minus a 1×1×1 → 1×1×2 change)…');
    tinyChange = await browser.supercellChange(staticSearch(TINY), 2, BROWSER_TINY_RUNS);
    for (const [i, s] of BUILD_SIZES.entries()) {
      const times = await browser.supercellChange(
        staticSearch([s[0], s[1], 1]),
        s[2],
        BROWSER_BUILD_RUNS[i],
      );
      browserBuild[i] = overBaseline(totals(times), totals(tinyChange));
      browserBuildRaw[i] = times;
    }
    for (const [i, s] of FRAME_SIZES.entries()) {
      log(`Chromium: frames while ${SCENARIO} plays at ${sc(s)}…`);
      frames[i] = await browser.frames(scenarioSearch(s), STUBBED, RENDERED);
    }
    for (const [i, s] of FRAME_SIZES.slice(0, 2).entries()) {
      log(`Chromium: frames while ${SCENARIO} plays at ${sc(s)} with the microscope panel open…`);
      const search = `${scenarioSearch(s)}&${MICROSCOPE_TEM}`;
      microscopeFrames[i] = await browser.frames(search, STUBBED, MICROSCOPE_RENDERED);
    }
    lecture = await benchLecture(browser, log);
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
  const stubbed = frames.map((f) => f?.stubbed);
  const rendered = frames.map((f) => f?.rendered);
  const drawsBySize = frames.map((f) =>
    f ? r(Math.max(f.stubbed.drawsMax, f.rendered.drawsMax), 0) : null,
  );
  const drawValues = drawsBySize.filter((d): d is number => d !== null);
  const result = {
    buildMs: keyed(
      buildKeys,
      builds.map((b) => round(b.median, 2)),
    ),
    frameMs: keyed(
      frameKeys,
      stubbed.map((f) => r(f?.jsMedian, 3)),
    ),
    drawCalls: drawValues.length ? Math.max(...drawValues) : null,
    firstFrameMs: r(median(firstFrames), 0),
    initialJsGzipKB: round(bundle.initialGzipKB, 1),
    browserBuildMs: keyed(
      buildKeys,
      browserBuild.map((v) => r(v, 0)),
    ),
    browserBuildRawMs: keyed(
      buildKeys,
      browserBuildRaw.map((c) => r(part(c, 'total'), 0)),
    ),
    frameP95Ms: keyed(
      frameKeys,
      stubbed.map((f) => r(f?.jsP95, 3)),
    ),
    frameMsSwiftShader: keyed(
      frameKeys,
      rendered.map((f) =>
        f
          ? {
              median: r(f.jsMedian, 3),
              p95: r(f.jsP95, 3),
              frames: f.frames,
              fps: r(f.fps, 2),
              gpuSyncedMedian: r(f.wallMedian, 0),
              gpuSyncedP95: r(f.wallP95, 0),
            }
          : null,
      ),
    ),
    drawCallsBySize: keyed(frameKeys, drawsBySize),
    voidsMs: Object.fromEntries(voids.map((v) => [v.name, round(v.medianMs, 1)])),
    tunnelLabelsMs: Object.fromEntries(tunnelLabels.map((t) => [t.name, round(t.medianMs, 1)])),
    reader: reader.map((r) => ({
      set: r.set,
      files: r.files,
      mbPerSecond: round(r.mbPerSecond, 3),
      filesPerSecond: round(r.filesPerSecond, 1),
    })),
    lazyViewerJsGzipKB: r(bundle.lazyViewer?.gzipKB, 1),
    supercells: {
      build: keyed(buildKeys, BUILD_SIZES.map(sc)),
      frame: keyed(frameKeys, FRAME_SIZES.map(sc)),
    },
    microscope: {
      viewMs: microscope.map((m) => ({ label: m.label, atoms: m.atoms, ...m.ms })),
      frameMsPanelOpen: keyed(
        frameKeys.slice(0, 2),
        microscopeFrames.map((f) => r(f?.stubbed.jsMedian, 3)),
      ),
      frameP95MsPanelOpen: keyed(
        frameKeys.slice(0, 2),
        microscopeFrames.map((f) => r(f?.stubbed.jsP95, 3)),
      ),
    },
    ...lectureJson(lecture),
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
    `Build: parse → supercell → bonds → polyhedra, ${STRUCTURE} (readCif + expandCell + buildModel; Node after 1.5 s of JIT warm-up)`,
    table(
      [
        'supercell',
        'drawn atoms',
        'Node median ms',
        'of which parse',
        'Node runs',
        'Chromium ms',
        'Chromium raw ms',
        '= handler + until frame + frame',
      ],
      builds.map((b, i) => {
        const raw = browserBuildRaw[i];
        return [
          sc(b.supercell),
          b.atoms.toLocaleString('en'),
          fmt(b.median, 1),
          fmt(b.parseMedian, 1),
          String(b.runs.length),
          fmt(browserBuild[i], 0),
          fmt(part(raw, 'total'), 0),
          raw
            ? `${fmt(part(raw, 'handler'), 0)} + ${fmt(part(raw, 'untilFrame'), 0)} + ${fmt(part(raw, 'frame'), 0)}`
            : '—',
        ];
      }),
    ),
    '  Chromium raw: a warm page at a×b×1, "Repeats along c" set to c through an input event; median of',
    '  input event → end of the first frame of the rebuilt content. handler = the input event',
    '  (store → controller → synchronous rebuild from the parsed cell: supercell, bonds, polyhedra,',
    '  scene arrays); until frame = React commit and waiting for the next animation frame; frame = that',
    "  frame's rAF JS (buffer uploads, render submission). Draws stubbed (no GPU work), see Frames.",
    `  Chromium ms = raw minus the fastest 1x1x1 → 1x1x2 change (${fmt(tinyChange.length ? Math.min(...totals(tinyChange)) : null, 0)} ms; median ${fmt(median(totals(tinyChange)), 0)} ms),`,
    `  — when below it; ${BROWSER_BUILD_RUNS.join('/')} runs.`,
    '',
    `Frames: ${SCENARIO} playing (Repeat: Loop); JS = main-thread time in the frame's rAF callbacks,`,
    "  which includes three's render() and its WebGL call submission. Canvas " +
      (frames.find((f) => f)?.canvas ?? '?') +
      '.',
    '  stubbed: every draw call issued with 0 vertices/instances (same JavaScript, no GPU work);',
    '  rendered: the draws as issued, rendered by SwiftShader (seconds per frame at 10k+ atoms);',
    '  GPU-synced frame = frame start → a 1-pixel readPixels after its draws returns (the GPU has finished).',
    table(
      [
        'supercell',
        'drawn atoms (host+K)',
        'mode',
        'frames',
        'JS median ms',
        'JS p95 ms',
        'JS max ms',
        'script/frame ms',
        'draw calls',
        'frames/s',
        'GPU-synced frame ms',
        'x readout seen',
      ],
      frameCounts.flatMap((c, i) => {
        const f = frames[i];
        const row = (mode: string, st: FrameStats | undefined) => {
          const xs = new Set(st?.xSamples ?? []);
          return [
            mode === 'stubbed' ? sc(c.supercell) : '',
            mode === 'stubbed'
              ? `${c.atoms.toLocaleString('en')} (${c.host.toLocaleString('en')}+${c.guests.toLocaleString('en')})`
              : '',
            mode,
            st ? String(st.frames) : '—',
            fmt(st?.jsMedian, 2),
            fmt(st?.jsP95, 2),
            fmt(st?.jsMax, 2),
            fmt(st?.scriptPerFrame, 2),
            st?.frames
              ? st.drawsMin === st.drawsMax
                ? String(st.drawsMin)
                : `${st.drawsMin}–${st.drawsMax}`
              : '—',
            fmt(st?.fps, 1),
            mode === 'rendered' ? fmt(st?.wallMedian, 0) : '—',
            st
              ? `${xs.size} values: ${st.xSamples[0]} … ${st.xSamples[st.xSamples.length - 1]}`
              : '—',
          ];
        };
        return [row('stubbed', f?.stubbed), row('rendered', f?.rendered)];
      }),
    ),
    '  script/frame = CDP ScriptDuration over the collection ÷ drawn frames (every task, not only rAF).',
    '  Stubbed frames that also wrote the link (history.replaceState, at most every 2 s while playing) vs the rest:',
    ...frameCounts.map((c, i) => {
      const st = frames[i]?.stubbed;
      return st
        ? `    ${c.atoms.toLocaleString('en')} atoms: ${st.urlWriteFrames} URL-write frames, median ${fmt(st.urlWriteJsMedian, 2)} ms; other ${st.frames - st.urlWriteFrames} frames median ${fmt(st.otherJsMedian, 2)} ms, p95 ${fmt(st.otherJsP95, 2)} ms`
        : `    ${c.atoms.toLocaleString('en')} atoms: —`;
    }),
    '',
    ...voidsTable(voids),
    '',
    ...tunnelLabelsTable(tunnelLabels),
    '',
    ...readerTable(reader),
    '',
    `First frame of /: ${fmt(median(firstFrames), 0)} ms median (${firstFrames.map((t) => fmt(t, 0)).join(', ')}), navigation start → end of the first frame that drew the page's content`,
    '',
    `Initial JS: ${fmt(bundle.initialGzipKB, 1)} KB gzip -9 (${fmt(bundle.initialRawKB, 1)} KB raw): ${bundle.initial.map((f) => f.file).join(', ')}`,
    bundle.lazyViewer
      ? `Lazy viewer chunk: ${fmt(bundle.lazyViewer.gzipKB, 1)} KB gzip -9 (${fmt(bundle.lazyViewer.rawKB, 1)} KB raw): ${bundle.lazyViewer.file}`
      : 'Lazy viewer chunk: not found',
  );
  out.push(
    '',
    "Microscope views, Node (computeMicroscope, as the panel's worker runs it; [001]; 256 px STEM image):",
    table(
      ['cell', 'atoms', 'STEM ms', 'SAED ms', 'XRD 5–90° ms', 'runs'],
      microscopeTableRows(microscope, fmt),
    ),
    '  The panel computes one conventional cell (the scenario frame as its average crystal), so its',
    '  cost does not grow with the drawn supercell; the P1 rows show the core on a large cell.',
    `Frames with the microscope panel open (${MICROSCOPE_TEM}), ${SCENARIO} playing, stubbed draws:`,
    ...microscopeFrames.map((f, i) =>
      f
        ? `  ${frameCounts[i].atoms.toLocaleString('en')} atoms: JS median ${fmt(f.stubbed.jsMedian, 2)} ms, p95 ${fmt(f.stubbed.jsP95, 2)} ms, ${f.stubbed.frames} frames, ${fmt(f.stubbed.fps, 1)} frames/s (canvas ${f.canvas}; without the panel: median ${fmt(frames[i]?.stubbed.jsMedian, 2)} ms)`
        : `  ${frameCounts[i].atoms.toLocaleString('en')} atoms: —`,
    ),
  );
  out.push('', ...lectureTable(lecture));
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
