/**
 * Polyhedron faces (translucent, flat-shaded) and edges, both from per-vertex fractional
 * coordinates. The face normal is taken from screen-space derivatives so no normals need
 * updating when the lattice changes.
 */
import * as THREE from 'three';
import { LATTICE_GLSL, type LatticeUniforms, SHADING_GLSL } from './lattice-uniforms';

const faceVertex = /* glsl */ `
${LATTICE_GLSL}
attribute vec3 aFrac;
attribute vec3 aFracTo;
attribute vec3 aColor;
varying vec3 vColor;
varying vec3 vViewPos;
void main() {
  vec4 mv = modelViewMatrix * vec4(toCartesian(mix(aFrac, aFracTo, uMix)), 1.0);
  vColor = aColor;
  vViewPos = mv.xyz;
  gl_Position = projectionMatrix * mv;
}
`;

const faceFragment = /* glsl */ `
${SHADING_GLSL}
uniform float uOpacity;
varying vec3 vColor;
varying vec3 vViewPos;
void main() {
  vec3 n = normalize(cross(dFdx(vViewPos), dFdy(vViewPos)));
  if (!gl_FrontFacing) n = -n;
  if (n.z < 0.0) n = -n;
  gl_FragColor = vec4(shade(vColor, n, vViewPos), uOpacity);
}
`;

const edgeVertex = /* glsl */ `
${LATTICE_GLSL}
attribute vec3 aFrac;
attribute vec3 aFracTo;
void main() {
  gl_Position = projectionMatrix * modelViewMatrix * vec4(toCartesian(mix(aFrac, aFracTo, uMix)), 1.0);
}
`;

const edgeFragment = /* glsl */ `
uniform vec3 uColor;
uniform float uOpacity;
void main() { gl_FragColor = vec4(uColor, uOpacity); }
`;

export function createFaceMaterial(lattice: LatticeUniforms): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { ...lattice, uOpacity: { value: 0.62 } },
    vertexShader: faceVertex,
    fragmentShader: faceFragment,
    transparent: true,
    depthWrite: false,
    side: THREE.DoubleSide,
  });
}

/** `rgb` is sRGB in 0–1, written to the screen as is (like every colour in these shaders). */
export function createEdgeMaterial(
  lattice: LatticeUniforms,
  rgb: [number, number, number],
  opacity = 0.9,
): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: {
      ...lattice,
      uColor: { value: new THREE.Vector3(...rgb) },
      uOpacity: { value: opacity },
    },
    vertexShader: edgeVertex,
    fragmentShader: edgeFragment,
    transparent: opacity < 1,
  });
}
