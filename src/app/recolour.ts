/**
 * A palette change recolours what is on screen without reading or building anything again:
 * the scene model is re-derived from the core model already held (linear, a few ms).
 */
import { atomicNumber } from '../crystal/elements';
import { type Palette, paletteColourHex } from '../crystal/palettes';
import type { LoadedScenario } from '../state/loaded-scenario';
import type { LoadedStructure } from '../state/loaded-structure';
import { hexToRgb } from '../state/scene-model';
import { toSceneModel } from './scene-model-from-core';

let counter = 0;

export function recolourStructure(loaded: LoadedStructure, palette: Palette): LoadedStructure {
  return {
    ...loaded,
    key: `${loaded.key.replace(/~.*$/, '')}~${++counter}`,
    scene: toSceneModel(loaded.crystal, loaded.model, loaded.scene.supercell, palette),
  };
}

export function recolourScenario(scenario: LoadedScenario, palette: Palette): LoadedScenario {
  const { hostCrystal, hostModel, hostScene, guest } = scenario;
  return {
    ...scenario,
    key: `${scenario.key.replace(/~.*$/, '')}~${++counter}`,
    hostScene: toSceneModel(hostCrystal, hostModel, hostScene.supercell, palette),
    guest: { ...guest, color: hexToRgb(paletteColourHex(atomicNumber(guest.element), palette)) },
  };
}
