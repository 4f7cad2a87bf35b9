/**
 * Instanced two-coloured cylinders between two fractional positions. The base geometry is a
 * unit cylinder along +y from 0 to 1; the shader stretches it between the ends, so bonds
 * follow the lattice without any CPU work.
 */
import * as THREE from 'three';
import { LATTICE_GLSL, type LatticeUniforms, SHADING_GLSL } from './lattice-uniforms';

const vertexShader = /* glsl */ `
${LATTICE_GLSL}
attribute vec3 aFracA;
attribute vec3 aFracATo;
attribute vec3 aFracB;
attribute vec3 aFracBTo;
attribute vec3 aColorA;
attribute vec3 aColorB;
attribute float aVisible;
uniform float uBondRadius;
varying vec3 vNormal;
varying vec3 vColorA;
varying vec3 vColorB;
varying float vAlong;
varying vec3 vViewPos;
void main() {
  vec3 pa = toCartesian(mix(aFracA, aFracATo, uMix));
  vec3 pb = toCartesian(mix(aFracB, aFracBTo, uMix));
  vec3 d = pb - pa;
  float len = max(length(d), 1e-6);
  vec3 axis = d / len;
  vec3 helper = abs(axis.y) < 0.99 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  vec3 side = normalize(cross(helper, axis));
  // side × axis keeps the frame right-handed, so front faces stay front faces.
  vec3 up = cross(side, axis);
  float r = uBondRadius * aVisible;
  vec3 p = pa + side * (position.x * r) + axis * (position.y * len) + up * (position.z * r);
  vec4 mv = modelViewMatrix * vec4(p, 1.0);
  vNormal = normalize(normalMatrix * (side * normal.x + up * normal.z));
  vColorA = aColorA;
  vColorB = aColorB;
  vAlong = position.y;
  vViewPos = mv.xyz;
  gl_Position = projectionMatrix * mv;
}
`;

const fragmentShader = /* glsl */ `
${SHADING_GLSL}
varying vec3 vNormal;
varying vec3 vColorA;
varying vec3 vColorB;
varying float vAlong;
varying vec3 vViewPos;
void main() {
  vec3 base = vAlong < 0.5 ? vColorA : vColorB;
  gl_FragColor = vec4(shade(base, normalize(vNormal), vViewPos), 1.0);
}
`;

export function createBondMaterial(lattice: LatticeUniforms): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { ...lattice, uBondRadius: { value: 0.12 } },
    vertexShader,
    fragmentShader,
  });
}

/** Unit cylinder from y = 0 to y = 1, radius 1, open-ended (atoms cap the ends). */
export function createBondGeometry(): THREE.BufferGeometry {
  const g = new THREE.CylinderGeometry(1, 1, 1, 12, 1, true);
  g.translate(0, 0.5, 0);
  return g;
}
