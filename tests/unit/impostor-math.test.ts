import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  billboardHalfSize,
  bondHiddenLength,
  fragDepth,
  packRgb,
  rayCylinder,
  raySphere,
  unpackRgb,
  type V3,
  viewRay,
} from '../../src/scene/gpu/impostor-math';

const at = (o: V3, d: V3, t: number): V3 => [o[0] + d[0] * t, o[1] + d[1] * t, o[2] + d[2] * t];

describe('ray–sphere', () => {
  it('hits the near side of a sphere straight ahead, in both projections', () => {
    const centre: V3 = [0, 0, -10];
    expect(raySphere(viewRay([0, 0, -10], false), centre, 2)).toBeCloseTo(8, 12);
    expect(raySphere(viewRay([0, 0, -10], true), centre, 2)).toBeCloseTo(8, 12);
  });

  it('puts the hit on the sphere surface, or misses outside the silhouette', () => {
    const centre: V3 = [1, -0.5, -12];
    const r = 1.3;
    for (let k = 0; k < 200; k++) {
      const q: V3 = [centre[0] + 3 * Math.sin(k), centre[1] + 3 * Math.cos(1.7 * k), centre[2]];
      for (const ortho of [false, true]) {
        const ray = viewRay(q, ortho);
        const t = raySphere(ray, centre, r);
        // Distance of the ray's line from the centre decides hit or miss.
        const oc: V3 = [
          centre[0] - ray.origin[0],
          centre[1] - ray.origin[1],
          centre[2] - ray.origin[2],
        ];
        const along = oc[0] * ray.dir[0] + oc[1] * ray.dir[1] + oc[2] * ray.dir[2];
        const miss = Math.hypot(...oc) ** 2 - along ** 2;
        if (miss > r * r) {
          expect(t).toBeNull();
          continue;
        }
        expect(t).not.toBeNull();
        const hit = at(ray.origin, ray.dir, t as number);
        expect(Math.hypot(hit[0] - centre[0], hit[1] - centre[1], hit[2] - centre[2])).toBeCloseTo(
          r,
          9,
        );
        // Near side: the hit faces the viewer.
        expect(hit[2]).toBeGreaterThanOrEqual(centre[2] - 1e-9);
      }
    }
  });
});

describe('ray–cylinder', () => {
  const a: V3 = [-2, 0, -10];
  const b: V3 = [2, 0, -10];
  it('hits the side nearest the eye, with the colour half from the hit', () => {
    const left = rayCylinder(viewRay([-1, 0, -10], true), a, b, 0.5);
    expect(left?.t).toBeCloseTo(9.5, 12);
    expect(left?.along).toBeCloseTo(0.25, 12);
    const right = rayCylinder(viewRay([1.5, 0.2, -10], false), a, b, 0.5);
    expect(right?.along).toBeGreaterThan(0.5);
  });

  it('puts the hit at the radius from the axis and misses past the ends or the sides', () => {
    for (let k = 0; k < 200; k++) {
      const q: V3 = [3 * Math.sin(k), 0.8 * Math.cos(2.3 * k), -10];
      const ray = viewRay(q, k % 2 === 0);
      const hit = rayCylinder(ray, a, b, 0.5);
      if (!hit) continue;
      const p = at(ray.origin, ray.dir, hit.t);
      expect(Math.hypot(p[1], p[2] + 10)).toBeCloseTo(0.5, 9);
      expect(p[0]).toBeGreaterThanOrEqual(-2 - 1e-9);
      expect(p[0]).toBeLessThanOrEqual(2 + 1e-9);
    }
    expect(rayCylinder(viewRay([2.3, 0, -10], true), a, b, 0.5)).toBeNull();
    expect(rayCylinder(viewRay([0, 0.6, -10], true), a, b, 0.5)).toBeNull();
  });
});

describe('bond quad trimmed to the part outside its atoms', () => {
  it('starts where the cylinder side leaves the sphere, so nothing visible is cut', () => {
    const R = 0.58;
    const r = 0.12;
    const t0 = bondHiddenLength(R, r);
    // Side points just before t0 are inside the sphere (never seen), just after it outside.
    expect(Math.hypot(t0 - 1e-6, r)).toBeLessThan(R);
    expect(Math.hypot(t0 + 1e-6, r)).toBeGreaterThan(R);
    // A ray that grazes the cylinder side at t < t0 meets the sphere first.
    const ray = viewRay([0.3, r, -5], false);
    const onSphere = raySphere(ray, [0, 0, -5], R);
    const onCylinder = rayCylinder(ray, [0, 0, -5], [1.9, 0, -5], r);
    expect(onSphere).not.toBeNull();
    expect(onCylinder).not.toBeNull();
    expect(onSphere as number).toBeLessThan((onCylinder as { t: number }).t);
  });

  it('hides nothing when the bond is thicker than the atom', () => {
    expect(bondHiddenLength(0.1, 0.12)).toBe(0);
    expect(bondHiddenLength(0.5, 0)).toBeCloseTo(0.5, 12);
  });
});

describe('colours packed into one float', () => {
  it('round-trips every 8-bit level of every channel exactly in 32-bit floats', () => {
    for (let v = 0; v < 256; v++) {
      for (const c of [
        [v, 0, 0],
        [0, v, 0],
        [0, 0, v],
        [v, 255 - v, v],
        [255, v, 255],
      ]) {
        const back = unpackRgb(packRgb([c[0] / 255, c[1] / 255, c[2] / 255]));
        expect(back.map((x) => Math.round(x * 255))).toEqual(c);
      }
    }
  });
});

describe('depth', () => {
  it('matches what three.js projects for the same point, perspective and orthographic', () => {
    const persp = new THREE.PerspectiveCamera(30, 1.3, 0.5, 200);
    const ortho = new THREE.OrthographicCamera(-5, 5, 4, -4, 0.5, 200);
    for (const cam of [persp, ortho]) {
      cam.updateProjectionMatrix();
      for (const z of [-0.6, -3, -40, -199]) {
        const p: V3 = [0.3, -0.2, z];
        const ndc = new THREE.Vector3(...p).applyMatrix4(cam.projectionMatrix).z;
        expect(fragDepth(p, cam.projectionMatrix.elements)).toBeCloseTo(0.5 * ndc + 0.5, 9);
      }
    }
  });

  it('is nearer for the front of a sphere than for its centre', () => {
    const cam = new THREE.PerspectiveCamera(30, 1, 1, 100);
    cam.updateProjectionMatrix();
    const e = cam.projectionMatrix.elements;
    expect(fragDepth([0, 0, -9], e)).toBeLessThan(fragDepth([0, 0, -10], e));
  });
});

describe('billboard size', () => {
  it('holds the silhouette: every tangent ray crosses the centre plane inside it', () => {
    const d = 6;
    const r = 2;
    const half = billboardHalfSize(d, r, false);
    // Tangent ray from the eye makes asin(r/d) with the line to the centre.
    expect(half).toBeCloseTo(d * Math.tan(Math.asin(r / d)), 12);
    expect(half).toBeGreaterThan(r);
    expect(billboardHalfSize(d, r, true)).toBe(r);
  });
});
