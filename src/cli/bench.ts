/**
 * `npm run bench`: build time, per-frame JavaScript time, draw calls, first-frame time and
 * initial bundle size, printed as a table; `npm run --silent bench -- --json` prints one JSON
 * object instead. Measures dist/ as built (the npm script builds first). Not part of
 * `npm test`: these are figures to read, not assertions.
 *
 * Sizes: supercells of α-MnO₂ (static build) and of the K⁺ → α-MnO₂ scenario (playback) whose
 * drawn atom counts are nearest ~1,000, ~10,000 and ~100,000; the exact counts are computed
 * with the app's own code and used as the keys. The peer comparison draws α-MnO₂ in
 * Tunnelscope and in 3Dmol.js side by side (bench-peer.ts).
 *
 * The parts: bench-sizes (what is measured), bench-node (Node builds), bench-browser,
 * bench-frames and bench-peer (Chromium), bench-result (JSON) and bench-report (text).
 */
import path from 'node:path';
import { type BrowserBench, type SupercellChange, startBrowserBench } from './bench-browser';
import { bundleSizes } from './bench-bundle';
import { type FrameRun, scenarioFrames } from './bench-frames';
import { benchLecture, type LectureBench } from './bench-lecture';
import { benchMicroscopeNode, MICROSCOPE_TEM } from './bench-microscope';
import { benchBuild, ROOT, SCENARIO, scenarioAtoms, warmUp } from './bench-node';
import { benchPeers, peerSize } from './bench-peer';
import { benchReader } from './bench-reader';
import { benchReport } from './bench-report';
import { type BenchData, benchResult } from './bench-result';
import {
  BROWSER_BUILD_RUNS,
  BROWSER_TINY_RUNS,
  BUILD_SIZES,
  FIRST_FRAME_RUNS,
  FRAME_SIZES,
  MICROSCOPE_RENDERED,
  NODE_RUNS,
  PEER_FRAMES,
  PEER_ROUNDS,
  PEER_SIZES,
  RENDERED,
  STUBBED,
  sc,
  scenarioSearch,
  staticSearch,
  TINY,
  totals,
} from './bench-sizes';
import { overBaseline } from './bench-stats';
import { benchTunnelLabels, benchVoids } from './bench-voids';

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
  let peers: BenchData['peers'] = { runs: [], canvas: '?' };
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
      frames[i] = await scenarioFrames(browser, scenarioSearch(s), STUBBED, RENDERED);
    }
    for (const [i, s] of FRAME_SIZES.slice(0, 2).entries()) {
      log(`Chromium: frames while ${SCENARIO} plays at ${sc(s)} with the microscope panel open…`);
      const search = `${scenarioSearch(s)}&${MICROSCOPE_TEM}`;
      microscopeFrames[i] = await scenarioFrames(browser, search, STUBBED, MICROSCOPE_RENDERED);
    }
    lecture = await benchLecture(browser, log);
    peers = await benchPeers(browser, PEER_SIZES.map(peerSize), {
      rounds: PEER_ROUNDS,
      frames: PEER_FRAMES,
      log,
    });
  } catch (e) {
    browserNote = `browser measurements incomplete: ${(e as Error).message.split('\n')[0]}`;
    log(browserNote);
  } finally {
    await browser?.close();
  }

  const data: BenchData = {
    builds,
    frameCounts,
    voids,
    tunnelLabels,
    reader,
    bundle,
    microscope,
    microscopeFrames,
    chromium: browser?.chromium ?? null,
    browserBuild,
    tinyChange,
    browserBuildRaw,
    frames,
    firstFrames,
    lecture,
    peers,
    browserNote,
    seconds: (performance.now() - started) / 1000,
  };
  process.stdout.write(`${json ? JSON.stringify(benchResult(data)) : benchReport(data)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
