/**
 * Instanced spheres positioned from fractional coordinates. Per-instance attributes:
 * aFrac / aFracTo (positions at the two ends of the current interpolation), aColor,
 * aRadius (Å) and aFlags (1 = outside the cell, drawn only to complete polyhedra; 2 = a ligand
 * with no drawn centre, hidden with the polyhedra).
 * aSplit / aColor2 share the sphere among a site's species the way VESTA does: sectors
 * clockwise from 12 o'clock in screen space, majority species (aColor) first, then the second
 * species, then white for the vacant part of a partly occupied site.
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
attribute vec2 aSplit;
attribute vec3 aColor2;
uniform float uRadiusScale;
varying vec3 vNormal;
varying vec3 vColor;
varying vec3 vColor2;
varying vec2 vSplit;
varying vec3 vViewPos;
void main() {
  // aFlags 1: a ligand beyond the block (shown with polyhedra); 2: a ligand with no drawn
  // centre (hidden with polyhedra). uShowOutside is 1 in the polyhedral style.
  float hidden = aFlags > 1.5 ? uShowOutside : (aFlags > 0.5 ? 1.0 - uShowOutside : 0.0);
  float shown = aVisible * (1.0 - hidden);
  vec3 centre = toCartesian(mix(aFrac, aFracTo, uMix));
  vec3 p = centre + position * (aRadius * uRadiusScale * shown);
  vec4 mv = modelViewMatrix * vec4(p, 1.0);
  vNormal = normalize(normalMatrix * normal);
  vColor = aColor;
  vColor2 = aColor2;
  vSplit = aSplit;
  vViewPos = mv.xyz;
  gl_Position = projectionMatrix * mv;
}
`;

const fragmentShader = /* glsl */ `
${SHADING_GLSL}
varying vec3 vNormal;
varying vec3 vColor;
varying vec3 vColor2;
varying vec2 vSplit;
varying vec3 vViewPos;
const vec3 VACANT = vec3(1.0);
void main() {
  vec3 n = normalize(vNormal);
  vec3 base = vColor;
  if (vSplit.x < 0.999) {
    // Turn from 12 o'clock, clockwise as seen on screen, as a fraction of a full turn.
    float turn = fract(atan(n.x, n.y) / 6.28318531 + 1.0);
    base = turn < vSplit.x ? vColor : (turn < vSplit.y ? vColor2 : VACANT);
  }
  gl_FragColor = vec4(shade(base, n, vViewPos), 1.0);
}
`;

export function createAtomMaterial(lattice: LatticeUniforms): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { ...lattice, uRadiusScale: { value: 1 } },
    vertexShader,
    fragmentShader,
  });
}
