/**
 * Registers the GLB maker while the view is mounted: it reads the frame on screen from the
 * scene graph, bakes real geometry and writes the file with code loaded only when asked.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { bakeScene, glbSphereSegments } from '../../export/glb-bake';
import { registerExporter } from '../../state/exporters';
import { useApp } from '../../state/store';
import { snapshotScene } from './glb-snapshot';

function aborted(signal: AbortSignal) {
  if (signal.aborted) throw new DOMException('GLB export cancelled', 'AbortError');
}

export function GlbExporter() {
  const get = useThree((s) => s.get);
  useEffect(
    () =>
      registerExporter('glb', async (_request, onProgress, signal) => {
        onProgress({ done: 0, total: 1 });
        const writer = import('./glb-write');
        const { scene, camera } = get();
        const s = useApp.getState();
        const guest = s.scenarioId ? s.loadedScenario?.guest.element : undefined;
        const name = s.scenarioId
          ? `${s.scenarioId} x=${(s.x ?? 0).toFixed(3)}`
          : (s.loaded?.crystal.name ?? 'structure');
        const collected = snapshotScene(scene, guest ? `guests-${guest}` : 'guests');
        const input = collected.result([16, 12]);
        const atoms = input.spheres.reduce((n, set) => n + set.radii.length, 0);
        input.sphereSegments = glbSphereSegments(atoms);
        aborted(signal);
        const meshes = bakeScene(input);
        const { writeGlb } = await writer;
        aborted(signal);
        const blob = await writeGlb(meshes, camera.quaternion, name);
        onProgress({ done: 1, total: 1 });
        return blob;
      }),
    [get],
  );
  return null;
}
