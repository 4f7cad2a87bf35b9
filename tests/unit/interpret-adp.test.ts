import { beforeAll, describe, expect, it } from 'vitest';
import { parseCif } from '../../src/crystal/cif';
import { interpretBlock } from '../../src/crystal/interpret';
import { initMoyoNode } from '../../src/crystal/symmetry/moyo-node';

beforeAll(() => initMoyoNode());

const HEAD = `data_t
_cell_length_a 5
_cell_length_b 5
_cell_length_c 5
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90
_space_group_IT_number 1
`;

function sites(loop: string) {
  const doc = parseCif(`${HEAD}${loop}\n`);
  if (!doc.ok) throw new Error(doc.error.message);
  const r = interpretBlock(doc.value.blocks[0]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.sites;
}

describe('isotropic displacement parameters', () => {
  it('keeps U_iso_or_equiv in Å²', () => {
    const s = sites(`loop_
_atom_site_label
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_U_iso_or_equiv
Mn1 0 0 0 0.0123(4)
O1 0.5 0.5 0.5 ?`);
    expect(s[0].uIso).toBeCloseTo(0.0123, 6);
    expect(s[1].uIso).toBeUndefined();
  });

  it('turns B_iso_or_equiv into U = B/(8π²), also in DDLm spelling', () => {
    const s = sites(`loop_
_atom_site.label
_atom_site.fract_x
_atom_site.fract_y
_atom_site.fract_z
_atom_site.B_iso_or_equiv
Na1 0 0 0 0.789568`);
    expect(s[0].uIso).toBeCloseTo(0.789568 / (8 * Math.PI ** 2), 8);
  });

  it('leaves uIso out when the file gives neither', () => {
    const s = sites(`loop_
_atom_site_label
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
K1 0 0 0`);
    expect('uIso' in s[0]).toBe(false);
  });
});
