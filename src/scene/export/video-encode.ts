/**
 * Frames → an MP4 (H.264) or WebM (VP9) file: the browser's WebCodecs VideoEncoder encodes,
 * mediabunny muxes the packets into the container in memory. Loaded on demand with the
 * video maker's first use, so neither weighs on the first page load.
 */
import {
  BufferTarget,
  EncodedPacket,
  EncodedVideoPacketSource,
  Mp4OutputFormat,
  Output,
  WebMOutputFormat,
} from 'mediabunny';
import { codecCandidates } from '../../export/video-plan';
import { type ChosenCodec, encoderConfig } from './video-codec';

export type { ChosenCodec } from './video-codec';

const KEYFRAME_SECONDS = 2; // a key frame every 2 s: seeking in a slide stays quick
const MAX_QUEUE = 4; // frames waiting in the encoder before the renderer waits for it

export interface VideoWriter {
  /** Encodes one frame (closed here); resolves when the encoder has room for the next. */
  add(frame: VideoFrame, index: number): Promise<void>;
  finish(): Promise<Blob>;
  cancel(): Promise<void>;
}

export async function openVideoWriter(
  chosen: ChosenCodec,
  width: number,
  height: number,
  fps: number,
): Promise<VideoWriter> {
  const target = new BufferTarget();
  const output = new Output({
    format:
      chosen.container === 'mp4'
        ? new Mp4OutputFormat({ fastStart: 'in-memory' })
        : new WebMOutputFormat(),
    target,
  });
  const source = new EncodedVideoPacketSource(codecCandidates(chosen.container).mediabunny);
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  let failure: Error | null = null;
  // Packets reach the muxer in the order the encoder emits them (decode order).
  let muxed: Promise<void> = Promise.resolve();
  const encoder = new VideoEncoder({
    output: (chunk, meta) => {
      muxed = muxed.then(() => source.add(EncodedPacket.fromEncodedChunk(chunk), meta));
      muxed.catch((e: unknown) => {
        failure ??= e instanceof Error ? e : new Error(String(e));
      });
    },
    error: (e) => {
      failure ??= e;
    },
  });
  encoder.configure(encoderConfig(chosen.codec, width, height, fps));
  const check = () => {
    if (failure) throw new Error(`video encoding failed: ${failure.message}`);
  };
  const room = () =>
    new Promise<void>((resolve) => {
      if (encoder.encodeQueueSize <= MAX_QUEUE) resolve();
      else encoder.addEventListener('dequeue', () => resolve(), { once: true });
    });

  return {
    async add(frame, index) {
      try {
        check();
        encoder.encode(frame, { keyFrame: index % Math.max(1, KEYFRAME_SECONDS * fps) === 0 });
      } finally {
        frame.close();
      }
      await room();
      check();
    },
    async finish() {
      await encoder.flush();
      await muxed;
      check();
      encoder.close();
      await output.finalize();
      if (!target.buffer) throw new Error('the video file is empty');
      return new Blob([target.buffer], { type: await output.getMimeType() });
    },
    async cancel() {
      if (encoder.state !== 'closed') encoder.close();
      await output.cancel();
    },
  };
}
