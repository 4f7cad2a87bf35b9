import { describe, expect, it } from 'vitest';
import { latticeFromParams } from '../../src/crystal/lattice';
import type { Vec3 } from '../../src/crystal/types';
import { cameraFrame } from '../../src/scene/camera-frame';
import { latticeDirection, poseFromCamera } from '../../src/scene/camera-pose';
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
