/**
 * The teaching palette: in every bundled structure and scenario host, the guest and alkali
 * ions differ clearly from every framework polyhedron as drawn (opaque, and translucent over
 * the white and the black background), by CIEDE2000.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLoaded, prepareCrystal } from '../../src/app/load-structure';
import { colourDistance } from '../../src/crystal/colour-difference';
import { atomicNumber } from '../../src/crystal/elements';
import { paletteColour } from '../../src/crystal/palettes';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import { CATALOGUE } from '../../src/state/catalogue';

const STRUCTURES = path.resolve(import.meta.dirname, '../../structures');
/** ΔE₀₀ below which a guest and a polyhedron read as "the same colour" from the back row. */
const MIN_DISTANCE = 25;
/** Face opacity of the polyhedra (polyhedron-material.ts). */
const FACE_OPACITY = 0.62;
/** Alkali ions, and the other ions commonly inserted into these hosts. */
const MOBILE_IONS = ['Li', 'Na', 'K', 'Rb', 'Cs', 'Mg', 'Ca', 'Zn'];

const toHex = (rgb: readonly number[]) => rgb.reduce((n, c) => (n << 8) | Math.round(c * 255), 0);
const over = (rgb: readonly number[], bg: number) =>
  rgb.map((c) => FACE_OPACITY * c + (1 - FACE_OPACITY) * bg);

beforeAll(() => initMoyoNode());

function frameworkColours(id: string, palette: 'teaching' | 'vesta') {
  const prepared = prepareCrystal(readFileSync(path.join(STRUCTURES, `${id}.cif`), 'utf8'), id);
  if (!prepared.ok) throw new Error(prepared.error.message);
  const built = buildLoaded(
    prepared.value,
    { kind: 'bundled', id },
    { supercell: [1, 1, 1], alkaliPolyhedra: false, palette },
  );
  if (!built.ok) throw new Error(built.error.message);
  const { scene } = built.value;
  const seen = new Map<number, string>();
  for (let t = 0; t < scene.faceColors.length / 3; t++) {
    const rgb = Array.from(scene.faceColors.subarray(3 * t, 3 * t + 3));
    for (const [bg, name] of [
      [null, 'opaque'],
      [1, 'on white'],
      [0, 'on black'],
    ] as const)
      seen.set(toHex(bg === null ? rgb : over(rgb, bg)), name);
  }
  return seen;
}

describe('teaching palette', () => {
  for (const entry of CATALOGUE) {
    it(`${entry.id}: every mobile ion is ≥ ${MIN_DISTANCE} ΔE₀₀ from every polyhedron`, () => {
      const framework = frameworkColours(entry.id, 'teaching');
      expect(framework.size).toBeGreaterThan(0);
      const close: string[] = [];
      for (const ion of MOBILE_IONS) {
        const c = paletteColour(atomicNumber(ion), 'teaching');
        for (const [f, how] of framework) {
          const d = colourDistance(c, f);
          if (d < MIN_DISTANCE)
            close.push(`${ion} vs #${f.toString(16)} (${how}): ${d.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    });
  }

  it('the VESTA palette is VESTA’s table (K violet, close to MnO6: the reason for the other)', () => {
    expect(paletteColour(atomicNumber('K'), 'vesta')).toBe(0xa121f6);
    expect(paletteColour(atomicNumber('Mn'), 'vesta')).toBe(0xa8089e);
    const k = paletteColour(atomicNumber('K'), 'vesta');
    const mn = paletteColour(atomicNumber('Mn'), 'vesta');
    expect(colourDistance(k, mn)).toBeLessThan(MIN_DISTANCE);
  });

  it('frameworks and O keep their VESTA colours in the teaching palette', () => {
    for (const el of ['Mn', 'Ni', 'O', 'C', 'N'])
      expect(paletteColour(atomicNumber(el), 'teaching')).toBe(
        paletteColour(atomicNumber(el), 'vesta'),
      );
  });
});

describe('CIEDE2000', () => {
  // Sharma, Wu & Dalal 2005, Table 1, pairs 1 and 17.
  it('matches the published test pairs', async () => {
    const { ciede2000 } = await import('../../src/crystal/colour-difference');
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });
});
