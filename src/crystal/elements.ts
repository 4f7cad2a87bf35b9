/**
 * Element data for drawing and bonding: symbol ↔ atomic number Z, default colours, drawing
 * radii, covalent radii and a few Shannon ionic radii. Pure data; index 0 means "unknown".
 *
 * Sources (one column each in ELEMENT_ROWS):
 * - Colour and atom radius: VESTA's default element table (elements.ini; K. Momma & F. Izumi,
 *   J. Appl. Cryst. 44 (2011) 1272, DOI 10.1107/S0021889811038970), columns "atomic radius"
 *   and RGB as quoted in public code (e.g. the VESTA_ELEMENT_INFO tables of several Python
 *   viewers). VESTA stores RGB as fractions; it writes them to .vesta files as ⌊255·f⌋, which
 *   is how the hex values were formed (checked against the SITET block of a VESTA 3.5.4 file:
 *   Mn 168 8 158, O 254 3 0, C 128 73 41). VESTA lists nothing after Am; those are grey.
 * - Covalent radius: Cordero et al., "Covalent radii revisited", Dalton Trans. (2008) 2832,
 *   DOI 10.1039/b801115j. C is the sp3 value; Mn, Fe, Co are the low-spin values (as in
 *   cctbx's eltbx table) — high-spin 1.61/1.52/1.50 Å would over-bond in these oxides.
 *   The paper stops at Cm (96).
 */

/** Neutral grey for unknown elements and those VESTA has no colour for. */
export const UNKNOWN_COLOUR = 0x808080;
/** Drawing radius used when the table has none (Å). */
export const DEFAULT_ATOM_RADIUS = 1.0; // Å
/** Covalent radius used when the table has none (Å); mid-table, so bonds stay plausible. */
export const DEFAULT_COVALENT_RADIUS = 1.5; // Å

type Row = readonly [
  symbol: string,
  atomRadius: number | null,
  covalent: number | null,
  colour: number | null,
];

