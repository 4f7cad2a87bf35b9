/**
 * Guest ions of an insertion scenario. Each instance knows the x window in which it slides in
 * (aStartX → aArriveX); the shader places it from x alone: absent before the window, sliding
 * along the entry axis from outside the crystal during it, on its site after it. So playing a
 * scenario costs one uniform per frame, whatever the number of ions.
 */
import * as THREE from 'three';
import { LATTICE_GLSL, type LatticeUniforms, SHADING_GLSL } from './lattice-uniforms';

const vertexShader = /* glsl */ `
${LATTICE_GLSL}
attribute vec3 aFrac;
attribute vec3 aFracTo;
attribute float aStartX;
attribute float aArriveX;
uniform float uX;
uniform vec3 uEntryMask;
uniform float uEntryCoord;
uniform float uRadius;
varying vec3 vNormal;
varying vec3 vViewPos;
void main() {
  vec3 site = mix(aFrac, aFracTo, uMix);
  float progress = uX >= aArriveX ? 1.0 : clamp((uX - aStartX) / max(aArriveX - aStartX, 1e-6), 0.0, 1.0);
  float along = mix(uEntryCoord, dot(site, uEntryMask), progress);
  vec3 frac = site * (vec3(1.0) - uEntryMask) + uEntryMask * along;
  float shown = progress > 0.0 ? 1.0 : 0.0;
  vec4 mv = modelViewMatrix * vec4(toCartesian(frac) + position * uRadius * shown, 1.0);
  vNormal = normalize(normalMatrix * normal);
  vViewPos = mv.xyz;
  gl_Position = projectionMatrix * mv;
}
`;

const fragmentShader = /* glsl */ `
${SHADING_GLSL}
uniform vec3 uColor;
varying vec3 vNormal;
varying vec3 vViewPos;
void main() {
  gl_FragColor = vec4(shade(uColor, normalize(vNormal), vViewPos), 1.0);
}
`;

export function createGuestMaterial(lattice: LatticeUniforms): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
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
}
