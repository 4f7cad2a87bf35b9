/**
 * Mixed and partly occupied sites are drawn VESTA style, the sphere shared among species and
 * vacancy: the shares come from the file's occupancies.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteSectors } from '../../src/app/scene-model-from-core';
import { elementColourHex } from '../../src/crystal/elements';
import { expandCell } from '../../src/crystal/expand';
import { readCif } from '../../src/crystal/read';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';
import type { Crystal } from '../../src/crystal/types';
import { hexToRgb } from '../../src/state/scene-model';

function load(id: string): Crystal {
  const text = readFileSync(new URL(`../../structures/${id}.cif`, import.meta.url), 'utf8');
  const r = readCif(text, id);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.crystals[0];
}

/** The shares of the first atom on the site with this label. */
function sharesOf(crystal: Crystal, label: string) {
  const cell = expandCell(crystal);
  const { sectorSplit, sectorColor } = siteSectors(crystal, cell.site);
  const site = crystal.sites.findIndex((s) => s.label === label);
  const i = cell.site.indexOf(site);
  if (site < 0 || i < 0) throw new Error(`no atom on ${label}`);
  return {
    split: [...sectorSplit.subarray(2 * i, 2 * i + 2)],
    second: [...sectorColor.subarray(3 * i, 3 * i + 3)],
  };
}

beforeAll(async () => {
  await initMoyoNode();
});

describe('site sectors', () => {
  it('O3: the Ni/Mn site is half Ni, half Mn (no vacancy)', () => {
    const crystal = load('O3-NaNiMnO2');
    const label = crystal.sites.find((s) => s.species.length === 2)?.label ?? '';
    const { split, second } = sharesOf(crystal, label);
    expect(split[0]).toBeCloseTo(0.5, 6);
    expect(split[1]).toBeCloseTo(1, 6);
    // Equal shares: the second sector is whichever of Ni and Mn the sort put second.
    const colours = ['Ni', 'Mn'].map((e) => hexToRgb(elementColourHex(e === 'Ni' ? 28 : 25)));
    expect(colours.some((c) => c.every((v, k) => Math.abs(v - second[k]) < 1e-6))).toBe(true);
  });

  it('K-hollandite: K on 2b is 0.665 K, the rest vacancy', () => {
    const { split } = sharesOf(load('K-hollandite'), 'K1');
    expect(split[0]).toBeCloseTo(0.665, 6);
    expect(split[1]).toBeCloseTo(0.665, 6);
  });

  it('P2: Na_f and Na_e carry their published partial occupancies; full sites are whole', () => {
    const crystal = load('P2-NaNiMnO2');
    for (const label of ['Na_f', 'Na_e']) {
      const occupancy = crystal.sites.find((s) => s.label === label)?.species[0].occupancy;
      expect(sharesOf(crystal, label).split[0]).toBeCloseTo(occupancy ?? -1, 6);
    }
    const oxygen = crystal.sites.find((s) => s.species[0].element === 'O')?.label ?? '';
    expect(sharesOf(crystal, oxygen).split).toEqual([1, 1]);
  });
});
