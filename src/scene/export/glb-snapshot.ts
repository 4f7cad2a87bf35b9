/**
 * What the view shows in this frame, read back from the scene graph as Cartesian spheres,
 * bond halves, polyhedron faces and cell edges: the same sums the vertex shaders do
 * (fractional positions blended by uMix, times the lattice uniform, less the centring
 * offset; guests placed from x), so the model matches the screen whether it draws meshes or
 * impostors, a structure or a scenario frame.
 */
import * as THREE from 'three';
import type { Rgb } from '../../export/glb-bake';
import { SceneCollector } from '../../export/glb-collect';
import { itemCount, itemValues } from '../gpu/item-geometry';

const CELL_RADIUS = 0.04; // Å: a thin rod, as the one-pixel cell outline is on screen
const CELL_COLOR: Rgb = [0.13, 0.13, 0.13];

type Uniforms = Record<string, THREE.IUniform>;

function shownInTree(o: THREE.Object3D): boolean {
  for (let p: THREE.Object3D | null = o; p; p = p.parent) if (!p.visible) return false;
  return true;
}

function attr(g: THREE.BufferGeometry, name: string): ArrayLike<number> {
  return (g.getAttribute(name) as THREE.BufferAttribute).array as ArrayLike<number>;
}

/** Atoms, bonds and guests: one value per item, whichever layout draws them. */
const items = (g: THREE.BufferGeometry, name: string) => itemValues(g, name);

/** frac → centred Cartesian (Å), as `toCartesian` in lattice-uniforms.ts. */
function lattice(u: Uniforms) {
  const e = (u.uLattice.value as THREE.Matrix3).elements;
  const off = u.uOffset.value as THREE.Vector3;
  const mix = u.uMix.value as number;
  const out = [0, 0, 0];
  return {
    mix,
    at(f: ArrayLike<number>, t: ArrayLike<number>, i: number): number[] {
      const a = f[3 * i] + mix * (t[3 * i] - f[3 * i]);
      const b = f[3 * i + 1] + mix * (t[3 * i + 1] - f[3 * i + 1]);
      const c = f[3 * i + 2] + mix * (t[3 * i + 2] - f[3 * i + 2]);
      out[0] = e[0] * a + e[3] * b + e[6] * c - off.x;
      out[1] = e[1] * a + e[4] * b + e[7] * c - off.y;
      out[2] = e[2] * a + e[5] * b + e[8] * c - off.z;
      return out;
    },
  };
}

function rgb(a: ArrayLike<number>, i: number): Rgb {
  return [a[3 * i], a[3 * i + 1], a[3 * i + 2]];
}

function readAtoms(mesh: THREE.Mesh, out: SceneCollector) {
  const u = (mesh.material as THREE.ShaderMaterial).uniforms;
  const g = mesh.geometry;
  const L = lattice(u);
  const [frac, to, radius, flags, visible, color] = [
    'aFrac',
    'aFracTo',
    'aRadius',
    'aFlags',
    'aVisible',
    'aColor',
  ].map((n) => items(g, n));
  const scale = u.uRadiusScale.value as number;
  const showOutside = u.uShowOutside.value as number;
  const name = mesh.name;
  for (let i = 0; i < itemCount(g); i++) {
    // As the shader: flag 2 hides with polyhedra, flag 1 shows only with them.
    const hidden = flags[i] > 1.5 ? showOutside : flags[i] > 0.5 ? 1 - showOutside : 0;
    const r = radius[i] * scale * visible[i] * (1 - hidden);
    if (r <= 0) continue;
    const p = L.at(frac, to, i);
    out.sphere(name, rgb(color, i), p[0], p[1], p[2], r);
  }
}