/** Row Z−1 is element Z: [symbol, VESTA atom radius Å, Cordero covalent radius Å, colour]. */
const ELEMENT_ROWS: readonly Row[] = [
  ['H', 0.46, 0.31, 0xffcccc],
  ['He', 1.22, 0.28, 0xfce8ce],
  ['Li', 1.57, 1.28, 0x86e074],
  ['Be', 1.12, 0.96, 0x5ed77b],
  ['B', 0.81, 0.84, 0x1fa20f],
  ['C', 0.77, 0.76, 0x804929],
  ['N', 0.74, 0.71, 0xb0b9e6],
  ['O', 0.74, 0.66, 0xfe0300],
  ['F', 0.72, 0.57, 0xb0b9e6],
  ['Ne', 1.6, 0.58, 0xfe37b5],
  ['Na', 1.91, 1.66, 0xf9dc3c],
  ['Mg', 1.6, 1.41, 0xfb7b15],
  ['Al', 1.43, 1.21, 0x81b2d6],
  ['Si', 1.18, 1.11, 0x1b3bfa],
  ['P', 1.1, 1.07, 0xc09cc2],
  ['S', 1.04, 1.05, 0xfffa00],
  ['Cl', 0.99, 1.02, 0x31fc02],
  ['Ar', 1.92, 1.06, 0xcffec4],
  ['K', 2.35, 2.03, 0xa121f6],
  ['Ca', 1.97, 1.76, 0x5a96bd],
  ['Sc', 1.64, 1.7, 0xb563ab],
  ['Ti', 1.47, 1.6, 0x78caff],
  ['V', 1.35, 1.53, 0xe51900],
  ['Cr', 1.29, 1.39, 0x00009e],
  ['Mn', 1.37, 1.39, 0xa8089e],
  ['Fe', 1.26, 1.32, 0xb57100],
  ['Co', 1.25, 1.26, 0x0000af],
  ['Ni', 1.25, 1.24, 0xb7bbbd],
  ['Cu', 1.28, 1.32, 0x2247dc],
  ['Zn', 1.37, 1.22, 0x8f8f81],
  ['Ga', 1.53, 1.22, 0x9ee373],
  ['Ge', 1.22, 1.2, 0x7e6ea6],
  ['As', 1.21, 1.19, 0x74d057],
  ['Se', 1.04, 1.2, 0x9aef0f],
  ['Br', 1.14, 1.2, 0x7e3102],
  ['Kr', 1.98, 1.16, 0xfac1f3],
  ['Rb', 2.5, 2.2, 0xff0099],
  ['Sr', 2.15, 1.95, 0x00ff26],
  ['Y', 1.82, 1.9, 0x66988e],
  ['Zr', 1.6, 1.75, 0x00ff00],
  ['Nb', 1.47, 1.64, 0x4cb276],
  ['Mo', 1.4, 1.54, 0xb386af],
  ['Tc', 1.35, 1.47, 0xcdafca],
  ['Ru', 1.34, 1.46, 0xcfb7ad],
  ['Rh', 1.34, 1.42, 0xcdd1ab],
  ['Pd', 1.37, 1.39, 0xc1c3b8],
  ['Ag', 1.44, 1.45, 0xb7bbbd],
  ['Cd', 1.52, 1.44, 0xf21edc],
  ['In', 1.67, 1.42, 0xd780bb],
  ['Sn', 1.58, 1.39, 0x9a8eb9],
  ['Sb', 1.41, 1.39, 0xd7834f],
  ['Te', 1.37, 1.38, 0xada251],
  ['I', 1.33, 1.39, 0x8e1f8a],
  ['Xe', 2.18, 1.4, 0x9aa1f8],
  ['Cs', 2.72, 2.44, 0x0efeb9],
  ['Ba', 2.24, 2.15, 0x1eef2c],
  ['La', 1.88, 2.07, 0x5ac449],
  ['Ce', 1.82, 2.04, 0xd1fc06],
  ['Pr', 1.82, 2.03, 0xfce105],
  ['Nd', 1.82, 2.01, 0xfb8d06],
  ['Pm', 1.81, 1.99, 0x0000f4],
  ['Sm', 1.81, 1.98, 0xfc067d],
  ['Eu', 2.06, 1.98, 0xfa07d5],
  ['Gd', 1.79, 1.96, 0xc003ff],
  ['Tb', 1.77, 1.94, 0x7104fe],
  ['Dy', 1.77, 1.92, 0x3106fc],
  ['Ho', 1.76, 1.92, 0x0741fb],
  ['Er', 1.75, 1.89, 0x49723a],
  ['Tm', 1.0, 1.9, 0x0000e0],
  ['Yb', 1.94, 1.87, 0x27fcf4],
  ['Lu', 1.72, 1.87, 0x26fdb5],
  ['Hf', 1.59, 1.75, 0xb4b359],
  ['Ta', 1.47, 1.7, 0xb79a56],
  ['W', 1.41, 1.62, 0x8d8a7f],
  ['Re', 1.37, 1.51, 0xb3b08e],
  ['Os', 1.35, 1.44, 0xc8b178],
  ['Ir', 1.36, 1.41, 0xc9ce72],
  ['Pt', 1.39, 1.36, 0xcbc5bf],
  ['Au', 1.44, 1.36, 0xfeb238],
  ['Hg', 1.55, 1.32, 0xd3b7cb],
  ['Tl', 1.71, 1.45, 0x95896c],
  ['Pb', 1.75, 1.46, 0x52535b],
  ['Bi', 1.82, 1.48, 0xd22ff7],
  ['Po', 1.77, 1.4, 0x0000ff],
  ['At', 0.62, 1.5, 0x0000ff],
  ['Rn', 0.8, 1.5, 0xffff00],
  ['Fr', 1.0, 2.6, 0x000000],
  ['Ra', 2.35, 2.21, 0x6da958],
  ['Ac', 2.03, 2.15, 0x649e72],
  ['Th', 1.8, 2.06, 0x25fd78],
  ['Pa', 1.63, 2.0, 0x29fa35],
  ['U', 1.56, 1.96, 0x79a1aa],
  ['Np', 1.56, 1.9, 0x4c4c4c],
  ['Pu', 1.64, 1.87, 0x4c4c4c],
  ['Am', 1.73, 1.8, 0x4c4c4c],
  ['Cm', null, 1.69, null],
  ['Bk', null, null, null],
  ['Cf', null, null, null],
  ['Es', null, null, null],
  ['Fm', null, null, null],
  ['Md', null, null, null],
  ['No', null, null, null],
  ['Lr', null, null, null],
];

/** Largest atomic number known here (Lr). */
export const MAX_Z = ELEMENT_ROWS.length;

