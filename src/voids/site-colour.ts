/**
 * The colour scale of the site spheres: free radius (Å) → sRGB. Fixed in ångström (not
 * stretched to each structure), so one colour means one size in every structure, and the
 * panel's key reads the same everywhere. Four mid-luminance stops that stay distinct from each
 * other on a white and on a black background, and from the teaching palette's O (red) by being
 * spheres on the path rather than on the walls: red-orange (Li⁺-sized holes, 0.5 Å), amber
 * (1.0 Å, Na⁺), blue (1.5 Å, K⁺), violet (2.0 Å and wider).
 */
export const SITE_SCALE: readonly { radius: number; hex: string }[] = [
  { radius: 0.5, hex: '#e4572e' },
  { radius: 1.0, hex: '#f3a712' },
  { radius: 1.5, hex: '#2274a5' },
  { radius: 2.0, hex: '#8e44ad' },
];

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** sRGB (0–1) for a free radius: linear between stops, clamped at both ends. */
export function siteColour(radius: number): [number, number, number] {
  const stops = SITE_SCALE;
  if (!(radius > stops[0].radius)) return rgbOf(stops[0].hex);
  for (let i = 1; i < stops.length; i++) {
    if (radius <= stops[i].radius) {
      const t = (radius - stops[i - 1].radius) / (stops[i].radius - stops[i - 1].radius);
      const a = rgbOf(stops[i - 1].hex);
      const b = rgbOf(stops[i].hex);
      return [0, 1, 2].map((k) => a[k] + t * (b[k] - a[k])) as [number, number, number];
    }
  }
  return rgbOf(stops[stops.length - 1].hex);
}
