/** A wire sphere around the selected atom, following the lattice like the atoms do. */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type * as THREE from 'three';

/**
 * `place(out)` writes where the selected atom is drawn now (it may move with x), or returns
 * false when nothing is selected.
 */
export function SelectionMarker(props: {
  place: ((out: THREE.Vector3) => boolean) | null;
  radius: number;
  dark: boolean;
}) {
  const { place, radius, dark } = props;
  const ref = useRef<THREE.Mesh>(null);
  useFrame(() => {
    if (ref.current && place) ref.current.visible = place(ref.current.position);
  });
  if (!place) return null;
  return (
    <mesh ref={ref} name="selection" scale={radius * 1.35 + 0.15} renderOrder={4}>
      <sphereGeometry args={[1, 16, 12]} />
      <meshBasicMaterial color={dark ? '#ffe14d' : '#0a7cff'} wireframe transparent opacity={0.9} />
    </mesh>
  );
}
