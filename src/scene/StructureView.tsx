/**
 * Everything drawn for one structure: atoms, bonds, polyhedra, the cell. Owns the lattice
 * uniforms and the materials; styles switch visibility and uniforms, never rebuild geometry.
 */
import { useCallback, useMemo } from 'react';
import type * as THREE from 'three';
import type { TunnelSize } from '../crystal/tunnels';
import type { Mat3 } from '../crystal/types';
import { alkaliIons, type SceneModel } from '../state/scene-model';
import { useApp } from '../state/store';
import { atomCentre, pickAtom } from './picking';
import { SelectionMarker } from './SelectionMarker';
import { FrameworkMeshes, useStructureMaterials } from './StructureMeshes';
import { TunnelLabels } from './TunnelLabels';
import { UnitCell } from './UnitCell';
import { usePointerPick } from './usePointerPick';
import { pickOverlaySite, selectOverlaySite, useVoidOverlay, VoidOverlays } from './VoidOverlays';

export function StructureView(props: {
  model: SceneModel;
  lattice: Mat3;
  tunnels: readonly TunnelSize[];
}) {
  const { model, lattice, tunnels } = props;
  const selection = useApp((s) => s.selection);
  const tunnelLabels = useApp((s) => s.tunnelLabels);
  const { uniforms, materials, settings, dark, invalidate } = useStructureMaterials(model, lattice);

  const overlay = useVoidOverlay(model.supercell);
  const pick = useCallback(
    (ray: THREE.Ray) => {
      // A site sphere in front of any atom wins (they sit in the open space between atoms).
      const site = pickOverlaySite(ray, overlay, uniforms);
      const atom = pickAtom(
        ray,
        model,
        uniforms,
        settings.atomScale,
        settings.outside,
        site?.distance,
      );
      useApp.getState().select(atom === null ? null : { atom });
      if (overlay && site && atom === null) selectOverlaySite(overlay, site.index);
      invalidate();
    },
    [model, uniforms, settings, invalidate, overlay],
  );
  usePointerPick(pick);

  const alkali = useMemo(() => alkaliIons(model), [model]);
  const ionsDrawn = useMemo(
    () => ({ frac: alkali.frac, radius: alkali.radius * settings.atomScale }),
    [alkali, settings],
  );

  const selected =
    selection && !selection.guest && selection.atom < model.atomCount ? selection.atom : null;
  const selectedRadius =
    selected === null ? 0 : model.groups[model.group[selected]].radius * settings.atomScale;
  const place = useMemo(
    () =>
      selected === null
        ? null
        : (out: THREE.Vector3) => {
            atomCentre(model, uniforms, selected, out);
            return true;
          },
    [selected, model, uniforms],
  );

  return (
    <group name="structure">
      <FrameworkMeshes model={model} materials={materials} settings={settings} />
      <UnitCell uniforms={uniforms} material={materials.cell} dark={dark} ions={ionsDrawn} />
      <SelectionMarker place={place} radius={selectedRadius} dark={dark} />
      {overlay && (
        <VoidOverlays
          data={overlay}
          uniforms={uniforms}
          dark={dark}
          atomScale={settings.atomScale}
        />
      )}
      {tunnelLabels && tunnels.length > 0 && (
        <TunnelLabels
          tunnels={tunnels}
          supercell={model.supercell}
          uniforms={uniforms}
          ions={ionsDrawn}
          atoms={model}
        />
      )}
    </group>
  );
}
