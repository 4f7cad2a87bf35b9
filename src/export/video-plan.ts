/**
 * A video request turned into what the renderer does: the pixel size, the frames (x and
 * turntable angle at each) and which codecs to try. Pure, so the choices are tested in Node;
 * the browser part only asks WebCodecs which of the candidate codecs it can encode.
 */
import { fail, ok, type Result } from '../crystal/result';
import { frameSchedule, MAX_VIDEO_FRAMES, type ScheduledFrame } from './frame-schedule';
import type { ImageFrame } from './image-frame';
import type { ExportRequest } from './request';

export type VideoContainer = 'mp4' | 'webm';

/** What is on screen when the export starts. */
export interface VideoContext {
  /** The scenario's x range (first and last keyframe) and its x now; null for a structure. */
  scenario: { first: number; last: number; x: number } | null;
  /** The view's size in CSS px: the default size when the request has none. */
  viewWidth: number;
  viewHeight: number;
}

export interface VideoPlan {
  container: VideoContainer;
  width: number;
  height: number;
  fps: number;
  frames: ScheduledFrame[];
  /** Length of the video, s: frames / fps. */
  seconds: number;
}

/** 720p and 1080p: what slide programs and projectors expect. */
export const VIDEO_SIZES = {
  '720p': { width: 1280, height: 720 },
  '1080p': { width: 1920, height: 1080 },
} as const;

export const MAX_VIDEO_SIDE = 4096; // px: H.264 level 5.1 and VP9 level 5 stop here

/** H.264 and VP9 need even sizes: round down (1 px at most is lost on the right or bottom). */
function even(n: number): number {
  return Math.max(2, 2 * Math.floor(n / 2));
}

export function planVideo(request: ExportRequest, context: VideoContext): Result<VideoPlan> {
  if (request.format !== 'mp4' && request.format !== 'webm')
    return fail(`${request.format} is not a video format`);
  const width = even(request.width ?? context.viewWidth);
  const height = even(request.height ?? context.viewHeight);
  if (Math.max(width, height) > MAX_VIDEO_SIDE)
    return fail(`video size ${width}×${height}: the long side may be at most ${MAX_VIDEO_SIDE} px`);
  const { scenario } = context;
  if (!scenario && !request.turntable)
    return fail('a structure has no x to play: choose a turntable video, or open a scenario');
  if (!scenario && (request.from !== undefined || request.to !== undefined))
    return fail('from/to apply to a scenario only; this view shows a structure');
  // A turntable holds x where it is unless a range is asked for; a plain video plays the
  // scenario's whole range by default.
  const hold = scenario ? scenario.x : 0;
  const from = request.from ?? (request.turntable ? hold : (scenario?.first ?? 0));
  const to =
    request.to ?? (request.turntable && request.from === undefined ? hold : (scenario?.last ?? 0));
  const frames = frameSchedule(
    { from, to, seconds: request.seconds },
    request.fps,
    request.turntable,
  );
  if (frames.length > MAX_VIDEO_FRAMES)
    return fail(
      `${frames.length} frames (${request.seconds} s at ${request.fps} fps): at most ${MAX_VIDEO_FRAMES}`,
    );
  return ok({
    container: request.format,
    width,
    height,
    fps: request.fps,
    frames,
    seconds: frames.length / request.fps,
  });
}

/**
 * Video pixels per CSS pixel of the view. The video's camera (video-render.ts exportCamera)
 * frames the short side as the view does when orthographic, the height when perspective (its
 * vertical field of view is kept), so the structure is scaled by this and the overlays' text
 * must be too.
 */
export function videoPxPerCss(
  view: { width: number; height: number },
  width: number,
  height: number,
  perspective: boolean,
): number {
  if (!(view.width > 0 && view.height > 0)) throw new Error('the view has no size yet');
  return perspective
    ? height / view.height
    : Math.min(width, height) / Math.min(view.width, view.height);
}

/**
 * The overlay geometry of one video frame. Its labels are placed by projecting with the
 * frame's own camera into a box of the video's size in CSS px (width / k × height / k), so the
 * region starts at that box's corner, not at a part of the live view.
 */
export function videoOverlayFrame(
  view: { width: number; height: number },
  width: number,
  height: number,
  perspective: boolean,
): ImageFrame {
  const k = videoPxPerCss(view, width, height, perspective);
  return {
    width,
    height,
    region: { x: 0, y: 0, width: width / k, height: height / k },
    pxPerCss: k,
  };
}

/**
 * WebCodecs codec strings to try, best first. H.264 High profile at level 4.0 covers 1080p
 * and 5.1 up to 4096 px; VP9 profile 0 at level 4.0, then 5.0 (the level only bounds size and
 * rate, so the first one the browser accepts is right).
 */
export function codecCandidates(container: VideoContainer): {
  mediabunny: 'avc' | 'vp9';
  codecs: string[];
} {
  return container === 'mp4'
    ? { mediabunny: 'avc', codecs: ['avc1.640028', 'avc1.640033', 'avc1.4d0028'] }
    : { mediabunny: 'vp9', codecs: ['vp09.00.40.08', 'vp09.00.50.08', 'vp09.00.10.08'] };
}

/** Bits per second for a frame size and rate: ~0.1 bit per pixel per frame, from 1 Mbit/s. */
export function videoBitrate(width: number, height: number, fps: number): number {
  return Math.max(1_000_000, Math.round(width * height * fps * 0.1));
}

/** Reverses the row order of an RGBA image in place (WebGL reads rows bottom-up). */
export function flipRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const row = 4 * width;
  const tmp = new Uint8Array(row);
  for (let top = 0, bottom = height - 1; top < bottom; top++, bottom--) {
    const a = top * row;
    const b = bottom * row;
    tmp.set(rgba.subarray(a, a + row));
    rgba.copyWithin(a, b, b + row);
    rgba.set(tmp, b);
  }
  return rgba;
}
