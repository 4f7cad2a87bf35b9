/** Video requests → frames, sizes and codec candidates; the row flip of read-back pixels. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST, type ExportRequest } from '../../src/export/request';
import { codecCandidates, flipRows, planVideo, videoBitrate } from '../../src/export/video-plan';

const scenario = { first: 0, last: 1.4, x: 0.5 };
const view = { viewWidth: 1001, viewHeight: 601 };
const req = (over: Partial<ExportRequest>): ExportRequest => ({
  ...DEFAULT_REQUEST,
  format: 'webm',
  ...over,
});

describe('planVideo', () => {
  it('plays the scenario’s whole range by default at the asked size, fps and length', () => {
    const r = planVideo(req({ width: 320, height: 180, fps: 30, seconds: 0.4 }), {
      scenario,
      ...view,
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ container: 'webm', width: 320, height: 180, fps: 30 });
    expect(r.value.frames.length).toBe(12);
    expect(r.value.seconds).toBeCloseTo(0.4, 12);
    expect(r.value.frames[0].x).toBe(0);
    expect(r.value.frames[11].x).toBeCloseTo(1.4, 12);
  });

  it('takes an explicit range, and the view size rounded down to even when none is given', () => {
    const r = planVideo(req({ from: 1, to: 0.2, seconds: 1, fps: 10 }), { scenario, ...view });
    if (!r.ok) throw new Error(r.error.message);
    expect([r.value.width, r.value.height]).toEqual([1000, 600]);
    expect(r.value.frames.map((f) => f.x)[9]).toBeCloseTo(0.2, 12);
  });

  it('holds x where it is for a turntable unless a range is asked for', () => {
    const r = planVideo(req({ turntable: true, seconds: 1, fps: 4 }), { scenario, ...view });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.frames.map((f) => f.x)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(r.value.frames[1].angle).toBeCloseTo(Math.PI / 2, 12);
  });

  it('refuses a structure without a turntable, a range on a structure, huge sizes and too many frames', () => {
    const none = { scenario: null, ...view };
    const bad = (r: ReturnType<typeof planVideo>) => (r.ok ? '' : r.error.message);
    expect(bad(planVideo(req({}), none))).toMatch(/turntable/);
    expect(bad(planVideo(req({ turntable: true, from: 0 }), none))).toMatch(/scenario only/);
    expect(bad(planVideo(req({ width: 8000, height: 100 }), { scenario, ...view }))).toMatch(
      /4096/,
    );
    expect(bad(planVideo(req({ seconds: 60, fps: 61 }), { scenario, ...view }))).toMatch(/frames/);
    expect(bad(planVideo({ ...req({}), format: 'glb' }, { scenario, ...view }))).toMatch(
      /not a video/,
    );
    expect(planVideo(req({ turntable: true }), none).ok).toBe(true);
  });
});

describe('codecs and pixels', () => {
  it('tries H.264 for MP4 and VP9 for WebM', () => {
    expect(codecCandidates('mp4').codecs.every((c) => c.startsWith('avc1.'))).toBe(true);
    expect(codecCandidates('webm').codecs.every((c) => c.startsWith('vp09.'))).toBe(true);
    expect(videoBitrate(1920, 1080, 30)).toBeGreaterThan(videoBitrate(1280, 720, 30));
    expect(videoBitrate(16, 16, 1)).toBe(1_000_000);
  });

  it('flips rows top to bottom, odd and even heights', () => {
    for (const h of [3, 4]) {
      const w = 2;
      const px = Uint8Array.from({ length: 4 * w * h }, (_, i) => Math.floor(i / (4 * w)));
      const flipped = flipRows(px.slice(), w, h);
      for (let y = 0; y < h; y++) expect(flipped[4 * w * y]).toBe(h - 1 - y);
    }
  });
});
