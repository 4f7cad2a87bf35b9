/**
 * GLSL shared by the impostor materials: atoms, guests and bonds are each one quad, and the
 * fragment shader casts the view ray onto the true sphere or cylinder, shades the hit and
 * writes its depth, so impostors cut through each other and through polyhedra exactly.
 *
 * The method is the one Mol* uses (molstar/molstar, src/mol-gl/shader/spheres.vert.ts,
 * spheres.frag.ts, cylinders.vert.ts, cylinders.frag.ts: a screen-facing quad per sphere,
 * ray–sphere and Quílez's ray–cylinder in view space, depth from the projected hit). Our quad
 * is simpler: a square facing the eye that holds the tangent cone of the sphere. The same
 * maths in TypeScript, with tests, is impostor-math.ts.
 *
 * Works for both projections: three's projectionMatrix has [3][3] = 1 only when orthographic.
 */

/** Vertex side: place a quad corner (`corner` in [−1, 1]²) of a sphere given in view space. */
export const SPHERE_QUAD_GLSL = /* glsl */ `
bool isOrtho() { return projectionMatrix[3][3] > 0.5; }
// 6 % beyond the silhouette leaves room for the antialiased edge's outer half pixel.
const float QUAD_MARGIN = 1.06;
vec3 sphereQuadCorner(vec3 centre, float r, vec2 corner) {
  if (isOrtho()) return centre + vec3(corner * (r * QUAD_MARGIN), r);
  float d = length(centre);
  float halfSize = QUAD_MARGIN * r * d / sqrt(max(d * d - r * r, 1e-12));
  vec3 w = centre / d;
  vec3 helper = abs(w.y) < 0.99 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  vec3 u = normalize(cross(helper, w));
  vec3 v = cross(w, u);
  return centre + (u * corner.x + v * corner.y) * halfSize;
}
`;

/** Fragment side: the ray through this fragment, the sphere hit and the depth to write. */
export const IMPOSTOR_FRAG_GLSL = /* glsl */ `
uniform mat4 projectionMatrix;
bool isOrtho() { return projectionMatrix[3][3] > 0.5; }
void viewRay(vec3 quadPoint, out vec3 origin, out vec3 dir) {
  if (isOrtho()) { origin = vec3(quadPoint.xy, 0.0); dir = vec3(0.0, 0.0, -1.0); }
  else { origin = vec3(0.0); dir = normalize(quadPoint); }
}
float depthOf(vec3 p) {
  vec4 clip = projectionMatrix * vec4(p, 1.0);
  return 0.5 * (clip.z / clip.w) + 0.5;
}
/**
 * Near hit of the ray on a sphere. Returns the pixel's coverage by the silhouette (1 inside,
 * falling to 0 over about one pixel): drawing where it is at least 0.5 puts the edge where a
 * mesh's rasterised edge would be. A ray just outside gets the silhouette point.
 */
float raySphere(vec3 origin, vec3 dir, vec3 centre, float r, out vec3 hit) {
  vec3 oc = origin - centre;
  float b = dot(oc, dir);
  float h = b * b - (dot(oc, oc) - r * r);
  float miss = sqrt(max(dot(oc, oc) - b * b, 0.0));
  float coverage = clamp((r - miss) / max(fwidth(miss), 1e-6) + 0.5, 0.0, 1.0);
  hit = origin + dir * (-b - sqrt(max(h, 0.0)));
  return coverage;
}
`;

/**
 * Two colours in two floats, for the impostors' varyings: SwiftShader's cost per triangle
 * grows with the varyings it sets up, and the colours were 6 of an impostor's 15–16 (dropping
 * them took a 95k-atom frame from 0.62 to 0.43 s). 8 bits per channel fit a float's 24-bit
 * mantissa exactly; the varyings are flat, so no interpolation can blur the packed integer.
 */
export const PACK_RGB_GLSL = /* glsl */ `
float packRgb(vec3 c) {
  vec3 q = floor(clamp(c, 0.0, 1.0) * 255.0 + 0.5);
  return q.r * 65536.0 + q.g * 256.0 + q.b;
}
`;
export const UNPACK_RGB_GLSL = /* glsl */ `
vec3 unpackRgb(float p) {
  float r = floor(p / 65536.0);
  float g = floor((p - r * 65536.0) / 256.0);
  return vec3(r, g, p - r * 65536.0 - g * 256.0) / 255.0;
}
`;
