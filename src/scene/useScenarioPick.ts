/**
 * Click-to-inspect during a scenario: picks host atoms and guest ions where they are drawn at
 * the current x, and gives the selection marker a way to follow the picked atom as x moves.
 */
import { useCallback, useMemo } from 'react';
import type * as THREE from 'three';
import type { Frame } from '../insertion/frame';
import { frameAtShared } from '../state/frame-cache';
import type { LoadedScenario } from '../state/loaded-scenario';
import { atomShown } from '../state/scene-model';
import { useApp } from '../state/store';
import type { LatticeUniforms } from './gpu/lattice-uniforms';
import { fracCentre, pickSphere } from './picking';
import type { StyleSettings } from './style-settings';
import { usePointerPick } from './usePointerPick';
import { type OverlayData, pickOverlaySite, selectOverlaySite } from './VoidOverlays';

const guestFrac = new Float32Array(3);

/** Where guest g is drawn at this frame (the shader's rule, for one ion), in supercell units. */
function guestPosition(scenario: LoadedScenario, frame: Frame, g: number): Float32Array {
  const { guests } = scenario.path;
  const from = guests.frac[frame.segment];
  const to = guests.frac[frame.segment + 1];
  for (let d = 0; d < 3; d++)
    guestFrac[d] = from[3 * g + d] + frame.t * (to[3 * g + d] - from[3 * g + d]);
  const axis = guests.entryAxis;
  guestFrac[axis] =
    guests.entryCoord + frame.guestProgress(g) * (guestFrac[axis] - guests.entryCoord);
  return guestFrac;
}

export function useScenarioPick(
  scenario: LoadedScenario,
  uniforms: LatticeUniforms,
  settings: StyleSettings,
  overlay: OverlayData | null = null,
) {
  const { path, hostScene, hostKeyframeFrac, guest } = scenario;
  const selection = useApp((s) => s.selection);
  const frameNow = useCallback(
    () => frameAtShared(path, useApp.getState().x ?? path.xs[0]),
    [path],
  );

  const pick = useCallback(
    (ray: THREE.Ray) => {
      const frame = frameNow();
      const from = hostKeyframeFrac[frame.segment];
      const to = hostKeyframeFrac[frame.segment + 1];
      const host = pickSphere(
        ray,
        hostScene.atomCount,
        (i, out) => {
          if (!atomShown(hostScene.outside[i], settings.outside ? 'polyhedral' : 'other'))
            return false;
          fracCentre(uniforms, from, i, out, to, frame.t);
          return true;
        },
        (i) => hostScene.groups[hostScene.group[i]].radius * settings.atomScale,
      );
      const ion = pickSphere(
        ray,
        path.guests.count,
        (g, out) => {
          if (frame.guestProgress(g) <= 0) return false;
          fracCentre(uniforms, guestPosition(scenario, frame, g), 0, out);
          return true;
        },
        () => guest.radius * settings.atomScale,
      );
      const best =
        ion && (!host || ion.distance < host.distance)
          ? { atom: ion.index, guest: true }
          : host
            ? { atom: host.index }
            : null;
      // A site sphere in front of every atom and ion is the pick (the Sites & channels panel).
      const site = pickOverlaySite(ray, overlay, uniforms);
      const nearest = Math.min(host?.distance ?? Infinity, ion?.distance ?? Infinity);
      if (overlay && site && site.distance < nearest) {
        useApp.getState().select(null);
        selectOverlaySite(overlay, site.index);
      } else useApp.getState().select(best);
    },
    [frameNow, hostKeyframeFrac, hostScene, path, scenario, settings, uniforms, guest, overlay],
  );
  usePointerPick(pick);

  const place = useMemo(() => {
    if (!selection) return null;
    const { atom } = selection;
    if (selection.guest)
      return atom < path.guests.count
        ? (out: THREE.Vector3) => {
            const frame = frameNow();
            fracCentre(uniforms, guestPosition(scenario, frame, atom), 0, out);
            return frame.guestProgress(atom) > 0;
          }
        : null;
    return atom < hostScene.atomCount
      ? (out: THREE.Vector3) => {
          const frame = frameNow();
          fracCentre(
            uniforms,
            hostKeyframeFrac[frame.segment],
            atom,
            out,
            hostKeyframeFrac[frame.segment + 1],
            frame.t,
          );
          return true;
        }
      : null;
  }, [selection, path, hostScene, hostKeyframeFrac, scenario, uniforms, frameNow]);

  const radius = !selection
    ? 0
    : (selection.guest
        ? guest.radius
        : (hostScene.groups[hostScene.group[selection.atom]]?.radius ?? 1)) * settings.atomScale;
  return { place, radius };
}
