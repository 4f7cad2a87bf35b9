/**
 * An insertion scenario drawn and played: the host blends between keyframe positions, the
 * lattice follows x, guests slide in. Per frame this writes uniforms only; React re-renders
 * only when x crosses into another keyframe segment (the "from"/"to" buffers change).
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type * as THREE from 'three';
import { step } from '../insertion/playback';
import { frameAtShared } from '../state/frame-cache';
import type { LoadedScenario } from '../state/loaded-scenario';
import { useApp } from '../state/store';
import { tunnelsOf } from '../state/tunnel-labels';
import { AtomMeshes } from './AtomMeshes';
import { BondMesh } from './BondMesh';
import { GuestMesh } from './GuestMesh';
import { setLattice } from './gpu/lattice-uniforms';
import { PolyhedronMesh } from './PolyhedronMesh';
import { SelectionMarker } from './SelectionMarker';
import { TunnelLabels } from './TunnelLabels';
import { UnitCell } from './UnitCell';
import { useScenarioPick } from './useScenarioPick';
import { useSceneMaterials } from './useSceneMaterials';
import { useVoidOverlay, VoidOverlays } from './VoidOverlays';

const MAX_DT = 0.1; // s: a stalled tab must not jump the animation when it wakes

export function InsertionView({ scenario }: { scenario: LoadedScenario }) {
  const { path, hostScene, hostKeyframeFrac, guest } = scenario;
  const { uniforms, materials, settings, dark, invalidate } = useSceneMaterials(
    hostScene.atomCount + path.guests.count,
  );
  const tunnelLabels = useApp((s) => s.tunnelLabels);
  const tunnels = useApp((s) => tunnelsOf(s.tunnels, scenario.hostCrystal));

  const overlay = useVoidOverlay(path.supercell);
  const marker = useScenarioPick(scenario, uniforms, settings, overlay);

  const [segment, setSegment] = useState(
    () => frameAtShared(path, useApp.getState().x ?? path.xs[0]).segment,
  );

  useLayoutEffect(() => {
    materials.guest.uniforms.uRadius.value = guest.radius * settings.atomScale;
    (materials.guest.uniforms.uColor.value as THREE.Vector3).set(...guest.color);
    invalidate();
  }, [settings, materials, guest, invalidate]);

  // The frame loop: advance x when playing, then put the frame at x into the uniforms. Priority
  // −1 runs it before every other frame callback, so labels placed in theirs see this frame's
  // lattice, not the last one's.
  useFrame((_, delta) => {
    const s = useApp.getState();
    let x = s.x ?? path.xs[0];
    if (s.playing) {
      const span = Math.abs(path.xs[path.xs.length - 1] - path.xs[0]);
      const next = step(path, x, Math.min(delta, MAX_DT), s.speed * span, s.playMode);
      x = next.x;
      useApp.setState({ x, playing: next.playing });
      invalidate();
    }
    const frame = frameAtShared(path, x);
    setLattice(uniforms, frame.lattice.matrix, path.supercell);
    uniforms.uMix.value = frame.t;
    materials.guest.uniforms.uX.value = frame.x;
    if (frame.segment !== segment) setSegment(frame.segment);
  }, -1);

  // Outside the frame loop (scrubbing, keys, pressing play), a change asks for a frame; while
  // playing, the frame loop keeps asking by itself.
  useEffect(
    () =>
      useApp.subscribe((s, prev) => {
        if ((s.x !== prev.x && !s.playing) || (s.playing && !prev.playing)) invalidate();
      }),
    [invalidate],
  );

  const guestIons = useMemo(
    () => ({ frac: path.guests.frac[0], radius: guest.radius * settings.atomScale }),
    [path, guest, settings],
  );

  const from = hostKeyframeFrac[segment];
  const to = hostKeyframeFrac[segment + 1];
  return (
    <group name="insertion">
      <AtomMeshes model={hostScene} material={materials.atom} fracFrom={from} fracTo={to} />
      <BondMesh
        model={hostScene}
        material={materials.bond}
        mode={settings.bonds}
        outside={settings.outside}
        fracFrom={from}
        fracTo={to}
      />
      <PolyhedronMesh
        model={hostScene}
        faceMaterial={materials.face}
        edgeMaterial={materials.edge}
        visible={settings.polyhedra}
        fracFrom={from}
        fracTo={to}
      />
      <GuestMesh guests={path.guests} material={materials.guest} segment={segment} />
      <UnitCell uniforms={uniforms} material={materials.cell} dark={dark} ions={guestIons} />
      {tunnelLabels && tunnels.length > 0 && (
        <TunnelLabels
          tunnels={tunnels}
          supercell={path.supercell}
          uniforms={uniforms}
          namesOnly
          ions={guestIons}
        />
      )}
      <SelectionMarker place={marker.place} radius={marker.radius} dark={dark} />
      {overlay && (
        <VoidOverlays
          data={overlay}
          uniforms={uniforms}
          dark={dark}
          atomScale={settings.atomScale}
        />
      )}
    </group>
  );
}
