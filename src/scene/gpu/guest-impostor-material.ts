/**
 * Guest ions as impostors: placed from x exactly as guest-material.ts places its sphere
 * meshes (absent, sliding in along the entry axis, on site), drawn as one quad each with the
 * true sphere found per fragment (impostor-glsl.ts).
 */
import * as THREE from 'three';
import { IMPOSTOR_FRAG_GLSL, SPHERE_QUAD_GLSL } from './impostor-glsl';
import { LATTICE_GLSL, type LatticeUniforms, SHADING_GLSL } from './lattice-uniforms';

const vertexShader = /* glsl */ `
${LATTICE_GLSL}
${SPHERE_QUAD_GLSL}
attribute vec3 aFrac;
attribute vec3 aFracTo;
attribute float aStartX;
attribute float aArriveX;
uniform float uX;
uniform vec3 uEntryMask;
uniform float uEntryCoord;
uniform float uRadius;
varying vec3 vCentre;
varying float vRadius;
varying vec3 vQuad;
void main() {
  vec3 site = mix(aFrac, aFracTo, uMix);
  float progress = uX >= aArriveX ? 1.0 : clamp((uX - aStartX) / max(aArriveX - aStartX, 1e-6), 0.0, 1.0);
  float along = mix(uEntryCoord, dot(site, uEntryMask), progress);
  vec3 frac = site * (vec3(1.0) - uEntryMask) + uEntryMask * along;
  vRadius = progress > 0.0 ? uRadius : 0.0;
  vCentre = (modelViewMatrix * vec4(toCartesian(frac), 1.0)).xyz;
  vQuad = sphereQuadCorner(vCentre, vRadius, position.xy);
  gl_Position = projectionMatrix * vec4(vQuad, 1.0);
}
`;

const fragmentShader = /* glsl */ `
${SHADING_GLSL}
${IMPOSTOR_FRAG_GLSL}
uniform vec3 uColor;
varying vec3 vCentre;
varying float vRadius;
varying vec3 vQuad;
void main() {
  vec3 origin, dir, hit;
  viewRay(vQuad, origin, dir);
  float coverage = raySphere(origin, dir, vCentre, vRadius, hit);
  if (coverage < 0.5 || vRadius <= 0.0) discard;
  gl_FragDepth = depthOf(hit);
  gl_FragColor = vec4(shade(uColor, normalize(hit - vCentre), hit), 1.0);
}
`;

export function createGuestImpostorMaterial(lattice: LatticeUniforms): THREE.ShaderMaterial {
  const material = new THREE.ShaderMaterial({
    uniforms: {
      ...lattice,
      uX: { value: 0 },
      uEntryMask: { value: new THREE.Vector3(0, 0, 1) },
      uEntryCoord: { value: -1 },
      uRadius: { value: 1 },
      uColor: { value: new THREE.Vector3(0.5, 0.5, 0.5) },
    },
    vertexShader,
    fragmentShader,
  });
  material.userData.impostor = true;
  return material;
}