const BY_SYMBOL = new Map<string, number>();
ELEMENT_ROWS.forEach((row, i) => {
  BY_SYMBOL.set(row[0].toLowerCase(), i + 1);
});
// Deuterium and tritium appear as type symbols in neutron CIFs; they draw and bond as H.
BY_SYMBOL.set('d', 1);
BY_SYMBOL.set('t', 1);

/**
 * Atomic number for an element symbol, case-insensitive ("MN", "mn" → 25); 0 when unknown.
 * Accepts only the bare symbol: stripping labels and charges ("Mn4+", "O1") is the reader's job.
 */
export function atomicNumber(symbol: string): number {
  return BY_SYMBOL.get(symbol.trim().toLowerCase()) ?? 0;
}

/** Symbol for Z (1…MAX_Z), capitalised as in the periodic table; "X" when unknown. */
export function elementSymbol(z: number): string {
  return ELEMENT_ROWS[z - 1]?.[0] ?? 'X';
}

/** Default colour as 0xRRGGBB (VESTA); neutral grey for unknown elements. */
export function elementColour(z: number): number {
  return ELEMENT_ROWS[z - 1]?.[3] ?? UNKNOWN_COLOUR;
}

/** Colour as a CSS hex string, e.g. "#a8089e" for Mn. */
export function elementColourHex(z: number): string {
  return `#${elementColour(z).toString(16).padStart(6, '0')}`;
}

/** Drawing radius (Å, VESTA's default atom radius); DEFAULT_ATOM_RADIUS when unknown. */
export function atomRadius(z: number): number {
  return ELEMENT_ROWS[z - 1]?.[1] ?? DEFAULT_ATOM_RADIUS;
}

/** Covalent radius (Å, Cordero 2008); DEFAULT_COVALENT_RADIUS when unknown. */
export function covalentRadius(z: number): number {
  return ELEMENT_ROWS[z - 1]?.[2] ?? DEFAULT_COVALENT_RADIUS;
}

/**
 * Effective ionic radii for the tunnel-size explanation: R. D. Shannon, Acta Cryst. A32 (1976)
 * 751, DOI 10.1107/S0567739476001551 (the project's science notes list these as read in
 * a citing source). Ag⁺ (VI, 1.15) was checked against the "Radii for All Species" table
 * as quoted in public code, and matches VESTA's ionic column.
 */
export interface IonicRadius {
  element: string;
  charge: number;
  /** Coordination number. */
  cn: number;
  spin?: 'HS' | 'LS';
  radius: number; // Å
}

export const IONIC_RADII: readonly IonicRadius[] = [
  { element: 'Li', charge: 1, cn: 6, radius: 0.76 },
  { element: 'Na', charge: 1, cn: 6, radius: 1.02 },
  { element: 'Na', charge: 1, cn: 8, radius: 1.18 },
  { element: 'K', charge: 1, cn: 8, radius: 1.51 },
  { element: 'Ag', charge: 1, cn: 6, radius: 1.15 },
  { element: 'Mg', charge: 2, cn: 6, radius: 0.72 },
  { element: 'Zn', charge: 2, cn: 6, radius: 0.74 },
  { element: 'O', charge: -2, cn: 6, radius: 1.4 },
  { element: 'Mn', charge: 4, cn: 6, radius: 0.53 },
  { element: 'Mn', charge: 3, cn: 6, spin: 'HS', radius: 0.645 },
  { element: 'Mn', charge: 3, cn: 6, spin: 'LS', radius: 0.58 },
  { element: 'Fe', charge: 2, cn: 6, spin: 'HS', radius: 0.78 },
  { element: 'Fe', charge: 2, cn: 6, spin: 'LS', radius: 0.61 },
  { element: 'Fe', charge: 3, cn: 6, spin: 'HS', radius: 0.645 },
  { element: 'Fe', charge: 3, cn: 6, spin: 'LS', radius: 0.55 },
];

/**
 * Shannon radius (Å) for an ion, or null when not tabulated. Without `cn`, the lowest listed
 * coordination is used; without `spin`, high spin (the usual state in these oxides).
 */
export function ionicRadius(
  element: string,
  charge: number,
  cn?: number,
  spin?: 'HS' | 'LS',
): number | null {
  const z = atomicNumber(element);
  const matches = IONIC_RADII.filter(
    (r) =>
      atomicNumber(r.element) === z && r.charge === charge && (cn === undefined || r.cn === cn),
  );
  const wanted = spin ?? 'HS';
  const pick = matches.find((r) => r.spin === undefined || r.spin === wanted) ?? matches[0];
  return pick?.radius ?? null;
}
