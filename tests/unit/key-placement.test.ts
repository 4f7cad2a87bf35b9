import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { Mat3 } from '../../src/crystal/types';
import { videoStructureBox } from '../../src/scene/export/video-render';
import { STRUCTURE_PAD_ANGSTROM, structureBoxOnScreen } from '../../src/scene/structure-box';
import { chooseKeyPlace } from '../../src/state/key-place';
import { boxMoved, overlapArea, type ScreenBox, unionBox } from '../../src/state/screen-box';

const box = (left: number, top: number, right: number, bottom: number): ScreenBox => ({
  left,
  top,
  right,
  bottom,
});

describe('screen boxes', () => {
  it('overlap by area, and touching is no overlap', () => {
    expect(overlapArea(box(0, 0, 10, 10), box(5, 5, 20, 20))).toBe(25);
    expect(overlapArea(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(0);
    expect(overlapArea(box(0, 0, 10, 10), box(30, 30, 40, 40))).toBe(0);
  });

  it('count as moved past a tolerance at any edge', () => {
    expect(boxMoved(box(0, 0, 10, 10), box(1, 0, 10, 11), 2)).toBe(false);
    expect(boxMoved(box(0, 0, 10, 10), box(0, 0, 13, 10), 2)).toBe(true);
    expect(boxMoved(null, box(0, 0, 1, 1), 2)).toBe(true);
    expect(boxMoved(null, null, 2)).toBe(false);
  });
});

describe('where the colour key goes', () => {
  const view = box(0, 0, 800, 600);
  const column = { place: 'column' as const, box: box(600, 440, 790, 590) };
  const row = { place: 'row' as const, box: box(300, 560, 790, 590) };
  const top = { place: 'top' as const, box: box(600, 48, 790, 198) };
  const places = [column, row, top];

  it('stays bottom right as a column where that covers nothing', () => {
    expect(chooseKeyPlace(places, [box(200, 100, 580, 500)], view)).toBe('column');
  });

  it('turns into a row under a block that reaches the corner, if the row is clear', () => {
    expect(chooseKeyPlace(places, [box(150, 60, 650, 540)], view)).toBe('row');
  });

  it('goes top right when the bottom is taken and the top is free', () => {
    expect(chooseKeyPlace(places, [box(150, 210, 650, 580)], view)).toBe('top');
    // An overlay there (the title, a panel) counts as the block does: least covered wins.
    const panel = box(600, 40, 790, 200);
    expect(chooseKeyPlace(places, [box(150, 210, 650, 580), panel], view)).toBe('column');
  });

  it('covers least where every place covers something', () => {
    const everywhere = box(0, 40, 800, 600);
    expect(chooseKeyPlace(places, [everywhere], view)).toBe('row'); // the smallest
    // A place out of the view counts as covering what it leaves.
    expect(
      chooseKeyPlace([{ place: 'row', box: box(-200, 560, 790, 590) }, column], [], view),
    ).toBe('column');
  });
});

describe('the drawn block on screen', () => {
  it('projects the supercell box, centred, with the padding in pixels', () => {
    // A 10 Å cube seen down c by an orthographic camera 1 px per Å over a 200×100 canvas.
    const lattice: Mat3 = [10, 0, 0, 0, 10, 0, 0, 0, 10];
    const camera = new THREE.OrthographicCamera(-100, 100, 50, -50, 0.1, 1000);
    camera.position.set(0, 0, 100);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld();
    const b = structureBoxOnScreen(camera, lattice, [1, 1, 2], 200, 100, 1);
    expect(b.left).toBeCloseTo(94, 6);
    expect(b.right).toBeCloseTo(106, 6);
    expect(b.top).toBeCloseTo(44, 6);
    expect(b.bottom).toBeCloseTo(56, 6);
    camera.zoom = 2;
    camera.updateProjectionMatrix();
    const zoomed = structureBoxOnScreen(camera, lattice, [1, 1, 2], 200, 100, 1);
    expect(zoomed.right - zoomed.left).toBeCloseTo(24, 6);
  });

  it('a video’s box holds the block at every turntable angle and every lattice, and no more', () => {
    // A 20 × 10 × 10 Å block seen down c, turned about screen-up (the turntable) a quarter turn.
    const lattice: Mat3 = [20, 0, 0, 0, 10, 0, 0, 0, 10];
    const wider: Mat3 = [22, 0, 0, 0, 10, 0, 0, 0, 10]; // a later keyframe, a expanded
    const camera = new THREE.OrthographicCamera(-100, 100, 50, -50, 0.1, 1000);
    camera.position.set(0, 0, 100);
    camera.lookAt(0, 0, 0);
    camera.updateMatrixWorld();
    const start = camera.position.clone();
    const target = new THREE.Vector3();
    const angles = [0, Math.PI / 8, Math.PI / 4, (3 * Math.PI) / 8, Math.PI / 2];
    const region = { width: 200, height: 100 };
    const block = { lattices: [lattice, wider], supercell: [1, 1, 1] as [number, number, number] };
    const box = videoStructureBox(camera, start, target, angles, block, region);
    if (!box) throw new Error('no box');
    // The union of each frame's own box, frame by frame.
    let expected: ScreenBox | null = null;
    const probe = camera.clone();
    for (const angle of angles) {
      probe.position.copy(start).applyAxisAngle(new THREE.Vector3(0, 1, 0), angle);
      probe.lookAt(target);
      probe.updateMatrixWorld();
      for (const l of block.lattices)
        expected = unionBox(
          expected,
          structureBoxOnScreen(probe, l, [1, 1, 1], 200, 100, STRUCTURE_PAD_ANGSTROM),
        );
    }
    for (const k of ['left', 'top', 'right', 'bottom'] as const)
      expect(box[k]).toBeCloseTo((expected as ScreenBox)[k], 9);
    // Turned by θ about screen-up, the 22 Å × 10 Å (deep) block is 22 cos θ + 10 sin θ wide:
    // the widest sampled frame (22.5°) sets the box, not the first (22 Å).
    const widest = Math.max(...angles.map((t) => 22 * Math.cos(t) + 10 * Math.sin(t)));
    expect(widest).toBeGreaterThan(24);
    expect(box.right - box.left).toBeCloseTo(widest + 2 * STRUCTURE_PAD_ANGSTROM, 6);
    // The live camera was not moved.
    expect(camera.position.toArray()).toEqual([0, 0, 100]);
    // A still video (one angle, one lattice) has the picture's own box.
    const still = videoStructureBox(
      camera,
      start,
      target,
      [0, 0, 0],
      { lattices: [lattice], supercell: [1, 1, 1] },
      region,
    );
    const own = structureBoxOnScreen(camera, lattice, [1, 1, 1], 200, 100, STRUCTURE_PAD_ANGSTROM);
    expect(still).toEqual(own);
  });
});
