/**
 * Real triangle geometry for a 3D-model export, from what the view draws as instances and
 * impostors: spheres merged per element, bond halves as open cylinders merged per colour,
 * polyhedron faces as flat triangles merged per colour. Plain arrays (positions, normals,
 * 32-bit indices) so any glTF writer can take them; pure, so counts are tested in Node.
 */
export type Rgb = [number, number, number];

/** Spheres of one colour: 3 numbers per centre (Å), one radius per centre (Å). */
export interface SphereSet {
  name: string;
  color: Rgb;
  centres: Float32Array;
  radii: Float32Array;
}

/** Open cylinders of one colour and radius: 3 numbers per start and per end (Å). */
export interface CylinderSet {
  name: string;
  color: Rgb;
  starts: Float32Array;
  ends: Float32Array;
  radius: number;
}

/** Triangles of one colour: 9 numbers per triangle (three corners, Å). */
export interface TriangleSet {
  name: string;
  color: Rgb;
  opacity: number;
  corners: Float32Array;
}

export interface BakeInput {
  spheres: SphereSet[];
  cylinders: CylinderSet[];
  triangles: TriangleSet[];
  /** Sphere segments around and from pole to pole (see glbSphereSegments). */
  sphereSegments: [number, number];
}

export interface MeshData {
  name: string;
  /** sRGB, 0–1. */
  color: Rgb;
  opacity: number;
  /** Faces seen from both sides (polyhedra): glTF `doubleSided`. */
  doubleSided: boolean;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export const CYLINDER_SEGMENTS = 10;

/**
 * Modest sphere detail, coarser for big models: a 10k-atom file stays in the tens of MB that
 * slide programs open without stalling.
 */
export function glbSphereSegments(atomCount: number): [number, number] {
  if (atomCount <= 1_000) return [16, 12];
  if (atomCount <= 10_000) return [12, 8];
  return [8, 6];
}

export function sphereVertexCount([w, h]: [number, number]): number {
  return (w + 1) * (h + 1);
}

export function sphereTriangleCount([w, h]: [number, number]): number {
  return 2 * w * (h - 1);
}

export function cylinderVertexCount(): number {
  return 2 * CYLINDER_SEGMENTS;
}

/** A unit sphere as a latitude–longitude grid (the layout of three's SphereGeometry). */
export function sphereTemplate([w, h]: [number, number]): {
  positions: Float32Array;
  indices: Uint32Array;
} {
  const positions = new Float32Array(3 * sphereVertexCount([w, h]));
  let p = 0;
  for (let iy = 0; iy <= h; iy++) {
    const v = iy / h;
    for (let ix = 0; ix <= w; ix++) {
      const u = ix / w;
      positions[p++] = -Math.cos(u * 2 * Math.PI) * Math.sin(v * Math.PI);
      positions[p++] = Math.cos(v * Math.PI);
      positions[p++] = Math.sin(u * 2 * Math.PI) * Math.sin(v * Math.PI);
    }
  }
  const indices = new Uint32Array(3 * sphereTriangleCount([w, h]));
  let k = 0;
  for (let iy = 0; iy < h; iy++) {
    for (let ix = 0; ix < w; ix++) {
      const a = iy * (w + 1) + ix + 1;
      const b = iy * (w + 1) + ix;
      const c = (iy + 1) * (w + 1) + ix;
      const d = (iy + 1) * (w + 1) + ix + 1;
      // The pole rows would give zero-area triangles: one triangle per quad there.
      if (iy !== 0) {
        indices.set([a, b, d], k);
        k += 3;
      }
      if (iy !== h - 1) {
        indices.set([b, c, d], k);
        k += 3;
      }
    }
  }
  return { positions, indices };
}

function bakeSpheres(set: SphereSet, segments: [number, number]): MeshData {
  const unit = sphereTemplate(segments);
  const nv = unit.positions.length / 3;
  const n = set.radii.length;
  const positions = new Float32Array(3 * nv * n);
  const normals = new Float32Array(3 * nv * n);
  const indices = new Uint32Array(unit.indices.length * n);
  for (let s = 0; s < n; s++) {
    const r = set.radii[s];
    const base = 3 * nv * s;
    for (let v = 0; v < 3 * nv; v += 3) {
      for (let c = 0; c < 3; c++) {
        positions[base + v + c] = set.centres[3 * s + c] + r * unit.positions[v + c];
        normals[base + v + c] = unit.positions[v + c];
      }
    }
    const offset = nv * s;
    const ib = unit.indices.length * s;
    for (let i = 0; i < unit.indices.length; i++) indices[ib + i] = unit.indices[i] + offset;
  }
  return {
    name: set.name,
    color: set.color,
    opacity: 1,
    doubleSided: false,
    positions,
    normals,
    indices,
  };
}

/** Two unit vectors that with `axis` make a right-handed frame (side × up = axis). */
function frame(ax: number, ay: number, az: number): [number[], number[]] {
  const [hx, hy, hz] = Math.abs(ay) < 0.99 ? [0, 1, 0] : [1, 0, 0];
  // side = normalize(helper × axis); up = axis × side.
  let sx = hy * az - hz * ay;
  let sy = hz * ax - hx * az;
  let sz = hx * ay - hy * ax;
  const sl = Math.hypot(sx, sy, sz);
  sx /= sl;
  sy /= sl;
  sz /= sl;
  return [
    [sx, sy, sz],
    [ay * sz - az * sy, az * sx - ax * sz, ax * sy - ay * sx],
  ];
}

function bakeCylinders(set: CylinderSet): MeshData {
  const S = CYLINDER_SEGMENTS;
  const n = set.starts.length / 3;
  const positions = new Float32Array(3 * 2 * S * n);
  const normals = new Float32Array(3 * 2 * S * n);
  const indices = new Uint32Array(3 * 2 * S * n);
  let kept = 0;
  for (let c = 0; c < n; c++) {
    const p = set.starts.subarray(3 * c, 3 * c + 3);
    const q = set.ends.subarray(3 * c, 3 * c + 3);
    const len = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
    if (!(len > 1e-6)) continue; // a zero-length piece has no surface
    const [side, up] = frame((q[0] - p[0]) / len, (q[1] - p[1]) / len, (q[2] - p[2]) / len);
    const vb = 2 * S * kept;
    for (let k = 0; k < S; k++) {
      const t = (2 * Math.PI * k) / S;
      const nrm = [0, 1, 2].map((i) => Math.cos(t) * side[i] + Math.sin(t) * up[i]);
      for (let end = 0; end < 2; end++) {
        const at = end === 0 ? p : q;
        const o = 3 * (vb + 2 * k + end);
        for (let i = 0; i < 3; i++) {
          positions[o + i] = at[i] + set.radius * nrm[i];
          normals[o + i] = nrm[i];
        }
      }
      const i0 = vb + 2 * k;
      const j0 = vb + 2 * ((k + 1) % S);
      indices.set([i0, j0, i0 + 1, i0 + 1, j0, j0 + 1], 6 * (S * kept + k));
    }
    kept++;
  }
  return {
    name: set.name,
    color: set.color,
    opacity: 1,
    doubleSided: false,
    positions: positions.slice(0, 3 * 2 * S * kept),
    normals: normals.slice(0, 3 * 2 * S * kept),
    indices: indices.slice(0, 6 * S * kept),
  };
}

function bakeTriangles(set: TriangleSet): MeshData {
  const n = set.corners.length / 9;
  const positions = new Float32Array(9 * n);
  const normals = new Float32Array(9 * n);
  let kept = 0;
  for (let t = 0; t < n; t++) {
    const c = set.corners.subarray(9 * t, 9 * t + 9);
    const ux = c[3] - c[0];
    const uy = c[4] - c[1];
    const uz = c[5] - c[2];
    const vx = c[6] - c[0];
    const vy = c[7] - c[1];
    const vz = c[8] - c[2];
    let nx = uy * vz - uz * vy;
    let ny = uz * vx - ux * vz;
    let nz = ux * vy - uy * vx;
    const l = Math.hypot(nx, ny, nz);
    if (!(l > 1e-9)) continue; // a collapsed face (a ligand on the edge of another)
    nx /= l;
    ny /= l;
    nz /= l;
    positions.set(c, 9 * kept);
    for (let v = 0; v < 3; v++) normals.set([nx, ny, nz], 9 * kept + 3 * v);
    kept++;
  }
  const indices = Uint32Array.from({ length: 3 * kept }, (_, i) => i);
  return {
    name: set.name,
    color: set.color,
    opacity: set.opacity,
    doubleSided: true,
    positions: positions.slice(0, 9 * kept),
    normals: normals.slice(0, 9 * kept),
    indices,
  };
}

/** Every set as one mesh; sets with nothing to draw are left out. */
export function bakeScene(input: BakeInput): MeshData[] {
  const meshes = [
    ...input.spheres.map((s) => bakeSpheres(s, input.sphereSegments)),
    ...input.cylinders.map(bakeCylinders),
    ...input.triangles.map(bakeTriangles),
  ];
  return meshes.filter((m) => m.indices.length > 0);
}

/** Vertices and triangles in all, for reports and tests. */
export function meshTotals(meshes: readonly MeshData[]): { vertices: number; triangles: number } {
  let vertices = 0;
  let triangles = 0;
  for (const m of meshes) {
    vertices += m.positions.length / 3;
    triangles += m.indices.length / 3;
  }
  return { vertices, triangles };
}