function readGuests(mesh: THREE.Mesh, out: SceneCollector, name: string) {
  const u = (mesh.material as THREE.ShaderMaterial).uniforms;
  const g = mesh.geometry;
  const e = (u.uLattice.value as THREE.Matrix3).elements;
  const off = u.uOffset.value as THREE.Vector3;
  const mix = u.uMix.value as number;
  const x = u.uX.value as number;
  const mask = (u.uEntryMask.value as THREE.Vector3).toArray();
  const entry = u.uEntryCoord.value as number;
  const radius = u.uRadius.value as number;
  const color = (u.uColor.value as THREE.Vector3).toArray() as Rgb;
  const [frac, to, start, arrive] = ['aFrac', 'aFracTo', 'aStartX', 'aArriveX'].map((n) =>
    items(g, n),
  );
  for (let i = 0; i < itemCount(g); i++) {
    // As guest-material.ts: absent before its window, sliding in along the entry axis during it.
    const progress =
      x >= arrive[i]
        ? 1
        : Math.min(1, Math.max(0, (x - start[i]) / Math.max(arrive[i] - start[i], 1e-6)));
    if (progress <= 0) continue;
    const site = [0, 1, 2].map((k) => frac[3 * i + k] + mix * (to[3 * i + k] - frac[3 * i + k]));
    const siteAlong = site[0] * mask[0] + site[1] * mask[1] + site[2] * mask[2];
    const along = entry + progress * (siteAlong - entry);
    const f = site.map((s, k) => s * (1 - mask[k]) + mask[k] * along);
    out.sphere(
      name,
      color,
      e[0] * f[0] + e[3] * f[1] + e[6] * f[2] - off.x,
      e[1] * f[0] + e[4] * f[1] + e[7] * f[2] - off.y,
      e[2] * f[0] + e[5] * f[1] + e[8] * f[2] - off.z,
      radius,
    );
  }
}

function readBonds(mesh: THREE.Mesh, out: SceneCollector, names: Map<string, string>) {
  const u = (mesh.material as THREE.ShaderMaterial).uniforms;
  const g = mesh.geometry;
  const L = lattice(u);
  const [fa, faTo, fb, fbTo, ca, cb, visible] = [
    'aFracA',
    'aFracATo',
    'aFracB',
    'aFracBTo',
    'aColorA',
    'aColorB',
    'aVisible',
  ].map((n) => items(g, n));
  const radius = u.uBondRadius.value as number;
  const name = (c: Rgb) => names.get(c.join()) ?? 'atom';
  for (let k = 0; k < itemCount(g); k++) {
    if (visible[k] <= 0) continue;
    const p = [...L.at(fa, faTo, k)];
    const q = L.at(fb, fbTo, k);
    const colA = rgb(ca, k);
    const colB = rgb(cb, k);
    out.bond(radius, p, q, name(colA), colA, name(colB), colB);
  }
}

function readFaces(mesh: THREE.Mesh, out: SceneCollector) {
  const u = (mesh.material as THREE.ShaderMaterial).uniforms;
  const g = mesh.geometry;
  const L = lattice(u);
  const [frac, to, color] = ['aFrac', 'aFracTo', 'aColor'].map((n) => attr(g, n));
  const opacity = (u.uOpacity?.value as number | undefined) ?? 1;
  const corners = new Float32Array(9);
  for (let t = 0; t < frac.length / 9; t++) {
    for (let v = 0; v < 3; v++) corners.set(L.at(frac, to, 3 * t + v), 3 * v);
    out.triangle('polyhedra', rgb(color, 3 * t), opacity, corners);
  }
}

function readCell(lines: THREE.LineSegments, out: SceneCollector) {
  const u = (lines.material as THREE.ShaderMaterial).uniforms;
  const frac = attr(lines.geometry, 'aFrac');
  const L = lattice(u);
  for (let k = 0; k < frac.length / 6; k++) {
    const p = [...L.at(frac, frac, 2 * k)];
    const q = L.at(frac, frac, 2 * k + 1);
    out.cylinder('unit-cell', CELL_COLOR, CELL_RADIUS, p, q);
  }
}

/**
 * Reads the drawn structure under `root`. `guestName` names the guest ions' mesh (their
 * element); the element of each bond half comes from the atom meshes' colours.
 */
export function snapshotScene(root: THREE.Object3D, guestName = 'guests'): SceneCollector {
  const out = new SceneCollector();
  const colourNames = new Map<string, string>();
  const bonds: THREE.Mesh[] = [];
  root.traverse((o) => {
    if (!shownInTree(o)) return;
    if (o instanceof THREE.Mesh && o.name.startsWith('atoms-')) {
      const c = attr(o.geometry, 'aColor');
      if (itemCount(o.geometry) > 0)
        colourNames.set(rgb(c, 0).join(), o.name.slice('atoms-'.length));
      readAtoms(o, out);
    } else if (o instanceof THREE.Mesh && o.name === 'guests') readGuests(o, out, guestName);
    else if (o instanceof THREE.Mesh && o.name === 'bonds') bonds.push(o);
    else if (o instanceof THREE.Mesh && o.name === 'polyhedra') readFaces(o, out);
    else if (o instanceof THREE.LineSegments && o.name === 'unit-cell') readCell(o, out);
  });
  for (const b of bonds) readBonds(b, out, colourNames);
  return out;
}
