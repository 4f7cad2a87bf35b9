import { describe, expect, it } from 'vitest';
import { latticeFromParams } from '../../src/crystal/lattice';
import type { Vec3 } from '../../src/crystal/types';
import { cameraFrame } from '../../src/scene/camera-frame';
import {
  latticeDirection,
  panAndDepth,
  panTarget,
  poseFromCamera,
} from '../../src/scene/camera-pose';
import { parseViewUrl, viewStateToSearch } from '../../src/state/url';

function lattice(p: {
  a: number;
  b: number;
  c: number;
  alpha: number;
  beta: number;
  gamma: number;
}) {
  const r = latticeFromParams(p);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.matrix;
}

const monoclinic = lattice({ a: 9.834, b: 2.7846, c: 10.191, alpha: 90, beta: 92.27, gamma: 90 });
const hexagonal = lattice({ a: 2.886, b: 2.886, c: 11.16, alpha: 90, beta: 90, gamma: 120 });

describe('camera pose ⇄ lattice directions', () => {
  it('snaps a camera that looks down a low-index direction to that [uvw]', () => {
    for (const uvw of [
      [0, 0, 1],
      [1, 1, 0],
      [1, -1, 0],
      [2, 1, 0],
    ] as Vec3[]) {
      const frame = cameraFrame(hexagonal, uvw, [1, 1, 1]);
      expect(latticeDirection(hexagonal, frame.back)).toEqual(uvw);
    }
  });

  it('writes a free direction as reals scaled to a largest component of 1', () => {
    const frame = cameraFrame(monoclinic, [0.31, 1, 0.07], [1, 1, 1]);
    const uvw = latticeDirection(monoclinic, frame.back);
    expect(uvw[1]).toBe(1);
    expect(uvw[0]).toBeCloseTo(0.31, 3);
    expect(uvw[2]).toBeCloseTo(0.07, 3);
  });

  it('reproduces the camera from the pose: same back and screen-up vectors', () => {
    const before = cameraFrame(monoclinic, [0.4, -0.2, 1], [2, 2, 1], [0.1, 1, 0.3]);
    const pose = poseFromCamera(monoclinic, before.back, before.up, 1.7349);
    expect(pose.zoom).toBe(1.735);
    const after = cameraFrame(monoclinic, pose.view, [2, 2, 1], pose.up);
    for (let k = 0; k < 3; k++) {
      expect(after.back[k]).toBeCloseTo(before.back[k], 3);
      expect(after.up[k]).toBeCloseTo(before.up[k], 3);
    }
  });

  it('survives the link: view, up and zoom round-trip through the URL', () => {
    const frame = cameraFrame(monoclinic, [0.4, -0.2, 1], [1, 1, 1], [0, 1, 0]);
    const pose = poseFromCamera(monoclinic, frame.back, frame.up, 2.5);
    const { state } = parseViewUrl('', ['alpha-MnO2']);
    const search = viewStateToSearch({ ...state, ...pose }, { includeStructure: false });
    const back = parseViewUrl(search, ['alpha-MnO2']);
    expect(back.notices).toEqual([]);
    expect(back.state.view).toEqual(pose.view);
    expect(back.state.up).toEqual(pose.up);
    expect(back.state.zoom).toBe(2.5);
  });
});

describe('pan in the pose', () => {
  it('a panned perspective camera is rebuilt at the same place from pan, depth and the frame', () => {
    const frame = cameraFrame(monoclinic, [0.4, -0.2, 1], [2, 2, 1], [0, 1, 0]);
    const radius = 12;
    // The orbit centre moved on screen and in depth, as a pan followed by a turn leaves it.
    const target: Vec3 = [3, -2, 1.5];
    const position = target.map((t, k) => t + 40 * frame.back[k]) as Vec3;
    const { pan, depth } = panAndDepth(position, target, frame.back, frame.up, radius);
    expect(pan).not.toBeNull();
    const rebuilt = panTarget(pan, frame.back, frame.up, radius);
    const camera = rebuilt.map((t, k) => t + depth * frame.back[k]);
    for (let k = 0; k < 3; k++) expect(camera[k]).toBeCloseTo(position[k], 2);
    // The rebuilt centre differs from the old one only along the line of sight.
    const shift = target.map((t, k) => t - rebuilt[k]) as Vec3;
    const along = shift[0] * frame.back[0] + shift[1] * frame.back[1] + shift[2] * frame.back[2];
    for (let k = 0; k < 3; k++) expect(shift[k]).toBeCloseTo(along * frame.back[k], 3);
  });

  it('no pan is written for a centred camera, and pan round-trips through the URL', () => {
    const frame = cameraFrame(hexagonal, [0, 0, 1], [1, 1, 1]);
    const centred = panAndDepth([0, 0, 30], [0, 0, 0], frame.back, frame.up, 5);
    expect(centred.pan).toBeNull();
    const { state } = parseViewUrl('?pan=0.25,-0.5', ['alpha-MnO2']);
    expect(state.pan).toEqual([0.25, -0.5]);
    expect(viewStateToSearch(state, { includeStructure: false })).toContain('pan=0.25%2C-0.5');
    expect(parseViewUrl('?pan=1,2,3', ['alpha-MnO2']).notices[0]).toMatch(/pan/);
    expect(parseViewUrl('?pan=99,0', ['alpha-MnO2']).notices[0]).toMatch(/pan/);
  });
});
