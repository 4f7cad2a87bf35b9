/** Core model (atoms by atomic number) → scene model (atoms grouped per element with colours). */
import { isMetal } from '../crystal/bonds';
import { atomicNumber, atomRadius, elementSymbol } from '../crystal/elements';
import type { StructureModel } from '../crystal/model';
import { DEFAULT_PALETTE, type Palette, paletteColourHex } from '../crystal/palettes';
import { LOOSE, OUTSIDE } from '../crystal/supercell';
import type { Crystal } from '../crystal/types';
import { hexToRgb, type SceneModel } from '../state/scene-model';

export function toSceneModel(
  crystal: Crystal,
  model: StructureModel,
  supercell: [number, number, number],
  palette: Palette = DEFAULT_PALETTE,
): SceneModel {
  const { atoms, polyhedra } = model;
  const groupOfZ = new Map<number, number>();
  const members: number[][] = [];
  const group = new Uint16Array(atoms.count);
  for (let i = 0; i < atoms.count; i++) {
    const z = atoms.element[i];
    let g = groupOfZ.get(z);
    if (g === undefined) {
      g = members.length;
      groupOfZ.set(z, g);
      members.push([]);
    }
    members[g].push(i);
    group[i] = g;
  }
  const groups = [...groupOfZ.keys()].map((z, g) => ({
    element: elementSymbol(z) || labelElement(crystal, atoms.site[members[g][0]]),
    atoms: Uint32Array.from(members[g]),
    color: hexToRgb(paletteColourHex(z, palette)),
    radius: atomRadius(z),
  }));
  const outside = Uint8Array.from(atoms.flags, (f) => (f & OUTSIDE ? 1 : f & LOOSE ? 2 : 0));
  const { sectorSplit, sectorColor } = siteSectors(crystal, atoms.site, palette);

  const faceColors = new Float32Array(polyhedra.triangles.length);
  for (let p = 0; p < polyhedra.count; p++) {
    const rgb = groups[group[polyhedra.centre[p]]].color;
    for (let t = polyhedra.triangleStart[p] / 3; t < polyhedra.triangleStart[p + 1] / 3; t++)
      faceColors.set(rgb, 3 * t);
  }
  const bonds = model.bonds.pairs.subarray(0, 2 * model.bonds.count);
  const bondBetweenNonMetals = new Uint8Array(model.bonds.count);
  for (let k = 0; k < model.bonds.count; k++) {
    const za = atoms.element[bonds[2 * k]];
    const zb = atoms.element[bonds[2 * k + 1]];
    bondBetweenNonMetals[k] = za > 0 && zb > 0 && !isMetal(za) && !isMetal(zb) ? 1 : 0;
  }
  return {
    supercell,
    atomCount: atoms.count,
    frac: atoms.frac,
    outside,
    sectorSplit,
    sectorColor,
    group,
    groups,
    bonds,
    bondBetweenNonMetals,
    faces: polyhedra.triangles,
    faceColors,
    edges: polyhedra.edges,
  };
}

function labelElement(crystal: Crystal, site: number): string {
  return crystal.sites[site]?.species[0]?.element ?? 'X';
}

/**
 * The shares of each drawn atom's sphere: majority species, second species, vacancy. A site
 * with three or more species shows the third and later ones in the second species' colour.
 */
export function siteSectors(
  crystal: Crystal,
  atomSite: Uint32Array,
  palette: Palette = DEFAULT_PALETTE,
): { sectorSplit: Float32Array; sectorColor: Float32Array } {
  const perSite = crystal.sites.map((site) => {
    const sorted = [...site.species].sort((p, q) => q.occupancy - p.occupancy);
    const total = (k: number) => sorted.slice(k).reduce((sum, s) => sum + s.occupancy, 0);
    const first = Math.min(sorted[0]?.occupancy ?? 1, 1);
    const both = Math.min(first + total(1), 1);
    const second = sorted[1]
      ? hexToRgb(paletteColourHex(atomicNumber(sorted[1].element), palette))
      : null;
    return { first, both, second };
  });
  const n = atomSite.length;
  const sectorSplit = new Float32Array(2 * n);
  const sectorColor = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    const s = perSite[atomSite[i]] ?? { first: 1, both: 1, second: null };
    sectorSplit[2 * i] = s.first;
    sectorSplit[2 * i + 1] = s.both;
    if (s.second) sectorColor.set(s.second, 3 * i);
  }
  return { sectorSplit, sectorColor };
}
