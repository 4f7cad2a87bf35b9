/**
 * What the scene draws, as flat typed arrays: atoms grouped per element (one draw
 * each), bonds, polyhedron faces and edges, all by fractional coordinates. Built once per
 * structure and supercell; styles and the lattice only change uniforms and visibility.
 */
export interface ElementGroup {
  element: string;
  /** Atom indices (into the model's atom arrays) drawn by this element's mesh. */
  atoms: Uint32Array;
  /** sRGB colour, 0–1. */
  color: [number, number, number];
  /** Drawing radius in Å before the style's scale. */
  radius: number;
}

export interface SceneModel {
  supercell: [number, number, number];
  atomCount: number;
  /** 3·atomCount fractional coordinates in units of the conventional cell. */
  frac: Float32Array;
  /**
   * 1 = outside the supercell box (a ligand drawn only to complete a polyhedron: polyhedral
   * style only); 2 = a ligand in the box whose centres are all outside it (every style but
   * the polyhedral one). See atomShown.
   */
  outside: Uint8Array;
  /**
   * How each atom's sphere is shared, VESTA style, for mixed and partly occupied sites:
   * 2 per atom, the cumulative fractions (f₁, f₁ + f₂) of the first (majority, the group's
   * colour) and second species; the rest of the sphere is vacancy. (1, 1) for a full site.
   */
  sectorSplit: Float32Array;
  /** sRGB colour of the second species, 3 per atom (unused where it has no share). */
  sectorColor: Float32Array;
  /** Element symbol per atom, via index into `groups`. */
  group: Uint16Array;
  groups: ElementGroup[];
  /** Pairs of atom indices. */
  bonds: Uint32Array;
  /** 1 for a bond between two non-metals (C≡N, O–H): kept in the polyhedral style. */
  bondBetweenNonMetals: Uint8Array;
  /** Triples of atom indices, outward winding. */
  faces: Uint32Array;
  /** sRGB colour per face (3 per triangle): the centre atom's colour. */
  faceColors: Float32Array;
  /** Pairs of atom indices. */
  edges: Uint32Array;
}

/** `#rrggbb` → sRGB triple in 0–1 (no colour-space conversion: the shaders write sRGB). */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** Alkali ions: the mobile ions of these hosts, which labels must never cover. */
export const ALKALI_SYMBOLS: readonly string[] = ['Li', 'Na', 'K', 'Rb', 'Cs'];

/** Block coordinates (3 per atom) and the largest drawing radius (Å) of the alkali atoms. */
export function alkaliIons(model: SceneModel): { frac: Float32Array; radius: number } {
  const groups = model.groups.filter((g) => ALKALI_SYMBOLS.includes(g.element));
  const n = groups.reduce((sum, g) => sum + g.atoms.length, 0);
  const frac = new Float32Array(3 * n);
  let k = 0;
  for (const g of groups)
    for (const i of g.atoms) frac.set(model.frac.subarray(3 * i, 3 * i + 3), 3 * k++);
  return { frac, radius: Math.max(0, ...groups.map((g) => g.radius)) };
}

/**
 * Whether an atom shows in a style, from its `outside` mark: 1 (a ligand beyond the block)
 * only with polyhedra, 2 (a ligand with no drawn centre) only without them.
 */
export function atomShown(mark: number, style: 'polyhedral' | 'other'): boolean {
  if (mark === 1) return style === 'polyhedral';
  if (mark === 2) return style !== 'polyhedral';
  return true;
}
