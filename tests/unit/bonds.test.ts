import { describe, expect, it } from 'vitest';
import { BondTable, findBonds, isMetal } from '../../src/crystal/bonds';
import {
  atomicNumber,
  atomRadius,
  covalentRadius,
  elementColour,
  elementColourHex,
  elementSymbol,
  ionicRadius,
  UNKNOWN_COLOUR,
} from '../../src/crystal/elements';
import type { CellAtoms, Crystal } from '../../src/crystal/types';
import { hollandite, prussianBlue } from './fixtures/hollandite';

function elementsOf(crystal: Crystal, cell: CellAtoms): Uint8Array {
  return Uint8Array.from(cell.site, (s) => atomicNumber(crystal.sites[s].species[0].element));
}

/** Bond partners per atom: [partner element, distance] lists. */
function partners(bonds: ReturnType<typeof findBonds>, z: Uint8Array, n: number) {
  const list: [string, number][][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < bonds.count; k++) {
    list[bonds.i[k]].push([elementSymbol(z[bonds.j[k]]), bonds.distance[k]]);
    list[bonds.j[k]].push([elementSymbol(z[bonds.i[k]]), bonds.distance[k]]);
  }
  return list;
}

describe('element table', () => {
  it('maps symbols and atomic numbers both ways', () => {
    expect(atomicNumber('Mn')).toBe(25);
    expect(atomicNumber('MN')).toBe(25);
    expect(atomicNumber('o')).toBe(8);
    expect(atomicNumber('Lr')).toBe(103);
    expect(atomicNumber('D')).toBe(1);
    expect(atomicNumber('Xx')).toBe(0);
    for (let z = 1; z <= 103; z++) expect(atomicNumber(elementSymbol(z))).toBe(z);
  });

  it('uses the VESTA default colours (⌊255·f⌋ of elements.ini)', () => {
    const vesta: Record<string, string> = {
      Mn: '#a8089e',
      O: '#fe0300',
      K: '#a121f6',
      Na: '#f9dc3c',
      Li: '#86e074',
      Fe: '#b57100',
      C: '#804929',
      N: '#b0b9e6',
      Co: '#0000af',
      Ni: '#b7bbbd',
      Ti: '#78caff',
    };
    for (const [sym, hex] of Object.entries(vesta))
      expect(elementColourHex(atomicNumber(sym)), sym).toBe(hex);
  });

  it('falls back to grey and default radii for unknown elements', () => {
    expect(elementColour(0)).toBe(UNKNOWN_COLOUR);
    expect(elementColour(101)).toBe(UNKNOWN_COLOUR); // Md: VESTA has no colour
    expect(atomRadius(0)).toBe(1);
    expect(covalentRadius(0)).toBe(1.5);
    expect(covalentRadius(25)).toBe(1.39); // Mn, low spin (Cordero 2008)
    expect(atomRadius(25)).toBe(1.37);
  });

  it('gives Shannon radii for the tunnel ions', () => {
    expect(ionicRadius('K', 1, 8)).toBe(1.51);
    expect(ionicRadius('Na', 1, 6)).toBe(1.02);
    expect(ionicRadius('Na', 1, 8)).toBe(1.18);
    expect(ionicRadius('Li', 1)).toBe(0.76);
    expect(ionicRadius('O', -2)).toBe(1.4);
    expect(ionicRadius('Mn', 4)).toBe(0.53);
    expect(ionicRadius('Mn', 3)).toBe(0.645);
    expect(ionicRadius('Mn', 3, 6, 'LS')).toBe(0.58);
    expect(ionicRadius('Fe', 2, 6, 'LS')).toBe(0.61);
    expect(ionicRadius('Fe', 3)).toBe(0.645);
    expect(ionicRadius('Zn', 2)).toBe(0.74);
    expect(ionicRadius('Mg', 2)).toBe(0.72);
    expect(ionicRadius('K', 3)).toBeNull();
  });
});

