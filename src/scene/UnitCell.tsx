/** The outline of the origin unit cell, with a, b, c labelled at the ends of the edges. */
import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { LatticeUniforms } from './gpu/lattice-uniforms';

// The 12 edges of the unit cube in fractional coordinates.
const CORNERS = [
  [0, 0, 0, 1, 0, 0], [0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1],
  [1, 0, 0, 1, 1, 0], [1, 0, 0, 1, 0, 1], [0, 1, 0, 1, 1, 0],
  [0, 1, 0, 0, 1, 1], [0, 0, 1, 1, 0, 1], [0, 0, 1, 0, 1, 1],
  [1, 1, 0, 1, 1, 1], [1, 0, 1, 1, 1, 1], [0, 1, 1, 1, 1, 1],
].flat(); // biome-ignore format: one edge per row

const AXES: { name: 'a' | 'b' | 'c'; frac: [number, number, number]; color: string }[] = [
  { name: 'a', frac: [1.07, 0, 0], color: '#c0392b' },
  { name: 'b', frac: [0, 1.07, 0], color: '#1e8449' },
  { name: 'c', frac: [0, 0, 1.07], color: '#1f4e9c' },
];

const scratch = new THREE.Vector3();

export function UnitCell(props: {
  uniforms: LatticeUniforms;
  material: THREE.Material;
  dark: boolean;
}) {
  const { uniforms, material, dark } = props;
  const lines = useMemo(() => {
    const g = new THREE.BufferGeometry();
    const attr = new THREE.BufferAttribute(new Float32Array(CORNERS), 3);
    g.setAttribute('position', attr);
    g.setAttribute('aFrac', attr);
    g.setAttribute('aFracTo', attr);
    const l = new THREE.LineSegments(g, material);
    l.frustumCulled = false;
    l.name = 'unit-cell';
    return l;
  }, [material]);
  const labels = useRef<(THREE.Group | null)[]>([]);

  // Labels follow the lattice uniform, which may change every frame during an animation.
  // Html places itself from the group's position in its own frame callback, so a move asks
  // for one more frame (the demand frameloop would otherwise leave the label behind).
  useFrame(({ invalidate }) => {
    AXES.forEach((axis, k) => {
      const g = labels.current[k];
      if (!g) return;
      scratch
        .set(...axis.frac)
        .applyMatrix3(uniforms.uLattice.value)
        .sub(uniforms.uOffset.value);
      if (!g.position.equals(scratch)) {
        g.position.copy(scratch);
        invalidate();
      }
    });
  });

  return (
    <group name="unit-cell-group">
      <primitive object={lines} />
      {AXES.map((axis, k) => (
        <group
          key={axis.name}
          ref={(g) => {
            labels.current[k] = g;
          }}
        >
          <Html
            center
            className="axis-label"
            style={{ color: dark ? lighten(axis.color) : axis.color }}
          >
            {axis.name}
          </Html>
        </group>
      ))}
    </group>
  );
}

function lighten(hex: string): string {
  const c = new THREE.Color(hex).lerp(new THREE.Color('#ffffff'), 0.45);
  return `#${c.getHexString()}`;
}
