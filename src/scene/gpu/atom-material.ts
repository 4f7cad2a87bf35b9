/**
 * Instanced spheres positioned from fractional coordinates. Per-instance attributes:
 * aFrac / aFracTo (positions at the two ends of the current interpolation), aColor,
 * aRadius (Å) and aFlags (1 = outside the cell, drawn only to complete polyhedra).
 * aAppear lets an instance show only within a window of uMix-independent "visibility"
 * (1 = drawn, 0 = hidden): the insertion view uses it for guests that have not arrived.
 */
import * as THREE from 'three';
import { LATTICE_GLSL, type LatticeUniforms, SHADING_GLSL } from './lattice-uniforms';

const vertexShader = /* glsl */ `
${LATTICE_GLSL}
attribute vec3 aFrac;
attribute vec3 aFracTo;
attribute vec3 aColor;
attribute float aRadius;
attribute float aFlags;
attribute float aVisible;
uniform float uRadiusScale;
varying vec3 vNormal;
varying vec3 vColor;
varying vec3 vViewPos;
void main() {
  float shown = aVisible * ((aFlags > 0.5 && uShowOutside < 0.5) ? 0.0 : 1.0);
  vec3 centre = toCartesian(mix(aFrac, aFracTo, uMix));
  vec3 p = centre + position * (aRadius * uRadiusScale * shown);
  vec4 mv = modelViewMatrix * vec4(p, 1.0);
  vNormal = normalize(normalMatrix * normal);
  vColor = aColor;
  vViewPos = mv.xyz;
  gl_Position = projectionMatrix * mv;
}
`;

const fragmentShader = /* glsl */ `
${SHADING_GLSL}
varying vec3 vNormal;
varying vec3 vColor;
varying vec3 vViewPos;
void main() {
  gl_FragColor = vec4(shade(vColor, normalize(vNormal), vViewPos), 1.0);
}
`;

export function createAtomMaterial(lattice: LatticeUniforms): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { ...lattice, uRadiusScale: { value: 1 } },
    vertexShader,
    fragmentShader,
  });
}
