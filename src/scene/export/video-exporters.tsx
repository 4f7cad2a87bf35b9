/**
 * Registers the MP4 and WebM makers while the view is mounted. A video is rendered frame by
 * frame, not recorded: for each frame of the schedule x (and, for a turntable, the camera) is
 * set, the scene's frame callbacks run, and the scene is drawn off screen at the video's size
 * and handed to the encoder. The live canvas keeps its size and its last picture meanwhile.
 */
import { advance, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useState } from 'react';
import * as THREE from 'three';
import type { ExportRequest } from '../../export/request';
import { planVideo, type VideoPlan } from '../../export/video-plan';
import { type ExportProgress, registerExporter } from '../../state/exporters';
import { useApp } from '../../state/store';
import { chooseCodec } from './video-codec';
import type { VideoWriter } from './video-encode';
import { exportCamera, OffscreenFrame, turnCamera } from './video-render';

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
        return await renderFrames(plan, writer, onProgress, signal);
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
          const frame = new VideoFrame(rgba, {
            format: 'RGBA',
            codedWidth: plan.width,
            codedHeight: plan.height,
            timestamp: Math.round(f.index * usPerFrame),
            duration: Math.round(usPerFrame),
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
