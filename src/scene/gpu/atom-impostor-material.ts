/**
 * Atoms as impostors: the same per-instance attributes as the instanced sphere meshes of
 * atom-material.ts (fractional positions, colour, radius, flags, sectors), on a quad instead of
 * a sphere mesh: 4 vertices per atom instead of hundreds. The fragment shader finds the true
 * sphere, so silhouettes are round at any zoom; sectors of mixed and partly occupied sites are
 * chosen from the hit normal exactly as on the meshes.
 */
import * as THREE from 'three';
import {
  IMPOSTOR_FRAG_GLSL,
  PACK_RGB_GLSL,
  SPHERE_QUAD_GLSL,
  UNPACK_RGB_GLSL,
} from './impostor-glsl';
import { LATTICE_GLSL, type LatticeUniforms, SHADING_GLSL } from './lattice-uniforms';

const vertexShader = /* glsl */ `
${LATTICE_GLSL}
${SPHERE_QUAD_GLSL}
${PACK_RGB_GLSL}
attribute vec3 aFrac;
attribute vec3 aFracTo;
attribute vec3 aColor;
attribute float aRadius;
attribute float aFlags;
attribute float aVisible;
attribute vec2 aSplit;
attribute vec3 aColor2;
uniform float uRadiusScale;
varying vec3 vCentre;
varying float vRadius;
varying vec3 vQuad;
flat varying vec2 vColors;
varying vec2 vSplit;
void main() {
  float shown = aVisible * ((aFlags > 0.5 && uShowOutside < 0.5) ? 0.0 : 1.0);
  vec4 centre = modelViewMatrix * vec4(toCartesian(mix(aFrac, aFracTo, uMix)), 1.0);
  vRadius = aRadius * uRadiusScale * shown;
  vCentre = centre.xyz;
  vQuad = sphereQuadCorner(centre.xyz, vRadius, position.xy);
  vColors = vec2(packRgb(aColor), packRgb(aColor2));
  vSplit = aSplit;
  gl_Position = projectionMatrix * vec4(vQuad, 1.0);
}
`;

const fragmentShader = /* glsl */ `
${SHADING_GLSL}
${IMPOSTOR_FRAG_GLSL}
${UNPACK_RGB_GLSL}
varying vec3 vCentre;
varying float vRadius;
varying vec3 vQuad;
flat varying vec2 vColors;
varying vec2 vSplit;
const vec3 VACANT = vec3(1.0);
void main() {
  vec3 origin, dir, hit;
  viewRay(vQuad, origin, dir);
  float coverage = raySphere(origin, dir, vCentre, vRadius, hit);
  if (coverage < 0.5 || vRadius <= 0.0) discard;
  vec3 n = normalize(hit - vCentre);
  vec3 base = unpackRgb(vColors.x);
  if (vSplit.x < 0.999) {
    // Turn from 12 o'clock, clockwise as seen on screen, as a fraction of a full turn.
    float turn = fract(atan(n.x, n.y) / 6.28318531 + 1.0);
    base = turn < vSplit.x ? base : (turn < vSplit.y ? unpackRgb(vColors.y) : VACANT);
  }
  gl_FragDepth = depthOf(hit);
  gl_FragColor = vec4(shade(base, n, hit), 1.0);
}
`;

export function createAtomImpostorMaterial(lattice: LatticeUniforms): THREE.ShaderMaterial {
  const material = new THREE.ShaderMaterial({
    uniforms: { ...lattice, uRadiusScale: { value: 1 } },
    vertexShader,
    fragmentShader,
  });
  material.userData.impostor = true;
  return material;
}
