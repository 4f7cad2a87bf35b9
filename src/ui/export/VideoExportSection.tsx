/**
 * Video export: size, frame rate, the x range and its length (or a turntable), the overlays
 * each frame carries (as an image's: all on by default), then Save video with a progress bar
 * and Cancel. The video is rendered frame by frame off screen
 * (the view's 'mp4'/'webm' makers), so its timing is exact whatever the machine's speed.
 */
import { useEffect, useRef, useState } from 'react';
import {
  ALL_LABELS,
  DEFAULT_REQUEST,
  type ExportRequest,
  type ImageLabels,
} from '../../export/request';
import { VIDEO_SIZES } from '../../export/video-plan';
import { chooseCodec } from '../../scene/export/video-codec';
import { runExport } from '../../state/exporters';
import { useApp } from '../../state/store';
import { OverlayChecks } from './OverlayChecks';
import { saveBlob } from './save-blob';
import './media-export.css';

type SizeName = keyof typeof VIDEO_SIZES;

type Container = 'mp4' | 'webm';
const LABEL: Record<Container, string> = { mp4: 'MP4 (H.264)', webm: 'WebM (VP9)' };

/** Which containers this browser can encode at this size and rate; null while asking. */
function useSupport(size: SizeName, fps: number) {
  const [support, setSupport] = useState<Record<Container, boolean> | null>(null);
  useEffect(() => {
    let live = true;
    const { width, height } = VIDEO_SIZES[size];
    Promise.all([
      chooseCodec('mp4', width, height, fps),
      chooseCodec('webm', width, height, fps),
    ]).then(([mp4, webm]) => {
      if (live) setSupport({ mp4: mp4 !== null, webm: webm !== null });
    });
    return () => {
      live = false;
    };
  }, [size, fps]);
  return support;
}

/** The range a video plays by default: the lesson step's, else the scenario's whole range. */
function useDefaultRange() {
  const scenario = useApp((s) => (s.scenarioId ? s.loadedScenario : null));
  const stepX = useApp((s) => s.lesson?.steps[s.lessonStep]?.x);
  if (!scenario) return null;
  if (stepX && typeof stepX === 'object') return stepX;
  const xs = scenario.path.xs;
  return { from: xs[0], to: xs[xs.length - 1], seconds: DEFAULT_REQUEST.seconds };
}

function fileName(format: string): string {
  const s = useApp.getState();
  const what = s.scenarioId ?? s.structureId;
  return `tunnelscope-${what}.${format}`;
}

export function VideoExportSection() {
  const range = useDefaultRange();
  const isScenario = range !== null;
  const [size, setSize] = useState<SizeName>('720p');
  const [fps, setFps] = useState(30);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [seconds, setSeconds] = useState(String(DEFAULT_REQUEST.seconds));
  const [turntable, setTurntable] = useState(false);
  const [labels, setLabels] = useState<ImageLabels>(ALL_LABELS);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState('');
  const abort = useRef<AbortController | null>(null);
  const support = useSupport(size, fps);
  const [picked, setPicked] = useState<Container | null>(null);
  // MP4 unless asked otherwise or this browser cannot encode H.264; WebM (VP9) then.
  const format: Container | null = !support
    ? null
    : picked && support[picked]
      ? picked
      : support.mp4
        ? 'mp4'
        : support.webm
          ? 'webm'
          : null;

  const rangeKey = range ? `${range.from}/${range.to}/${range.seconds}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: refilled when the range changes
  useEffect(() => {
    if (!range) return;
    setFrom(String(range.from));
    setTo(String(range.to));
    setSeconds(String(range.seconds));
  }, [rangeKey]);

  const spin = turntable || !isScenario;
  const save = async () => {
    if (!format) return;
    const request: ExportRequest = {
      ...DEFAULT_REQUEST,
      format,
      ...VIDEO_SIZES[size],
      fps,
      seconds: Number(seconds),
      turntable: spin,
      labels,
      ...(isScenario && { from: Number(from), to: Number(to) }),
    };
    if (
      !(request.seconds > 0) ||
      (isScenario && !(Number.isFinite(request.from) && Number.isFinite(request.to)))
    ) {
      setStatus('Give numbers for from, to and seconds.');
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setStatus('');
    setProgress({ done: 0, total: 1 });
    try {
      const blob = await runExport(request, setProgress, controller.signal);
      saveBlob(blob, fileName(format));
      setStatus(`Saved ${LABEL[format]}, ${(blob.size / 1e6).toFixed(1)} MB.`);
    } catch (e) {
      const cancelled = e instanceof DOMException && e.name === 'AbortError';
      const text = cancelled
        ? 'Video export cancelled.'
        : `Video export failed: ${(e as Error).message}`;
      setStatus(text);
      if (!cancelled) useApp.getState().notify('error', text);
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <section className="media-export video-export" aria-label="Video">
      <h3>Video</h3>
      <div className="media-export-row">
        <label>
          Size{' '}
          <select
            value={size}
            disabled={busy}
            onChange={(e) => setSize(e.target.value as SizeName)}
          >
            {Object.keys(VIDEO_SIZES).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          fps{' '}
          <select value={fps} disabled={busy} onChange={(e) => setFps(Number(e.target.value))}>
            <option value={30}>30</option>
            <option value={60}>60</option>
          </select>
        </label>
        <label>
          Seconds{' '}
          <input
            type="number"
            min={0.1}
            max={60}
            step={0.5}
            value={seconds}
            disabled={busy}
            onChange={(e) => setSeconds(e.target.value)}
          />
        </label>
      </div>
      {isScenario && (
        <div className="media-export-row">
          <label>
            x from{' '}
            <input
              type="number"
              step={0.05}
              value={from}
              disabled={busy}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label>
            to{' '}
            <input
              type="number"
              step={0.05}
              value={to}
              disabled={busy}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
        </div>
      )}
      <label className="media-export-row">
        <input
          type="checkbox"
          checked={spin}
          disabled={busy || !isScenario}
          onChange={(e) => setTurntable(e.target.checked)}
        />{' '}
        Turntable (one full turn{isScenario ? ' while x plays' : ''})
      </label>
      <OverlayChecks labels={labels} onChange={setLabels} disabled={busy} />
      <div className="media-export-row">
        <label>
          Format{' '}
          <select
            value={format ?? ''}
            disabled={busy || !support}
            onChange={(e) => setPicked(e.target.value as Container)}
          >
            {(['mp4', 'webm'] as const).map((c) => (
              <option key={c} value={c} disabled={!support?.[c]}>
                {LABEL[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="media-export-note">
        {!support
          ? 'Asking the browser which video encoders it has…'
          : !format
            ? 'This browser cannot encode video (no WebCodecs H.264 or VP9 encoder).'
            : support.mp4
              ? 'Rendered frame by frame off screen.'
              : 'This browser cannot encode H.264, so no MP4: WebM (VP9) instead.'}
      </p>
      <div className="media-export-row">
        <button type="button" onClick={save} disabled={busy || !format}>
          Save video
        </button>
        {busy && (
          <>
            <progress
              max={progress.total}
              value={progress.done}
              aria-label="Video export progress"
            />
            <span className="media-export-count">
              {progress.done}/{progress.total}
            </span>
            <button type="button" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          </>
        )}
      </div>
      {status && (
        <p className="media-export-status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
