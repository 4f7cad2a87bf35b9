/** Crystals for the diffraction tests: bundled files and small hand-checkable cells. */
import { readFileSync } from 'node:fs';
import { readCif } from '../../src/crystal/read';
import type { Crystal } from '../../src/crystal/types';

const STRUCTURES = new URL('../../structures/', import.meta.url);

export function crystalOf(text: string, file = 'test.cif'): Crystal {
  const r = readCif(text, file);
  if (!r.ok) throw new Error(`${r.error.line}: ${r.error.message}`);
  return r.value.crystals[0];
}

export function bundled(name: string): Crystal {
  return crystalOf(readFileSync(new URL(`${name}.cif`, STRUCTURES), 'utf8'), name);
}

/** Rock salt, Fm-3m, a = 5.64 Å (the textbook cell). */
export const NACL_CIF = `data_NaCl
_cell_length_a 5.64
_cell_length_b 5.64
_cell_length_c 5.64
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90
_space_group_IT_number 225
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Na1 Na 0 0 0
Cl1 Cl 0.5 0.5 0.5
`;
