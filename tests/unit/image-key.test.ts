/** The colour key: elements and ions per palette, guests last, split sites as drawn. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paletteColourHex } from '../../src/crystal/palettes';
import { readCif } from '../../src/crystal/read';
import { formatDiagnostic } from '../../src/crystal/result';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Site } from '../../src/crystal/types';
import {
  colourKey,
  elementText,
  ionText,
  keyOfState,
  sectorText,
} from '../../src/export/image-key';

const DIR = path.resolve(__dirname, '../../structures');

function sitesOf(file: string): Site[] {
  const r = readCif(readFileSync(path.join(DIR, file), 'utf8'), file);
  if (!r.ok) throw new Error(formatDiagnostic(r.error));
  return r.value.crystals[0].sites;
}

beforeAll(async () => {
  await initMoyoNode();
});

describe('ionText', () => {
  it('writes charges as superscripts', () => {
    expect(ionText('Mn', 4)).toBe('Mn⁴⁺');
    expect(ionText('O', -2)).toBe('O²⁻');
    expect(ionText('K', 1)).toBe('K⁺');
  });
});

describe('colourKey', () => {
  it('α-MnO₂: Mn⁴⁺ and O²⁻ in the palette colours, nothing split', () => {
    const key = colourKey({ sites: sitesOf('alpha-MnO2.cif'), palette: 'teaching' });
    expect(key.elements.map(elementText).sort()).toEqual(['Mn⁴⁺', 'O²⁻']);
    for (const e of key.elements) {
      expect(e.guest).toBe(false);
      expect(e.colour).toBe(paletteColourHex(e.element === 'Mn' ? 25 : 8, 'teaching'));
    }
    expect(key.sectors).toEqual([]);
  });

  it('K-hollandite: K is a guest, listed last, coloured by the palette chosen', () => {
    for (const palette of ['teaching', 'vesta'] as const) {
      const key = colourKey({ sites: sitesOf('K-hollandite.cif'), palette });
      const last = key.elements[key.elements.length - 1];
      expect(last.element).toBe('K');
      expect(last.guest).toBe(true);
      expect(last.colour).toBe(paletteColourHex(19, palette));
    }
    const teaching = colourKey({ sites: sitesOf('K-hollandite.cif'), palette: 'teaching' });
    const vesta = colourKey({ sites: sitesOf('K-hollandite.cif'), palette: 'vesta' });
    expect(teaching.elements.at(-1)?.colour).not.toBe(vesta.elements.at(-1)?.colour);
  });

  it('P2: the mixed Ni/Mn site and the part-filled Na sites get sector rows that add up to 1', () => {
    const key = colourKey({ sites: sitesOf('P2-NaNiMnO2.cif'), palette: 'teaching' });
    expect(key.sectors.length).toBeGreaterThanOrEqual(2);
    const mixed = key.sectors.find((s) => s.parts.length === 2);
    expect(mixed).toBeDefined();
    expect(new Set(mixed?.parts.map((p) => p.element))).toEqual(new Set(['Ni', 'Mn']));
    expect(key.sectors.some((s) => s.vacancy > 0 && s.parts[0].element === 'Na')).toBe(true);
    for (const s of key.sectors) {
      const total = s.parts.reduce((sum, p) => sum + p.fraction, 0) + s.vacancy;
      expect(total).toBeCloseTo(1, 6);
      // Majority first, as the scene draws it.
      if (s.parts.length === 2)
        expect(s.parts[0].fraction).toBeGreaterThanOrEqual(s.parts[1].fraction);
    }
    expect(sectorText(key.sectors.find((s) => s.vacancy > 0)!)).toMatch(
      /^Na [\d.]+ · vacant [\d.]+$/,
    );
  });

  it('a scenario adds its guest ion, marked, after the host', () => {
    const sites = sitesOf('alpha-MnO2.cif');
    const key = keyOfState({
      palette: 'teaching',
      scenarioId: 'k-alpha-mno2',
      loaded: null,
      loadedScenario: {
        hostCrystal: { sites },
        path: { scenario: { guest: { element: 'K', charge: 1 } } },
      },
    });
    expect(key?.elements.map(elementText)).toEqual(['Mn⁴⁺', 'O²⁻', 'K⁺']);
    expect(key?.elements[2].guest).toBe(true);
    expect(
      keyOfState({ palette: 'vesta', scenarioId: null, loaded: null, loadedScenario: null }),
    ).toBeNull();
  });

  it('merges sites split the same way into one row and never lists more than six', () => {
    const site = (label: string, ni: number): Site => ({
      label,
      frac: [0, 0, 0],
      species: [
        { element: 'Mn', occupancy: 1 - ni },
        { element: 'Ni', occupancy: ni },
      ],
    });
    const key = colourKey({
      sites: [
        site('A', 0.25),
        site('B', 0.25),
        ...[1, 2, 3, 4, 5, 6, 7].map((k) => site(`S${k}`, k / 20 + 0.01)),
      ],
      palette: 'vesta',
    });
    expect(key.sectors[0].labels).toEqual(['A', 'B']);
    expect(key.sectors).toHaveLength(6);
  });
});
