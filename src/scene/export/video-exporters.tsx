/**
 * Registers the MP4 and WebM makers while the view is mounted. A video is rendered frame by
 * frame, not recorded: for each frame of the schedule x (and, for a turntable, the camera) is
 * set, the scene's frame callbacks run, and the scene is drawn off screen at the video's size,
 * the overlays the request asks for are drawn over it (the PNG's overlay path: tunnel and axis
 * labels placed for the frame's own camera and lattice, the title with the readout at the
 * frame's x, the colour key where the block is not in any frame, the caption at x), and the
 * frame is handed to the encoder. The live canvas keeps its size, its last picture and its
 * labels meanwhile.
 */
import { advance, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import * as THREE from 'three';
import type { ImageFrame } from '../../export/image-frame';
import { overlayContentAt } from '../../export/overlay-content';
import type { ExportRequest, ImageLabels } from '../../export/request';
import { planVideo, type VideoPlan, videoOverlayFrame } from '../../export/video-plan';
import { type ExportProgress, registerExporter } from '../../state/exporters';
import type { ScreenBox } from '../../state/screen-box';
import { useApp } from '../../state/store';
import { placeLabelsFor } from '../label-placers';
import { AXIS_LABELS, captureWanted, keepPlacement, TUNNEL_LABELS, titleLines } from './dom-labels';
import { composeOverlays } from './draw-overlays';
import { chooseCodec } from './video-codec';
import type { VideoWriter } from './video-encode';
import { exportCamera, OffscreenFrame, turnCamera, videoStructureBox } from './video-render';

/** A macrotask: lets React commit (a new keyframe segment's buffers) and the page breathe. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function cancelled(): DOMException {
  return new DOMException('video export cancelled', 'AbortError');
}

/** Mounted while a video renders: a frame callback of positive priority tells R3F not to
 * draw the live canvas itself, so each frame is drawn once, off screen. */
function TakeOver({ onMounted }: { onMounted: () => void }) {
  useFrame(() => {}, 1);
  useEffect(onMounted, [onMounted]);
  return null;
}

/** Composes one video frame: its rendered pixels, then the overlays at its camera and x. */
class FrameOverlays {
  private readonly picture = document.createElement('canvas');
  private readonly ctx: CanvasRenderingContext2D;
  private readonly title: string[];
  private readonly look: { textScale: number; dark: boolean };

  constructor(
    private readonly canvas: HTMLCanvasElement,
    plan: VideoPlan,
    private readonly frame: ImageFrame,
    private readonly want: ImageLabels,
    /** Where the block lies over the whole video (region CSS px): the key keeps off it. */
    private readonly structure: ScreenBox | null,
  ) {
    this.picture.width = plan.width;
    this.picture.height = plan.height;
    const ctx = this.picture.getContext('2d');
    if (!ctx) throw new Error('the browser gave no 2D canvas to compose the video frames on');
    this.ctx = ctx;
    this.title = titleLines(canvas);
    const app = useApp.getState();
    this.look = { textScale: app.textScale, dark: app.background === 'black' };
  }

  /** The frame's picture with its overlays; `x` is the frame's (null for a structure). */
  draw(rgba: Uint8Array, camera: THREE.Camera, x: number | null): HTMLCanvasElement {
    const { width, height } = this.picture;
    const pixels = new Uint8ClampedArray(
      rgba.buffer as ArrayBuffer,
      rgba.byteOffset,
      rgba.byteLength,
    );
    this.ctx.putImageData(new ImageData(pixels, width, height), 0, 0);
    let labels: ReturnType<typeof captureWanted> = [];
    if (this.want.tunnels || this.want.axes) {
      // The labels placed for this frame's camera and lattice, read, then put back where the
      // live view has them (no paint happens in between: the screen never shows the move).
      const restore = keepPlacement(this.canvas, `${TUNNEL_LABELS}, ${AXIS_LABELS}`);
      try {
        const box = this.frame.region;
        placeLabelsFor(camera, { width: box.width, height: box.height });
        labels = captureWanted(this.canvas, this.want);
      } finally {
        restore();
      }
    }
    const content = overlayContentAt(useApp.getState(), this.title, this.want, x);
    composeOverlays(this.ctx, this.frame, labels, content, this.look, this.structure);
    return this.picture;
  }
}

/** The block's box over every frame of the plan: the shown structure's, or a scenario's keyframes. */
function wholeVideoBox(
  plan: VideoPlan,
  camera: THREE.Camera,
  start: THREE.Vector3,
  target: THREE.Vector3,
  region: { width: number; height: number },
): ScreenBox | null {
  const app = useApp.getState();
  const scenario = app.scenarioId ? app.loadedScenario : null;
  const block = scenario
    ? {
        lattices: scenario.path.keyframeLattices.map((l) => l.matrix),
        supercell: scenario.path.supercell,
      }
    : app.loaded && {
        lattices: [app.loaded.crystal.lattice.matrix],
        supercell: app.loaded.scene.supercell,
      };
  if (!block) return null;
  const angles = plan.frames.map((f) => f.angle);
  return videoStructureBox(camera, start, target, angles, block, region);
}

/** The overlays of every frame: their region of the view, and the key kept off the block. */
function overlaysFor(
  canvas: HTMLCanvasElement,
  plan: VideoPlan,
  view: { width: number; height: number },
  camera: THREE.Camera,
  turntable: { start: THREE.Vector3; target: THREE.Vector3 },
  want: ImageLabels,
): FrameOverlays {
  const perspective = camera instanceof THREE.PerspectiveCamera;
  const frame = videoOverlayFrame(view, plan.width, plan.height, perspective);
  const { start, target } = turntable;
  const block = wholeVideoBox(plan, camera, start, target, frame.region);
  return new FrameOverlays(canvas, plan, frame, want, block);
}

export function VideoExporters() {
  const get = useThree((s) => s.get);
  const [takeOver, setTakeOver] = useState<(() => void) | null>(null);

  useEffect(() => {
    const make = async (
      request: ExportRequest,
      onProgress: (p: ExportProgress) => void,
      signal: AbortSignal,
    ): Promise<Blob> => {
      const state = get();
      const app = useApp.getState();
      const scenario = app.scenarioId ? app.loadedScenario : null;
      const xs = scenario?.path.xs;
      const planned = planVideo(request, {
        scenario: xs ? { first: xs[0], last: xs[xs.length - 1], x: app.x ?? xs[0] } : null,
        viewWidth: state.size.width,
        viewHeight: state.size.height,
      });
      if (!planned.ok) throw new Error(planned.error.message);
      const plan = planned.value;
      const encoding = await import('./video-encode');
      const chosen = await chooseCodec(plan.container, plan.width, plan.height, plan.fps);
      if (!chosen)
        throw new Error(
          plan.container === 'mp4'
            ? `this browser cannot encode H.264 video at ${plan.width}×${plan.height}, so no MP4: choose WebM (VP9)`
            : `this browser cannot encode VP9 video at ${plan.width}×${plan.height} (WebM)`,
        );
      if (signal.aborted) throw cancelled();
      const writer = await encoding.openVideoWriter(chosen, plan.width, plan.height, plan.fps);
      const before = { x: app.x, playing: app.playing };
      useApp.setState({ playing: false });
      await new Promise<void>((resolve) => setTakeOver(() => resolve));
      try {
        return await renderFrames(plan, request.labels, writer, onProgress, signal);
      } catch (e) {
        await writer.cancel().catch(() => {});
        throw e;
      } finally {
        setTakeOver(null);
        if (scenario) useApp.setState({ x: before.x, playing: before.playing });
        state.invalidate();
      }
    };

    const renderFrames = async (
      plan: VideoPlan,
      want: ImageLabels,
      writer: VideoWriter,
      onProgress: (p: ExportProgress) => void,
      signal: AbortSignal,
    ): Promise<Blob> => {
      const state = get();
      const camera = exportCamera(state.camera, state.size, plan.width, plan.height);
      const controls = state.controls as unknown as { target?: THREE.Vector3 } | null;
      const target = controls?.target?.clone() ?? new THREE.Vector3();
      const start = camera.position.clone();
      const shot = new OffscreenFrame(state.gl, plan.width, plan.height);
      const hasX = useApp.getState().scenarioId !== null;
      const usPerFrame = 1e6 / plan.fps;
      const overlays = Object.values(want).some(Boolean)
        ? overlaysFor(state.gl.domElement, plan, state.size, camera, { start, target }, want)
        : null;
      try {
        onProgress({ done: 0, total: plan.frames.length });
        for (const f of plan.frames) {
          if (signal.aborted) throw cancelled();
          if (hasX) useApp.setState({ x: f.x });
          turnCamera(camera, start, target, f.angle);
          // Twice: the first pass puts x into the uniforms and may switch the keyframe
          // segment (a React update that refills the position buffers); the second runs on
          // the committed buffers, and then the frame is drawn.
          advance(performance.now(), true, state);
          await nextTask();
          advance(performance.now(), true, state);
          const rgba = await shot.draw(state.scene, camera);
          const timing = {
            timestamp: Math.round(f.index * usPerFrame),
            duration: Math.round(usPerFrame),
          };
          const frame = overlays
            ? new VideoFrame(overlays.draw(rgba, camera, hasX ? f.x : null), timing)
            : new VideoFrame(rgba, {
                format: 'RGBA',
                codedWidth: plan.width,
                codedHeight: plan.height,
                ...timing,
              });
          await writer.add(frame, f.index);
          onProgress({ done: f.index + 1, total: plan.frames.length });
        }
        if (signal.aborted) throw cancelled();
        return await writer.finish();
      } finally {
        shot.dispose();
      }
    };

    const off = [registerExporter('mp4', make), registerExporter('webm', make)];
    return () => {
      for (const o of off) o();
    };
  }, [get]);

  return takeOver ? <TakeOver onMounted={takeOver} /> : null;
}
