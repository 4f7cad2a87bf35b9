/** The text table `npm run bench` prints. */
import type { FrameStats } from './bench-frames';
import { lectureTable } from './bench-lecture';
import { MICROSCOPE_TEM, microscopeTableRows } from './bench-microscope';
import { SCENARIO, STRUCTURE } from './bench-node';
import { peerTable } from './bench-peer-table';
import { readerTable } from './bench-reader';
import type { BenchData } from './bench-result';
import { BROWSER_BUILD_RUNS, part, sc, totals } from './bench-sizes';
import { fmt, median, table } from './bench-stats';
import { tunnelLabelsTable, voidsTable } from './bench-voids';

export function benchReport(d: BenchData): string {
  const { builds, frameCounts, voids, tunnelLabels, reader, bundle, microscope, microscopeFrames } =
    d;
  const { browserBuild, browserBuildRaw, frames, firstFrames, lecture, browserNote } = d;
  const { tinyChange } = d;
  const out: string[] = [];
  out.push(
    `Tunnelscope bench — Node ${process.version}, ${d.chromium ? `Chromium ${d.chromium} (SwiftShader WebGL, headless)` : 'no browser'}; ${Math.round(d.seconds)} s`,
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
    '  Scenario frame time (start of one drawn frame → start of the next; rendered with a GPU sync',
    '  per frame / stubbed) and the longest main-thread task (long-animation-frame or longtask):',
    ...frameCounts.map((c, i) => {
      const f = frames[i];
      return f
        ? `    ${c.atoms.toLocaleString('en')} atoms: rendered median ${fmt(f.rendered.intervalMedian, 0)} ms, p95 ${fmt(f.rendered.intervalP95, 0)} ms (${f.rendered.frames} frames), longest task ${fmt(f.rendered.longestTaskMs, 0)} ms; stubbed median ${fmt(f.stubbed.intervalMedian, 1)} ms, p95 ${fmt(f.stubbed.intervalP95, 1)} ms, longest task ${fmt(f.stubbed.longestTaskMs, 0)} ms`
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
  out.push('', ...peerTable(d.peers.runs, d.peers.canvas));
  if (browserNote) out.push('', browserNote);
  return out.join('\n');
}
