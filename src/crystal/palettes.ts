/**
 * Element colour palettes. "vesta" is VESTA's default table (elements.ts). "teaching", the
 * default, is the same table with the mobile ions recoloured so they stand out against the
 * framework polyhedra on a projector: in VESTA's table K⁺ (violet) is hard to tell from MnO₆
 * (violet), Na⁺ (yellow) from translucent FeN₆/FeC₆ (ochre), and Ca²⁺/Zn²⁺ from NiO₆ (grey).
 * The framework, O, C and N keep their VESTA colours, so a VESTA user still knows the picture;
 * Fe turns Prussian blue, which also names its best-known compound. A unit test checks every
 * mobile ion against every polyhedron colour of every bundled structure (CIEDE2000 ≥ 25).
 */
import { elementColour, UNKNOWN_COLOUR } from './elements';

export type Palette = 'teaching' | 'vesta';
export const PALETTES: readonly Palette[] = ['teaching', 'vesta'];
export const DEFAULT_PALETTE: Palette = 'teaching';

/** Teaching-palette colours (0xRRGGBB) that differ from VESTA's, by atomic number. */
const TEACHING: ReadonlyMap<number, number> = new Map([
  [3, 0x5cc83b], // Li: a deeper green than VESTA's, readable on white
  [19, 0xff9900], // K: orange against violet MnO₆
  [20, 0x43a047], // Ca: green against grey NiO₆
  [26, 0x2f64c0], // Fe: Prussian blue, against yellow Na⁺
  [30, 0x00a693], // Zn: teal against grey NiO₆
  [37, 0xe8590c], // Rb: red-orange
  [55, 0x12b886], // Cs: green-teal
]);

/** Colour of element Z in a palette, as 0xRRGGBB. */
export function paletteColour(z: number, palette: Palette): number {
  if (palette === 'teaching') {
    const c = TEACHING.get(z);
    if (c !== undefined) return c;
  }
  return z > 0 ? elementColour(z) : UNKNOWN_COLOUR;
}

/** Colour as a CSS hex string. */
export function paletteColourHex(z: number, palette: Palette): string {
  return `#${paletteColour(z, palette).toString(16).padStart(6, '0')}`;
}
