/**
 * Keeps the microscope panel's canvases in step with the store, outside React: the store's
 * structure, scenario x, view and panel settings go into a request, a Web Worker computes the
 * three views (the page itself when workers are unavailable), and the newest answer is drawn
 * straight into the canvases. View changes are debounced; while a scenario plays, requests
 * that arrive while the worker is busy are coalesced into the newest.
 */
import type {
  MicroscopeRequest,
  MicroscopeResult,
  MicroscopeSettings,
} from '../../diffraction/views';
import { useApp } from '../../state/store';
import { drawSaed } from './draw-saed';
import { drawStem } from './draw-stem';
import { drawTracks } from './draw-track';
import { drawXrd } from './draw-xrd';
import { installHover } from './hover';
import { pins, pinsFor, togglePin, trackChart } from './pins';
import { type MicroscopeSource, microscopeSource } from './source';
import { pinnedSpotRows, trackedRows } from './tracked';

export interface MicroscopeTargets {
  stem: HTMLCanvasElement | null;
  saed: HTMLCanvasElement | null;
  xrd: HTMLCanvasElement | null;
  note: HTMLElement;
  readout: HTMLElement;
  tracked: HTMLElement | null;
  /** The pinned SAED spots' list. */
  pinned: HTMLElement | null;
  /** The tracked peaks against x (shown on a scenario). */
  track: HTMLCanvasElement | null;
}

export interface Shown {
  source: MicroscopeSource;
  result: MicroscopeResult;
}

const VIEW_DEBOUNCE_MS = 150; // the camera settles, then the views follow
/**
 * While x changes (a scenario playing), at most this often: each answer costs the page a few
 * ms of drawing, which at every animation frame would cost the 3D view its frame rate.
 */
const X_INTERVAL_MS = 200;

let targets: MicroscopeTargets | null = null;
let worker: Worker | null | undefined;
let inFlight: MicroscopeRequest | null = null;
let pending: MicroscopeRequest | null = null;
const sources = new Map<number, MicroscopeSource>();
let nextId = 1;
let shown: Shown | null = null;
let settings: MicroscopeSettings = {};
let viewTimer: ReturnType<typeof setTimeout> | undefined;
let xTimer: ReturnType<typeof setTimeout> | undefined;
let lastXRequest = 0;

/** Requests for a new x: now if the last was long enough ago, else once at the interval's end. */
function requestForX() {
  if (xTimer !== undefined) return;
  const wait = lastXRequest + X_INTERVAL_MS - performance.now();
  const run = () => {
    xTimer = undefined;
    lastXRequest = performance.now();
    requestViews();
  };
  if (wait <= 0) run();
  else xTimer = setTimeout(run, wait);
}

export function latestShown(): Shown | null {
  return shown;
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<MicroscopeResult>) => received(e.data);
    worker.onerror = () => {
      // Fall back to computing on the page; answer the request the worker dropped.
      worker?.terminate();
      worker = null;
      if (inFlight) send(inFlight);
    };
  } catch {
    worker = null;
  }
  return worker;
}

function send(r: MicroscopeRequest) {
  inFlight = r;
  const w = startWorker();
  if (w) w.postMessage(r);
  // Without a worker the page computes; the module (and its tables) loads only then.
  else void import('../../diffraction/views').then((m) => received(m.computeMicroscope(r)));
}

function post(r: MicroscopeRequest) {
  if (inFlight) pending = r;
  else send(r);
}

function received(result: MicroscopeResult) {
  inFlight = null;
  const source = sources.get(result.id);
  for (const id of sources.keys()) if (id <= result.id) sources.delete(id);
  if (pending) {
    const next = pending;
    pending = null;
    send(next);
  }
  if (!source || !targets) return;
  if (shown && shown.result.id > result.id) return;
  shown = { source, result };
  draw();
}

export function requestViews() {
  if (!targets) return;
  const s = useApp.getState();
  if (s.tem.length === 0) return;
  const source = microscopeSource(s);
  if (!source) {
    targets.note.textContent = 'Nothing loaded yet.';
    return;
  }
  const id = nextId++;
  sources.set(id, source);
  post({
    id,
    scatterers: source.scatterers,
    zone: source.zone.uvw,
    up: source.up,
    views: s.tem,
    mode: s.temMode,
    settings,
  });
}

