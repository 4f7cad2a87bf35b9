/**
 * Perceptual colour difference for checking palettes: sRGB → CIELAB (D65) and the CIEDE2000
 * difference of G. Sharma, W. Wu & E. N. Dalal, "The CIEDE2000 colour-difference formula:
 * implementation notes, supplementary test data, and mathematical observations", Color Res.
 * Appl. 30 (2005) 21, DOI 10.1002/col.20070 (the formula as written there, eqs. 1–22).
 * ΔE₀₀ ≈ 1 is a just-noticeable difference; ≥ 20 reads as a different colour across a room.
 */

export type Lab = [L: number, a: number, b: number];
type Rgb = readonly [number, number, number];

// D65 reference white (CIE 1931 2°), Y = 1.
const WHITE = [0.95047, 1, 1.08883] as const;

function linear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function f(t: number): number {
  const d = 6 / 29;
  return t > d ** 3 ? Math.cbrt(t) : t / (3 * d * d) + 4 / 29;
}

/** sRGB in 0–1 → CIELAB. */
export function srgbToLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(linear);
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const fx = f(x / WHITE[0]);
  const fy = f(y / WHITE[1]);
  const fz = f(z / WHITE[2]);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** 0xRRGGBB → sRGB in 0–1. */
export function hexToSrgb(hex: number): [number, number, number] {
  return [((hex >> 16) & 255) / 255, ((hex >> 8) & 255) / 255, (hex & 255) / 255];
}

const deg = Math.PI / 180;

/** CIEDE2000 ΔE₀₀ between two CIELAB colours (kL = kC = kH = 1). */
export function ciede2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const Cab = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cab ** 7 / (Cab ** 7 + 25 ** 7)));
  const ap1 = (1 + G) * a1;
  const ap2 = (1 + G) * a2;
  const C1 = Math.hypot(ap1, b1);
  const C2 = Math.hypot(ap2, b2);
  const hue = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a) / deg;
    return h < 0 ? h + 360 : h;
  };
  const h1 = hue(b1, ap1);
  const h2 = hue(b2, ap2);
  const dL = L2 - L1;
  const dC = C2 - C1;
  let dh = 0;
  if (C1 * C2 !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh / 2) * deg);
  const Lp = (L1 + L2) / 2;
  const Cp = (C1 + C2) / 2;
  let hp = h1 + h2;
  if (C1 * C2 !== 0) {
    if (Math.abs(h1 - h2) <= 180) hp = (h1 + h2) / 2;
    else hp = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hp - 30) * deg) +
    0.24 * Math.cos(2 * hp * deg) +
    0.32 * Math.cos((3 * hp + 6) * deg) -
    0.2 * Math.cos((4 * hp - 63) * deg);
  const dTheta = 30 * Math.exp(-(((hp - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cp ** 7 / (Cp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lp - 50) ** 2) / Math.sqrt(20 + (Lp - 50) ** 2);
  const Sc = 1 + 0.045 * Cp;
  const Sh = 1 + 0.015 * Cp * T;
  const Rt = -Math.sin(2 * dTheta * deg) * Rc;
  return Math.sqrt((dL / Sl) ** 2 + (dC / Sc) ** 2 + (dH / Sh) ** 2 + Rt * (dC / Sc) * (dH / Sh));
}

/** ΔE₀₀ between two 0xRRGGBB colours. */
export function colourDistance(p: number, q: number): number {
  return ciede2000(srgbToLab(hexToSrgb(p)), srgbToLab(hexToSrgb(q)));
}
