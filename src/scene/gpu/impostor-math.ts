/**
 * The maths of the impostor shaders, written once more in TypeScript so it can be tested in
 * Node: the GLSL in impostor-glsl.ts follows these functions line for line. All in view space
 * (camera at the origin looking down −z); a perspective ray starts at the eye, an orthographic
 * one at the fragment's point on the z = 0 plane and runs along −z.
 */

export type V3 = readonly [number, number, number];

const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];

export interface Ray {
  origin: V3;
  dir: V3; // unit length
}

/** The ray through a point of an impostor's quad (view space), for either projection. */
export function viewRay(quadPoint: V3, orthographic: boolean): Ray {
  if (orthographic) return { origin: [quadPoint[0], quadPoint[1], 0], dir: [0, 0, -1] };
  const l = Math.hypot(...quadPoint);
  return { origin: [0, 0, 0], dir: [quadPoint[0] / l, quadPoint[1] / l, quadPoint[2] / l] };
}

/** Distance along the ray to the near side of a sphere, or null when the ray misses it. */
export function raySphere(ray: Ray, centre: V3, radius: number): number | null {
  const oc = sub(ray.origin, centre);
  const b = dot(oc, ray.dir);
  const h = b * b - (dot(oc, oc) - radius * radius);
  if (h < 0) return null;
  return -b - Math.sqrt(h);
}

/**
 * Near hit on the side of a cylinder from `a` to `b` (open ends: atoms cap them), after
 * Quílez's ray–capped-cylinder intersection (iquilezles.org, "intersectors"), as Mol*'s
 * cylinders.frag.ts uses it. `along` is 0 at `a` and 1 at `b`: the colour half.
 */
export function rayCylinder(
  ray: Ray,
  a: V3,
  b: V3,
  radius: number,
): { t: number; along: number } | null {
  const ba = sub(b, a);
  const oc = sub(ray.origin, a);
  const baba = dot(ba, ba);
  const bard = dot(ba, ray.dir);
  const baoc = dot(ba, oc);
  const k2 = baba - bard * bard;
  const k1 = baba * dot(oc, ray.dir) - baoc * bard;
  const k0 = baba * dot(oc, oc) - baoc * baoc - radius * radius * baba;
  const h = k1 * k1 - k2 * k0;
  if (h < 0 || k2 <= 0) return null;
  const t = (-k1 - Math.sqrt(h)) / k2;
  const y = baoc + t * bard;
  if (y < 0 || y > baba) return null;
  return { t, along: y / baba };
}

/**
 * Window depth in [0, 1] (the default depth range) of a view-space point: what the shader
 * writes to gl_FragDepth. `projection` is column-major, as three.js stores Matrix4.elements.
 */
export function fragDepth(p: V3, projection: ArrayLike<number>): number {
  const m = projection;
  const z = m[2] * p[0] + m[6] * p[1] + m[10] * p[2] + m[14];
  const w = m[3] * p[0] + m[7] * p[1] + m[11] * p[2] + m[15];
  return 0.5 * (z / w) + 0.5;
}

/**
 * Half-size of a square, centred on a sphere and facing the eye, that holds the sphere's
 * whole silhouette in perspective: the tangent cone from the eye (at distance d) cuts that
 * plane in a circle of radius r·d/√(d² − r²). Orthographic: r.
 */
export function billboardHalfSize(distance: number, radius: number, orthographic: boolean) {
  if (orthographic) return radius;
  return (radius * distance) / Math.sqrt(Math.max(distance * distance - radius * radius, 1e-12));
}

/**
 * Length of a bond's cylinder (radius r) hidden inside an end atom (radius R), measured from
 * the atom's centre along the axis: a side point at distance t from the centre is √(t² + r²)
 * from it, inside the sphere while t < √(R² − r²). The bond impostor's quad starts there.
 */
export function bondHiddenLength(atomRadius: number, bondRadius: number): number {
  return Math.sqrt(Math.max(atomRadius * atomRadius - bondRadius * bondRadius, 0));
}

/** A colour (0–1 per channel) as one float, as the impostor vertex shaders pack it. */
export function packRgb(c: V3): number {
  const q = c.map((x) => Math.floor(Math.min(Math.max(x, 0), 1) * 255 + 0.5));
  return Math.fround(q[0] * 65536 + q[1] * 256 + q[2]);
}

/** The fragment shaders' inverse of packRgb, in 32-bit float arithmetic as on the GPU. */
export function unpackRgb(p: number): V3 {
  const f = Math.fround;
  const r = Math.floor(f(p / 65536));
  const g = Math.floor(f(f(p - f(r * 65536)) / 256));
  const b = f(f(p - f(r * 65536)) - f(g * 256));
  return [f(r / 255), f(g / 255), f(b / 255)];
}
