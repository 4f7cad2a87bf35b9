/** The JSON object `npm run --silent bench -- --json` prints (fields documented in README.md). */
import type { Supercell } from '../insertion/path-types';
import type { SupercellChange } from './bench-browser';
import type { BundleSizes } from './bench-bundle';
import type { FrameRun } from './bench-frames';
import { type PeerRun, peerJson, scenarioFrameJson } from './bench-json';
import { type LectureBench, lectureJson } from './bench-lecture';
import type { MicroscopeTiming } from './bench-microscope';
import type { NodeBuild } from './bench-node';
import type { ReaderBench } from './bench-reader';
import { BUILD_SIZES, FRAME_SIZES, part, sc } from './bench-sizes';
import { median, round } from './bench-stats';
import type { TunnelLabelBench, VoidBench } from './bench-voids';

export interface BenchData {
  builds: (NodeBuild & { supercell: Supercell })[];
  frameCounts: { supercell: Supercell; host: number; guests: number; atoms: number }[];
  voids: VoidBench[];
  tunnelLabels: TunnelLabelBench[];
  reader: ReaderBench[];
  bundle: BundleSizes;
  microscope: MicroscopeTiming[];
  microscopeFrames: (FrameRun | null)[];
  /** Chromium's version, or null when the browser did not start. */
  chromium: string | null;
  browserBuild: (number | null)[];
  tinyChange: SupercellChange[];
  browserBuildRaw: (SupercellChange[] | null)[];
  frames: (FrameRun | null)[];
  firstFrames: number[];
  lecture: LectureBench;
  peers: { runs: PeerRun[]; canvas: string };
  browserNote: string | null;
  /** Wall time of the whole bench, s. */
  seconds: number;
}

export function benchResult(d: BenchData) {
  const { builds, frameCounts, voids, reader, bundle, microscope, microscopeFrames } = d;
  const { browserBuild, browserBuildRaw, frames, firstFrames, lecture, browserNote } = d;
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
  return {
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
    scenarioFrameMs: keyed(
      frameKeys,
      frames.map((f) => (f ? scenarioFrameJson(f) : null)),
    ),
    voidsMs: Object.fromEntries(voids.map((v) => [v.name, round(v.medianMs, 1)])),
    tunnelLabelsMs: Object.fromEntries(d.tunnelLabels.map((t) => [t.name, round(t.medianMs, 1)])),
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
    ...peerJson(d.peers.runs),
    ...(browserNote ? { note: browserNote } : {}),
  };
}
