/**
 * The lecture rows of `npm run bench`: step-to-step transitions in presentation mode and
 * exports through the page hook (video at 1080p, GLB at ~10k atoms). Each part runs on its
 * own, so one that fails leaves the others and says why.
 */
import { DEFAULT_REQUEST } from '../export/request';
import type { BrowserBench } from './bench-browser';
import { benchExport, type ExportFigure, VIDEO_REQUEST } from './bench-export';
import { fmt, round, table } from './bench-stats';
import { benchTransitions, type TransitionStats } from './bench-transitions';

/** Lessons presented: one that changes structure at every step, one that only turns. */
const LESSONS: { id: string; steps: number; rendered: boolean }[] = [
  { id: 'mno2-tunnels', steps: 4, rendered: true },
  { id: 'tunnel-axes', steps: 6, rendered: false },
];
export const VIDEO_SEARCH = '?scn=k-alpha-mno2&x=0';
/** α-MnO₂ 5×5×15: 10,000 drawn atoms. */
export const GLB_SEARCH = '?s=alpha-MnO2&sc=5x5x15&view=001';
export const GLB_ATOMS = 10_000;

export interface LectureBench {
  transitions: TransitionStats[];
  video: ExportFigure | null;
  glb: ExportFigure | null;
  notes: string[];
}

export async function benchLecture(
  browser: BrowserBench,
  log: (msg: string) => void,
): Promise<LectureBench> {
  const notes: string[] = [];
  const attempt = async <T>(what: string, run: () => Promise<T>): Promise<T | null> => {
    log(`Chromium: ${what}…`);
    try {
      return await run();
    } catch (e) {
      notes.push(`${what}: ${(e as Error).message.split('\n')[0]}`);
      return null;
    }
  };
  const transitions: TransitionStats[] = [];
  for (const l of LESSONS)
    for (const mode of l.rendered ? (['stubbed', 'rendered'] as const) : (['stubbed'] as const)) {
      const t = await attempt(`presenting ${l.id} (${mode})`, () =>
        benchTransitions(browser, l.id, l.steps, mode),
      );
      if (t) transitions.push(t);
    }
  const video = await attempt('video export at 1080p', () =>
    benchExport(browser, VIDEO_SEARCH, ['mp4', 'webm'], VIDEO_REQUEST, false),
  );
  const glb = await attempt(`GLB export at ${GLB_ATOMS} atoms`, () =>
    benchExport(browser, GLB_SEARCH, ['glb'], DEFAULT_REQUEST, true),
  );
  for (const f of [video, glb]) if (f?.error) notes.push(`${f.format}: ${f.error}`);
  return { transitions, video, glb, notes };
}

const r = (v: number | null | undefined, d: number) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : round(v, d);

/** The JSON part: `transitionFrameMs`, `videoExport`, `glbExport`. */
export function lectureJson(b: LectureBench) {
  const transitionFrameMs: Record<string, Record<string, unknown>> = {};
  for (const t of b.transitions) {
    transitionFrameMs[t.lesson] ??= {};
    transitionFrameMs[t.lesson][t.mode] = {
      transitions: t.transitions,
      frames: t.frames,
      intervalMedian: r(t.intervalMedian, 1),
      intervalP95: r(t.intervalP95, 1),
      intervalMax: r(t.intervalMax, 1),
      jsMedian: r(t.jsMedian, 2),
      jsP95: r(t.jsP95, 2),
      contentMedian: r(t.contentMedian, 0),
    };
  }
  const v = b.video;
  return {
    transitionFrameMs,
    videoExport:
      v && v.ms !== null
        ? {
            format: v.format,
            width: VIDEO_REQUEST.width,
            height: VIDEO_REQUEST.height,
            frames: v.units,
            msPerFrame: r(v.ms / (v.units || 1), 0),
            bytes: v.bytes,
          }
        : null,
    glbExport:
      b.glb && b.glb.ms !== null
        ? { atoms: GLB_ATOMS, bytes: b.glb.bytes, ms: r(b.glb.ms, 0) }
        : null,
  };
}

export function lectureTable(b: LectureBench): string[] {
  const v = b.video;
  const g = b.glb;
  return [
    'Presentation mode: each step entered with PageDown; frames from the key press to the end of the',
    '  0.8 s camera glide or the first frame of the new content (+0.25 s). interval = between drawn frames.',
    table(
      [
        'lesson',
        'mode',
        'steps',
        'frames',
        'interval median ms',
        'interval p95 ms',
        'max ms',
        'JS median ms',
        'JS p95 ms',
        'key → content ms',
      ],
      b.transitions.map((t) => [
        t.lesson,
        t.mode,
        String(t.transitions),
        String(t.frames),
        fmt(t.intervalMedian, 1),
        fmt(t.intervalP95, 1),
        fmt(t.intervalMax, 1),
        fmt(t.jsMedian, 2),
        fmt(t.jsP95, 2),
        fmt(t.contentMedian, 0),
      ]),
    ),
    '',
    'Exports through the page hook (as `npm run export` makes them):',
    v && v.ms !== null
      ? `  video ${v.format.toUpperCase()} ${VIDEO_REQUEST.width}×${VIDEO_REQUEST.height}, ${v.units} frames of ${VIDEO_SEARCH}: ${fmt(v.ms / (v.units || 1), 0)} ms per frame (${fmt(v.ms, 0)} ms, ${(v.bytes ?? 0).toLocaleString('en')} bytes)`
      : `  video at 1080p: — (${v?.error ?? 'not measured'})`,
    g && g.ms !== null
      ? `  GLB of ${GLB_SEARCH} (${GLB_ATOMS.toLocaleString('en')} atoms): ${(g.bytes ?? 0).toLocaleString('en')} bytes (${fmt((g.bytes ?? 0) / 1048576, 1)} MB) in ${fmt(g.ms, 0)} ms`
      : `  GLB at ${GLB_ATOMS.toLocaleString('en')} atoms: — (${g?.error ?? 'not measured'})`,
    ...b.notes.map((n) => `  note: ${n}`),
  ];
}
