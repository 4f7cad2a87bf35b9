/**
 * Uniforms shared by every lattice-aware material. Geometry is stored in fractional
 * coordinates and turned into Cartesian ones on the GPU, so a change of lattice (the cell
 * breathing as ions enter) costs one uniform update, not a pass over every atom.
 */
import * as THREE from 'three';
import type { Mat3 } from '../../crystal/types';

export interface LatticeUniforms {
  /** Columns are the lattice vectors a, b, c (Å). */
  uLattice: { value: THREE.Matrix3 };
  /** Cartesian point subtracted from every position so the drawn block is centred at 0. */
  uOffset: { value: THREE.Vector3 };
  /** Blend between the "from" and "to" fractional positions (keyframe interpolation). */
  uMix: { value: number };
  /** 1 shows atoms flagged as outside the cell (ligands completing a polyhedron). */
  uShowOutside: { value: number };
}

export function createLatticeUniforms(): LatticeUniforms {
  return {
    uLattice: { value: new THREE.Matrix3() },
    uOffset: { value: new THREE.Vector3() },
    uMix: { value: 0 },
    uShowOutside: { value: 1 },
  };
}

/**
 * Writes a row-major lattice (rows a, b, c) into the uniform as columns, so that in GLSL
 * `uLattice * frac` = frac.x·a + frac.y·b + frac.z·c.
 */
export function setLattice(
  uniforms: LatticeUniforms,
  m: Mat3,
  supercell: [number, number, number],
) {
  // Matrix3.set takes row-major arguments; column j of the GLSL matrix is lattice row j.
  uniforms.uLattice.value.set(m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]);
  const [na, nb, nc] = supercell;
  uniforms.uOffset.value.set(
    (na * m[0] + nb * m[3] + nc * m[6]) / 2,
    (na * m[1] + nb * m[4] + nc * m[7]) / 2,
    (na * m[2] + nb * m[5] + nc * m[8]) / 2,
  );
}

/** GLSL shared by the vertex shaders: fractional → centred Cartesian. */
export const LATTICE_GLSL = /* glsl */ `
uniform mat3 uLattice;
uniform vec3 uOffset;
uniform float uMix;
uniform float uShowOutside;
vec3 toCartesian(vec3 frac) { return uLattice * frac - uOffset; }
`;

/** Headlight shading (light from the viewer) so every view direction is lit the same way. */
export const SHADING_GLSL = /* glsl */ `
vec3 shade(vec3 base, vec3 n, vec3 viewPos) {
  vec3 l = normalize(vec3(0.35, 0.45, 1.0));
  vec3 v = normalize(-viewPos);
  float diffuse = max(dot(n, l), 0.0);
  float spec = pow(max(dot(n, normalize(l + v)), 0.0), 40.0);
  return base * (0.38 + 0.66 * diffuse) + vec3(0.22) * spec;
}
`;