describe('bond rules', () => {
  it('excludes metal–metal and O–O but keeps alkali–O, C–N and Fe–C', () => {
    const t = new BondTable();
    const z = atomicNumber;
    expect(isMetal(z('Mn'))).toBe(true);
    expect(isMetal(z('O'))).toBe(false);
    expect(t.max(z('Mn'), z('Mn'))).toBe(0);
    expect(t.max(z('K'), z('Mn'))).toBe(0);
    expect(t.max(z('O'), z('O'))).toBe(0);
    expect(t.bonded(z('K'), z('O'), 2.87)).toBe(true);
    expect(t.bonded(z('K'), z('O'), 3.3)).toBe(false);
    expect(t.bonded(z('Na'), z('O'), 2.45)).toBe(true);
    expect(t.bonded(z('Mn'), z('O'), 1.9)).toBe(true);
    expect(t.bonded(z('Fe'), z('C'), 1.92)).toBe(true);
    expect(t.bonded(z('Fe'), z('N'), 2.04)).toBe(true);
    expect(t.bonded(z('C'), z('N'), 1.15)).toBe(true);
    expect(t.bonded(z('O'), z('H'), 0.2)).toBe(false); // split-site partners, not a bond
  });

  it('applies per-structure overrides', () => {
    const t = new BondTable({
      overrides: [
        { a: 'O', b: 'O', max: 1.5 },
        { a: 'K', b: 'O', max: 0 },
      ],
    });
    expect(t.bonded(8, 8, 1.45)).toBe(true);
    expect(t.bonded(19, 8, 2.8)).toBe(false);
  });
});

describe('findBonds', () => {
  it('gives every Mn exactly 6 O at 1.85–1.97 Å in α-MnO2, and nothing else', () => {
    const { crystal, cell } = hollandite();
    const z = elementsOf(crystal, cell);
    const bonds = findBonds(crystal.lattice, cell.frac, z, cell.count);
    const list = partners(bonds, z, cell.count);
    let mn = 0;
    for (let a = 0; a < cell.count; a++) {
      if (z[a] !== 25) continue;
      mn++;
      expect(list[a].length).toBe(6);
      for (const [el, d] of list[a]) {
        expect(el).toBe('O');
        expect(d).toBeGreaterThan(1.85);
        expect(d).toBeLessThan(1.97);
      }
    }
    expect(mn).toBe(8);
    // 8 MnO6 = 48 Mn–O bonds and no other kind; O1 is 3-coordinated, O2 too.
    expect(bonds.count).toBe(48);
  });

  it('bonds tunnel K to 8 O at ≈ 2.87 Å', () => {
    const { crystal, cell } = hollandite(true);
    const z = elementsOf(crystal, cell);
    const list = partners(findBonds(crystal.lattice, cell.frac, z, cell.count), z, cell.count);
    const k = cell.count - 1;
    expect(z[k]).toBe(19);
    expect(list[k].length).toBe(8);
    for (const [el, d] of list[k]) {
      expect(el).toBe('O');
      expect(d).toBeCloseTo(2.871, 2);
    }
  });

  it('finds Fe–C ≈ 1.92, C≡N ≈ 1.12 and Fe–N ≈ 2.04 Å in Prussian blue', () => {
    const { crystal, cell } = prussianBlue();
    const z = elementsOf(crystal, cell);
    const bonds = findBonds(crystal.lattice, cell.frac, z, cell.count);
    const byKind = new Map<string, number[]>();
    for (let k = 0; k < bonds.count; k++) {
      const kind = [elementSymbol(z[bonds.i[k]]), elementSymbol(z[bonds.j[k]])].sort().join('-');
      byKind.set(kind, [...(byKind.get(kind) ?? []), bonds.distance[k]]);
    }
    expect([...byKind.keys()].sort()).toEqual(['C-Fe', 'C-N', 'Fe-N']);
    expect(byKind.get('C-Fe')?.length).toBe(24);
    expect(byKind.get('C-N')?.length).toBe(24);
    expect(byKind.get('Fe-N')?.length).toBe(24);
    for (const d of byKind.get('C-Fe') ?? []) expect(d).toBeCloseTo(1.923, 3);
    for (const d of byKind.get('C-N') ?? []) expect(d).toBeCloseTo(1.121, 3);
    for (const d of byKind.get('Fe-N') ?? []) expect(d).toBeCloseTo(2.038, 3);
  });
});
