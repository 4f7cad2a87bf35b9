/**
 * When each video frame is and what it shows: n = round(seconds · fps) frames at times
 * i / fps, x stepping linearly from `from` to `to` (the last frame lands exactly on `to`),
 * or, for a turntable, the rotation angle stepping through one full turn (the last frame
 * one step short of 360°, so a looping video does not show the start twice).
 */
export interface VideoRange {
  from: number;
  to: number;
  /** Length of the video, s. */
  seconds: number;
}

export interface ScheduledFrame {
  index: number;
  /** Presentation time, s. */
  time: number;
  /** x of the scenario at this frame (the range's `from` for a turntable of a structure). */
  x: number;
  /** Turntable rotation about the view's up axis, radians (0 without a turntable). */
  angle: number;
}

export const MAX_VIDEO_FRAMES = 60 * 60; // one minute at 60 fps: a slide's clip, not a film

export function frameCount(seconds: number, fps: number): number {
  return Math.max(1, Math.round(seconds * fps));
}

export function frameSchedule(range: VideoRange, fps: number, turntable = false): ScheduledFrame[] {
  const n = frameCount(range.seconds, fps);
  const frames: ScheduledFrame[] = [];
  for (let i = 0; i < n; i++) {
    const u = n === 1 ? 0 : i / (n - 1);
    frames.push({
      index: i,
      time: i / fps,
      x: range.from + u * (range.to - range.from),
      angle: turntable ? (2 * Math.PI * i) / n : 0,
    });
  }
  return frames;
}
