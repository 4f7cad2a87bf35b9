/** A wire sphere around the selected atom, following the lattice like the atoms do. */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import * as THREE from 'three';
import type { LatticeUniforms } from './gpu/lattice-uniforms';
import { atomCentre } from './picking';
import type { SceneModel } from './scene-model';

const scratch = new THREE.Vector3();

export function SelectionMarker(props: {
  model: SceneModel;
  uniforms: LatticeUniforms;
  atom: number | null;
  radius: number;
  dark: boolean;
}) {
  const { model, uniforms, atom, radius, dark } = props;
  const ref = useRef<THREE.Mesh>(null);
  useFrame(() => {
    if (ref.current && atom !== null)
      ref.current.position.copy(atomCentre(model, uniforms, atom, scratch));
  });
  if (atom === null || atom >= model.atomCount) return null;
  return (
    <mesh ref={ref} name="selection" scale={radius * 1.35 + 0.15} renderOrder={4}>
      <sphereGeometry args={[1, 16, 12]} />
      <meshBasicMaterial color={dark ? '#ffe14d' : '#0a7cff'} wireframe transparent opacity={0.9} />
    </mesh>
  );
}
