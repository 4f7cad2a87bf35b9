/**
 * Scenario text + keyframe CIFs → what the insertion view draws. The host of the first
 * keyframe is built as an ordinary structure model (bonds, polyhedra, completed ligands);
 * each drawn atom then gets its position in every keyframe from the core's tracked path,
 * so the GPU can blend any two keyframes with one uniform.
 */
import { atomicNumber, atomRadius } from '../crystal/elements';
import { expandCell } from '../crystal/expand';
import { buildModel } from '../crystal/model';
import { DEFAULT_PALETTE, type Palette, paletteColourHex } from '../crystal/palettes';
import { fail, ok, type Result } from '../crystal/result';
import { fitSupercell } from '../crystal/supercell-fit';
import type { Crystal } from '../crystal/types';
import type { LoadedScenario as CoreScenario } from '../insertion/load';
import { buildInsertionPath } from '../insertion/path';
import type { InsertionPath } from '../insertion/path-types';
import type { LoadedScenario } from '../state/loaded-scenario';
import { hexToRgb } from '../state/scene-model';
import type { Supercell } from '../state/view-state';
import { toSceneModel } from './scene-model-from-core';

let counter = 0;

export function buildLoadedScenario(
  id: string,
  core: CoreScenario,
  sourceNotes: string[][],
  requested: Supercell,
  palette: Palette = DEFAULT_PALETTE,
  options: { fitOverCap: boolean } = { fitOverCap: false },
): Result<LoadedScenario> {
  const host = hostOnly(core.crystals[0], core.scenario.guestSites);
  const cell = expandCell(host);
  // An over-cap link draws the largest block under the cap instead of nothing; a typed
  // change over the cap is refused by buildModel (the old view stays).
  const fit = options.fitOverCap ? fitSupercell(cell, requested) : null;
  const supercell = fit ? fit.size : requested;
  const built = buildInsertionPath(core.scenario, core.crystals, supercell);
  if (!built.ok) return built;
  const path = built.value;
  const model = buildModel(host, cell, { supercell });
  if (!model.ok) return model;
  const frac = keyframeFracs(path, cell.frac, model.value);
  if (!frac.ok) return frac;
  const z = atomicNumber(core.scenario.guest.element);
  return ok(
    {
      key: `scenario-${++counter}`,
      id,
      path,
      files: core.files,
      hostCrystal: host,
      keyframeCrystals: core.crystals,
      hostModel: model.value,
      hostScene: toSceneModel(host, model.value, supercell, palette),
      hostKeyframeFrac: frac.value,
      guest: {
        element: core.scenario.guest.element,
        color: hexToRgb(paletteColourHex(z, palette)),
        radius: atomRadius(z),
      },
      sourceNotes,
      ...(fit?.reduced ? { supercellFit: fit } : {}),
    },
    [...built.warnings, ...model.warnings],
  );
}

function hostOnly(crystal: Crystal, guestSites: readonly string[]): Crystal {
  return { ...crystal, sites: crystal.sites.filter((s) => !guestSites.includes(s.label)) };
}

const key = (x: number, y: number, z: number) => `${x.toFixed(5)},${y.toFixed(5)},${z.toFixed(5)}`;

/**
 * For each drawn host atom (a cell atom plus an integer cell offset) its fractional position
 * in every keyframe: the tracked position of that cell atom plus the same offset.
 */
function keyframeFracs(
  path: InsertionPath,
  cellFrac: Float64Array,
  model: { atoms: { count: number; cellAtom: Uint32Array; cellOf: Int32Array } },
): Result<Float32Array[]> {
  const { host } = path;
  const tracked = new Map<string, number>();
  for (let p = 0; p < host.perCell; p++) {
    const f = host.frac[0];
    tracked.set(key(f[3 * p], f[3 * p + 1], f[3 * p + 2]), p);
  }
  const cellCount = cellFrac.length / 3;
  const trackedOf = new Int32Array(cellCount);
  for (let a = 0; a < cellCount; a++) {
    const p = tracked.get(key(cellFrac[3 * a], cellFrac[3 * a + 1], cellFrac[3 * a + 2]));
    if (p === undefined)
      return fail(`host atom ${a} of the first keyframe is not on the tracked path`);
    trackedOf[a] = p;
  }
  const { atoms } = model;
  return ok(
    host.frac.map((f) => {
      const out = new Float32Array(3 * atoms.count);
      for (let i = 0; i < atoms.count; i++) {
        const p = trackedOf[atoms.cellAtom[i]];
        for (let d = 0; d < 3; d++) out[3 * i + d] = f[3 * p + d] + atoms.cellOf[3 * i + d];
      }
      return out;
    }),
  );
}
