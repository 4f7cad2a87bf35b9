/** The bench's derived figures: build time over the change overhead, and the lecture rows' JSON. */
import { describe, expect, it } from 'vitest';
import { lectureJson } from '../../src/cli/bench-lecture';
import { overBaseline } from '../../src/cli/bench-stats';

describe('overBaseline', () => {
  it('subtracts the fastest baseline run from the median', () => {
    expect(overBaseline([60, 57, 70], [40, 86, 90])).toBe(20);
  });
  it('gives null, not a negative time, when the case is within the overhead', () => {
    // Medians alone: 57 − 86 = −29 ms, the figure the bench once printed.
    expect(overBaseline([57, 55, 59], [50, 86, 90])).toBe(7);
    expect(overBaseline([45, 44, 46], [50, 86, 90])).toBeNull();
    expect(overBaseline([], [1])).toBeNull();
    expect(overBaseline([1], [])).toBeNull();
  });
});

describe('lectureJson', () => {
  const transition = {
    lesson: 'mno2-tunnels',
    mode: 'stubbed' as const,
    transitions: 3,
    frames: 120,
    intervalMedian: 16.66,
    intervalP95: 33.34,
    intervalMax: 120.04,
    jsMedian: 1.234,
    jsP95: 3.456,
    contentMedian: 240.4,
  };

  it('keys transitions by lesson and mode and gives per-frame video time', () => {
    const json = lectureJson({
      transitions: [transition, { ...transition, mode: 'rendered', intervalP95: 900 }],
      video: {
        search: '?scn=k-alpha-mno2',
        format: 'webm',
        bytes: 5000,
        ms: 3000,
        units: 15,
        error: null,
      },
      glb: {
        search: '?s=alpha-MnO2',
        format: 'glb',
        bytes: 123456,
        ms: 812.6,
        units: 1,
        error: null,
      },
      notes: [],
    });
    expect(json.transitionFrameMs['mno2-tunnels'].stubbed).toMatchObject({
      frames: 120,
      intervalP95: 33.3,
      jsP95: 3.46,
      contentMedian: 240,
    });
    expect(json.transitionFrameMs['mno2-tunnels'].rendered).toMatchObject({ intervalP95: 900 });
    expect(json.videoExport).toEqual({
      format: 'webm',
      width: 1920,
      height: 1080,
      frames: 15,
      msPerFrame: 200,
      bytes: 5000,
    });
    expect(json.glbExport).toEqual({ atoms: 10000, bytes: 123456, ms: 813 });
  });

  it('gives null exports when the build has no maker', () => {
    const none = { search: '', format: 'glb' as const, bytes: null, ms: null, units: null };
    const json = lectureJson({
      transitions: [],
      video: { ...none, format: 'mp4', error: 'MP4 export is not available' },
      glb: { ...none, error: 'GLB export is not available' },
      notes: [],
    });
    expect(json).toEqual({ transitionFrameMs: {}, videoExport: null, glbExport: null });
  });
});
