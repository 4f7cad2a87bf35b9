/**
 * Geometry for many small items of one kind (atoms of an element, bonds, guest ions), each
 * with its own attributes (position, colour, radius…), on one of two layouts:
 *
 * - `instanced`: a shared base shape (a sphere or cylinder mesh), one instance per item. For
 *   the mesh drawing of small scenes, where an item has hundreds of vertices.
 * - `quads`: four vertices per item, the item's attributes copied to each, drawn as one plain
 *   indexed draw of two triangles per item. For impostors, where an item is one quad.
 *
 * Why impostors do not use instancing: an instance of four vertices is almost all per-instance
 * overhead. Measured in headless Chromium with SwiftShader (the bench's renderer), 100,000
 * small quads took 1.4–1.8 s a frame as instances of one quad and 0.17–0.25 s as one plain
 * draw (300,000: 4.6–5.6 s against 0.54–0.72 s). Mol* lays its sphere and cylinder impostors
 * out the same way (molstar/molstar, src/mol-geo/geometry/spheres/spheres-builder.ts: four
 * vertices per sphere with a corner "mapping" attribute and an index buffer).
 *
 * Attributes are written and read per item through this file, so callers never see the
 * layout: a shader reads `aFoo` per vertex either way, `position` is the base shape's vertex
 * or the quad's corner (±1, ±1).
 */
import * as THREE from 'three';

export type ItemLayout = 'instanced' | 'quads';

const CORNERS = [-1, -1, 1, -1, 1, 1, -1, 1];
const QUAD_INDEX = [0, 1, 2, 0, 2, 3];
/** Vertices per item on the quads layout. */
export const QUAD_VERTICES = 4;

function layoutOf(geometry: THREE.BufferGeometry): ItemLayout {
  return geometry.userData.itemLayout as ItemLayout;
}

/** Items on a shared base shape (instanced). The base's buffers are shared, not copied. */
export function instancedItems(base: THREE.BufferGeometry, count: number): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry();
  geometry.setIndex(base.index);
  geometry.setAttribute('position', base.getAttribute('position'));
  geometry.setAttribute('normal', base.getAttribute('normal'));
  geometry.userData.itemLayout = 'instanced';
  geometry.userData.itemCount = count;
  return geometry;
}

/** Items as quads: corners in `position` (z is 0 in the shader), two triangles each. */
export function quadItems(count: number): THREE.BufferGeometry {
  const geometry = new THREE.BufferGeometry();
  const corners = new Float32Array(2 * QUAD_VERTICES * count);
  const index = new Uint32Array(6 * count);
  for (let k = 0; k < count; k++) {
    corners.set(CORNERS, 8 * k);
    for (let j = 0; j < 6; j++) index[6 * k + j] = 4 * k + QUAD_INDEX[j];
  }
  geometry.setAttribute('position', new THREE.BufferAttribute(corners, 2));
  geometry.setIndex(new THREE.BufferAttribute(index, 1));
  // three would compute bounds from `position` (corners here, 2 components, not places) for
  // its draw sorting: give it fixed ones. Culling is off (itemMesh), so they decide nothing.
  geometry.boundingSphere = new THREE.Sphere(new THREE.Vector3(), 1);
  geometry.boundingBox = new THREE.Box3(new THREE.Vector3(-1, -1, -1), new THREE.Vector3(1, 1, 1));
  geometry.userData.itemLayout = 'quads';
  geometry.userData.itemCount = count;
  return geometry;
}

export function itemCount(geometry: THREE.BufferGeometry): number {
  return geometry.userData.itemCount as number;
}

/** out[v·size + j] = items[k·size + j] for each of an item's four vertices v. */
function spreadToQuads(items: ArrayLike<number>, size: number, out: Float32Array) {
  const n = items.length / size;
  let o = 0;
  for (let k = 0; k < n; k++) {
    const i = k * size;
    for (let v = 0; v < QUAD_VERTICES; v++) for (let j = 0; j < size; j++) out[o++] = items[i + j];
  }
}

/** Adds (or replaces) a per-item attribute of `size` components from one value per item. */
export function setItemAttribute(
  geometry: THREE.BufferGeometry,
  name: string,
  items: Float32Array,
  size: number,
) {
  if (layoutOf(geometry) === 'instanced') {
    // A copy: callers may pass one array for two attributes (from and to positions).
    geometry.setAttribute(name, new THREE.InstancedBufferAttribute(items.slice(), size));
    return;
  }
  const perVertex = new Float32Array(QUAD_VERTICES * items.length);
  spreadToQuads(items, size, perVertex);
  geometry.setAttribute(name, new THREE.BufferAttribute(perVertex, size));
}

/**
 * Gives an attribute a second name: one array and one GPU buffer (three keys its buffers by
 * attribute), read by the shader under both. A still structure's "to" positions are its
 * "from" positions, and a copy of them was a fifth of its buffer bytes.
 */
export function shareItemAttribute(geometry: THREE.BufferGeometry, name: string, as: string) {
  geometry.setAttribute(as, geometry.getAttribute(name));
}

/** Rewrites a per-item attribute in place (same size) and marks it for upload. */
export function putItems(geometry: THREE.BufferGeometry, name: string, items: ArrayLike<number>) {
  const attr = geometry.getAttribute(name) as THREE.BufferAttribute;
  const array = attr.array as Float32Array;
  if (layoutOf(geometry) === 'instanced') array.set(items);
  else spreadToQuads(items, attr.itemSize, array);
  attr.needsUpdate = true;
}

/**
 * Rewrites a fractional-position attribute from per-atom positions, item k taking atom
 * `atoms[k]`: the keyframe refill, one pass, straight into the attribute's array.
 */
export function putFracItems(
  geometry: THREE.BufferGeometry,
  name: string,
  frac: Float32Array,
  atoms: ArrayLike<number>,
) {
  const attr = geometry.getAttribute(name) as THREE.BufferAttribute;
  const out = attr.array as Float32Array;
  const copies = layoutOf(geometry) === 'instanced' ? 1 : QUAD_VERTICES;
  let o = 0;
  for (let k = 0; k < atoms.length; k++) {
    const i = 3 * atoms[k];
    const x = frac[i];
    const y = frac[i + 1];
    const z = frac[i + 2];
    for (let v = 0; v < copies; v++) {
      out[o++] = x;
      out[o++] = y;
      out[o++] = z;
    }
  }
  attr.needsUpdate = true;
}

/** One value per item (a copy on the quads layout): for readers such as the glTF snapshot. */
export function itemValues(geometry: THREE.BufferGeometry, name: string): Float32Array {
  const attr = geometry.getAttribute(name) as THREE.BufferAttribute;
  const array = attr.array as Float32Array;
  if (layoutOf(geometry) === 'instanced') return array;
  const size = attr.itemSize;
  const n = itemCount(geometry);
  const out = new Float32Array(n * size);
  for (let k = 0; k < n; k++)
    for (let j = 0; j < size; j++) out[k * size + j] = array[k * QUAD_VERTICES * size + j];
  return out;
}

/** The drawable: an InstancedMesh for the instanced layout, a plain Mesh for quads. */
export function itemMesh(geometry: THREE.BufferGeometry, material: THREE.Material): THREE.Mesh {
  const mesh =
    layoutOf(geometry) === 'instanced'
      ? new THREE.InstancedMesh(geometry, material, itemCount(geometry))
      : new THREE.Mesh(geometry, material);
  // Positions come from the lattice uniform in the shader: three's bounds would be wrong.
  mesh.frustumCulled = false;
  return mesh;
}
