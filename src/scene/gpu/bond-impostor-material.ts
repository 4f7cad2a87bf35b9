/**
 * Bonds as impostors: one quad per bond, lying along the bond and turned towards the eye,
 * wide enough for the cylinder's silhouette in perspective; the fragment shader finds the
 * true cylinder side (Quílez's ray–cylinder, as in Mol*'s cylinders.frag.ts; see
 * impostor-glsl.ts) and colours each half by its atom. Same per-bond attributes as the mesh
 * cylinders of bond-material.ts (gpu/item-geometry.ts lays them out for either drawing).
 * Open-ended like the meshes: the atoms at both ends cover the ends.
 *
 * The quad spans only the part of the bond outside both atoms: a point of the cylinder's
 * side at distance t along the axis from an atom of radius R lies inside that sphere while
 * t < √(R² − r²), and there it can never be seen. In α-MnO₂ ball-and-stick that is about
 * half of a Mn–O bond's length; every fragment of the quad runs the ray–cylinder test and
 * writes depth, so the depth test cannot reject the hidden ones early.
 */
import * as THREE from 'three';
import { IMPOSTOR_FRAG_GLSL, PACK_RGB_GLSL, UNPACK_RGB_GLSL } from './impostor-glsl';
import { LATTICE_GLSL, type LatticeUniforms, SHADING_GLSL } from './lattice-uniforms';

const vertexShader = /* glsl */ `
${LATTICE_GLSL}
${PACK_RGB_GLSL}
attribute vec3 aFracA;
attribute vec3 aFracATo;
attribute vec3 aFracB;
attribute vec3 aFracBTo;
attribute vec3 aColorA;
attribute vec3 aColorB;
attribute float aVisible;
/** The two end atoms' radii before the style's scale (uRadiusScale, as the atoms). */
attribute vec2 aEndRadii;
uniform float uBondRadius;
uniform float uRadiusScale;
varying vec3 vA;
varying vec3 vB;
varying float vRadius;
varying vec3 vQuad;
flat varying vec2 vColors;
void main() {
  vec3 a = (modelViewMatrix * vec4(toCartesian(mix(aFracA, aFracATo, uMix)), 1.0)).xyz;
  vec3 b = (modelViewMatrix * vec4(toCartesian(mix(aFracB, aFracBTo, uMix)), 1.0)).xyz;
  float r = uBondRadius * aVisible;
  vec3 axis = b - a;
  float len = max(length(axis), 1e-6);
  axis /= len;
  vec2 ends = aEndRadii * uRadiusScale;
  vec2 hidden = sqrt(max(ends * ends - vec2(r * r), 0.0));
  // Both atoms overlap along the whole bond: nothing of it shows.
  if (hidden.x + hidden.y >= len) r = 0.0;
  // position.x in [−1, 1] across the bond, position.y in [−1, 1] from the first visible
  // point to the last.
  float along = 0.5 * (position.y + 1.0);
  vec3 mid = mix(a + axis * hidden.x, b - axis * hidden.y, along);
  bool ortho = projectionMatrix[3][3] > 0.5;
  vec3 toEye = ortho ? vec3(0.0, 0.0, 1.0) : normalize(-mid);
  vec3 side = cross(axis, toEye);
  side = length(side) > 1e-4 ? normalize(side) : normalize(cross(axis, vec3(0.0, 1.0, 0.0)));
  float d = length(mid);
  float wide = ortho ? r : r * d / sqrt(max(d * d - r * r, 1e-12));
  vQuad = mid + side * (position.x * wide * 1.06) + axis * (position.y * r);
  vA = a;
  vB = b;
  vRadius = r;
  vColors = vec2(packRgb(aColorA), packRgb(aColorB));
  gl_Position = projectionMatrix * vec4(vQuad, 1.0);
}
`;

const fragmentShader = /* glsl */ `
${SHADING_GLSL}
${IMPOSTOR_FRAG_GLSL}
${UNPACK_RGB_GLSL}
varying vec3 vA;
varying vec3 vB;
varying float vRadius;
varying vec3 vQuad;
flat varying vec2 vColors;
void main() {
  vec3 origin, dir;
  viewRay(vQuad, origin, dir);
  vec3 ba = vB - vA;
  vec3 oc = origin - vA;
  float baba = dot(ba, ba);
  float bard = dot(ba, dir);
  float baoc = dot(ba, oc);
  float k2 = baba - bard * bard;
  float k1 = baba * dot(oc, dir) - baoc * bard;
  float k0 = baba * dot(oc, oc) - baoc * baoc - vRadius * vRadius * baba;
  float h = k1 * k1 - k2 * k0;
  if (h < 0.0 || k2 <= 0.0 || vRadius <= 0.0) discard;
  float t = (-k1 - sqrt(h)) / k2;
  float y = baoc + t * bard;
  if (y < 0.0 || y > baba) discard;
  vec3 hit = origin + dir * t;
  vec3 n = (oc + t * dir - ba * (y / baba)) / vRadius;
  gl_FragDepth = depthOf(hit);
  gl_FragColor = vec4(shade(unpackRgb(y < 0.5 * baba ? vColors.x : vColors.y), normalize(n), hit), 1.0);
}
`;

export function createBondImpostorMaterial(lattice: LatticeUniforms): THREE.ShaderMaterial {
  const material = new THREE.ShaderMaterial({
    uniforms: { ...lattice, uBondRadius: { value: 0.12 }, uRadiusScale: { value: 1 } },
    vertexShader,
    fragmentShader,
  });
  material.userData.impostor = true;
  return material;
}