function zoneText(source: MicroscopeSource): string {
  const z = `[${source.zone.uvw.join(' ')}]`;
  if (source.zone.exact) return `Zone axis ${z}, as the 3D view.`;
  return `The 3D view is ${source.zone.angle.toFixed(1)}° off ${z}: showing that zone, the nearest low-index one.`;
}

function draw() {
  if (!targets || !shown) return;
  const { source, result } = shown;
  const s = useApp.getState();
  const z = source.zone.uvw.join(' ');
  targets.note.textContent = result.error ? `Cannot compute: ${result.error}` : zoneText(source);
  if (result.stem && targets.stem) {
    drawStem(
      targets.stem,
      result.stem.image,
      result.stem.projection,
      `${s.temMode.toUpperCase()}-like [${z}]`,
    );
    targets.stem.dataset.zone = source.zone.uvw.join(',');
    targets.stem.dataset.columns = String(result.stem.projection.columns.length);
  }
  pinsFor(source, result.xrd?.pattern);
  if (result.saed && targets.saed) {
    const foil = result.saed.foil;
    const thin = foil ? ` · foil ${foil.thickness / 10} nm` : '';
    drawSaed(targets.saed, result.saed, `[${z}] · 200 kV${thin}`, pins.spots);
    targets.saed.dataset.zone = source.zone.uvw.join(',');
    targets.saed.dataset.spots = String(result.saed.spots.length);
    if (targets.pinned) pinnedSpotRows(targets.pinned, result.saed, pins.spots, unpinSpot);
  }
  if (result.xrd && targets.xrd) {
    const { pattern, profile } = result.xrd;
    drawXrd(targets.xrd, pattern, profile, pins.peaks, s.background === 'black');
    targets.xrd.dataset.peaks = String(pattern.peaks.length);
    if (targets.tracked)
      trackedRows(targets.tracked, pattern, pins.peaks, source.reference, unpinPeak);
    const chart = trackChart(source, pattern.wavelength);
    if (targets.track) {
      targets.track.hidden = !chart;
      if (chart && source.scenario)
        drawTracks(targets.track, chart, source.scenario.x, s.background === 'black');
    }
  }
}

/** Click on a peak: start or stop tracking it. */
export function toggleTracked(key: string) {
  togglePin(pins.peaks, key);
  draw();
}

/** Click on a spot: pin or unpin its read-out. */
export function toggleSpot(key: string) {
  togglePin(pins.spots, key);
  draw();
}

const unpinPeak = (key: string) => toggleTracked(key);
const unpinSpot = (key: string) => toggleSpot(key);

export function microscopeSettings(): MicroscopeSettings {
  return settings;
}

/** New settings from the panel's controls: the views are computed again. */
export function setMicroscopeSettings(next: MicroscopeSettings) {
  settings = next;
  requestViews();
}

/** Connects the panel's DOM nodes; returns the disconnect. */
export function attachMicroscope(t: MicroscopeTargets): () => void {
  targets = t;
  const removeHover = installHover(t, () => shown, toggleTracked, toggleSpot);
  requestViews();
  const unsubscribe = useApp.subscribe((s, prev) => {
    const now =
      s.tem !== prev.tem ||
      s.temMode !== prev.temMode ||
      s.loaded !== prev.loaded ||
      s.loadedScenario !== prev.loadedScenario ||
      s.scenarioId !== prev.scenarioId;
    if (now) requestViews();
    else if (s.x !== prev.x) requestForX();
    else if (s.view !== prev.view || s.up !== prev.up) {
      clearTimeout(viewTimer);
      viewTimer = setTimeout(requestViews, VIEW_DEBOUNCE_MS);
    } else if (s.background !== prev.background) draw();
  });
  return () => {
    unsubscribe();
    removeHover();
    clearTimeout(viewTimer);
    clearTimeout(xTimer);
    xTimer = undefined;
    targets = null;
    shown = null;
  };
}
