/**
 * One pane's structure in the compare view: the single view's framework meshes, materials
 * and style (so the colours are the same) and the cell outline, but no picking and no DOM
 * labels — the panes share one canvas, and the pane's heading and table say what the labels
 * would.
 */
import type { Mat3 } from '../crystal/types';
import type { SceneModel } from '../state/scene-model';
import { FrameworkMeshes, useStructureMaterials } from './StructureMeshes';
import { UnitCell } from './UnitCell';

export function CompareStructure(props: { model: SceneModel; lattice: Mat3 }) {
  const { model, lattice } = props;
  const { uniforms, materials, settings, dark } = useStructureMaterials(model, lattice);
  return (
    <group name="structure">
      <FrameworkMeshes model={model} materials={materials} settings={settings} />
      <UnitCell uniforms={uniforms} material={materials.cell} dark={dark} labels={false} />
    </group>
  );
}
