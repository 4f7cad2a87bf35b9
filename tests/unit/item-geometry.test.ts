import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import {
  instancedItems,
  itemCount,
  itemMesh,
  itemValues,
  putFracItems,
  putItems,
  QUAD_VERTICES,
  quadItems,
  setItemAttribute,
} from '../../src/scene/gpu/item-geometry';

const values = (g: THREE.BufferGeometry, name: string) =>
  Array.from((g.getAttribute(name) as THREE.BufferAttribute).array);

describe('item geometry: quads', () => {
  it('gives each item four corners at (±1, ±1) and two triangles of its own', () => {
    const g = quadItems(3);
    expect(g.getAttribute('position').itemSize).toBe(2);
    expect(g.getAttribute('position').count).toBe(3 * QUAD_VERTICES);
    expect(values(g, 'position').slice(8, 16)).toEqual([-1, -1, 1, -1, 1, 1, -1, 1]);
    const index = Array.from(g.index?.array ?? []);
    expect(index).toHaveLength(18);
    // Item 2's triangles use its own four vertices only.
    expect(new Set(index.slice(12))).toEqual(new Set([8, 9, 10, 11]));
    expect(itemCount(g)).toBe(3);
  });

  it('copies each item value to its four vertices and reads one back per item', () => {
    const g = quadItems(2);
    setItemAttribute(g, 'aColor', new Float32Array([0.1, 0.2, 0.3, 0.7, 0.8, 0.9]), 3);
    const perVertex = values(g, 'aColor');
    expect(perVertex).toHaveLength(24);
    for (let v = 0; v < 4; v++) {
      expect(perVertex.slice(3 * v, 3 * v + 3)).toEqual(
        Array.from(new Float32Array([0.1, 0.2, 0.3])),
      );
      expect(perVertex.slice(12 + 3 * v, 15 + 3 * v)).toEqual(
        Array.from(new Float32Array([0.7, 0.8, 0.9])),
      );
    }
    expect(Array.from(itemValues(g, 'aColor'))).toEqual(
      Array.from(new Float32Array([0.1, 0.2, 0.3, 0.7, 0.8, 0.9])),
    );
  });

  it('rewrites an attribute in place and marks it for upload', () => {
    const g = quadItems(2);
    setItemAttribute(g, 'aVisible', new Float32Array([1, 1]), 1);
    const attr = g.getAttribute('aVisible') as THREE.BufferAttribute;
    const before = attr.version;
    putItems(g, 'aVisible', [0, 1]);
    expect(values(g, 'aVisible')).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(attr.version).toBeGreaterThan(before);
  });

  it('refills positions from per-atom fractions by atom index', () => {
    const g = quadItems(2);
    setItemAttribute(g, 'aFrac', new Float32Array(6), 3);
    const frac = new Float32Array([0, 0, 0, 0.5, 0.25, 0.125, 0.75, 0.5, 0.25]);
    putFracItems(g, 'aFrac', frac, [2, 1]);
    expect(Array.from(itemValues(g, 'aFrac'))).toEqual([0.75, 0.5, 0.25, 0.5, 0.25, 0.125]);
    expect(values(g, 'aFrac').slice(9, 12)).toEqual([0.75, 0.5, 0.25]);
    expect(values(g, 'aFrac').slice(12, 15)).toEqual([0.5, 0.25, 0.125]);
  });

  it('draws as one plain mesh, not instances', () => {
    const mesh = itemMesh(quadItems(5), new THREE.MeshBasicMaterial());
    expect(mesh).not.toBeInstanceOf(THREE.InstancedMesh);
    expect(mesh.frustumCulled).toBe(false);
  });
});

describe('item geometry: instanced', () => {
  it('shares the base shape and keeps one value per instance', () => {
    const base = new THREE.SphereGeometry(1, 8, 6);
    const g = instancedItems(base, 2);
    expect(g.getAttribute('position')).toBe(base.getAttribute('position'));
    setItemAttribute(g, 'aRadius', new Float32Array([0.5, 0.6]), 1);
    expect(g.getAttribute('aRadius')).toBeInstanceOf(THREE.InstancedBufferAttribute);
    expect(Array.from(itemValues(g, 'aRadius'))).toEqual(Array.from(new Float32Array([0.5, 0.6])));
    const mesh = itemMesh(g, new THREE.MeshBasicMaterial());
    expect(mesh).toBeInstanceOf(THREE.InstancedMesh);
    expect((mesh as THREE.InstancedMesh).count).toBe(2);
  });

  it('gives two attributes set from one array buffers of their own', () => {
    const g = instancedItems(new THREE.SphereGeometry(1, 8, 6), 1);
    const frac = new Float32Array([0.1, 0.2, 0.3]);
    setItemAttribute(g, 'aFrac', frac, 3);
    setItemAttribute(g, 'aFracTo', frac, 3);
    putFracItems(g, 'aFracTo', new Float32Array([0.9, 0.8, 0.7]), [0]);
    expect(Array.from(itemValues(g, 'aFrac'))).toEqual(Array.from(frac));
    expect(Array.from(itemValues(g, 'aFracTo'))).toEqual(
      Array.from(new Float32Array([0.9, 0.8, 0.7])),
    );
  });
});

describe('item geometry: bounds', () => {
  it('has finite bounds without reading the 2-component corners as places', () => {
    const g = quadItems(4);
    g.computeBoundingSphere = () => {
      throw new Error('three must not compute bounds from the corners');
    };
    expect(Number.isFinite(g.boundingSphere?.radius)).toBe(true);
    expect(g.boundingBox?.isEmpty()).toBe(false);
  });
});
