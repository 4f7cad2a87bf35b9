/**
 * Which codec this browser can encode a video with: WebCodecs' isConfigSupported on the
 * candidates of video-plan.ts. Headless Chromium builds without an H.264 encoder say no to
 * every avc1 string; the caller then refuses MP4 with a message or offers WebM.
 */
import { codecCandidates, type VideoContainer, videoBitrate } from '../../export/video-plan';

export interface ChosenCodec {
  container: VideoContainer;
  /** WebCodecs codec string, e.g. avc1.640028. */
  codec: string;
  /** What the user is told: "MP4 (H.264)". */
  label: string;
}

export function encoderConfig(
  codec: string,
  width: number,
  height: number,
  fps: number,
): VideoEncoderConfig {
  return {
    codec,
    width,
    height,
    framerate: fps,
    bitrate: videoBitrate(width, height, fps),
    latencyMode: 'quality',
    ...(codec.startsWith('avc1') && { avc: { format: 'avc' as const } }),
  };
}

/** The first candidate codec this browser can encode at this size, or null. */
export async function chooseCodec(
  container: VideoContainer,
  width: number,
  height: number,
  fps: number,
): Promise<ChosenCodec | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  for (const codec of codecCandidates(container).codecs) {
    try {
      const s = await VideoEncoder.isConfigSupported(encoderConfig(codec, width, height, fps));
      if (s.supported)
        return { container, codec, label: container === 'mp4' ? 'MP4 (H.264)' : 'WebM (VP9)' };
    } catch {
      // A codec string this browser does not parse: try the next one.
    }
  }
  return null;
}
