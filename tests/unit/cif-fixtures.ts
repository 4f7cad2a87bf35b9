/**
 * Small CIF texts for the reader tests. α-MnO2 (hollandite, I4/m, a 9.777 Å, c 2.8548 Å):
 * Mn, O1, O2 all on 8h (x, y, 0), so the cell holds Mn8O16 = 24 atoms.
 */

const MNO2_CELL = `_cell_length_a 9.777
_cell_length_b 9.777
_cell_length_c 2.8548
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90`;

const MNO2_ATOMS = `loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
_atom_site_occupancy
Mn1 Mn4+ 0.348 0.168 0 1
O1 O2- 0.154 0.203 0 1
O2 O2- 0.542 0.166 0 1`;

/** The 16 operators of I4/m written out: 4/m, then the same with +(½,½,½). */
export const I4M_OPERATORS = [
  'x,y,z',
  '-x,-y,z',
  '-y,x,z',
  'y,-x,z',
  '-x,-y,-z',
  'x,y,-z',
  'y,-x,-z',
  '-y,x,-z',
  'x+1/2,y+1/2,z+1/2',
  '-x+1/2,-y+1/2,z+1/2',
  '-y+1/2,x+1/2,z+1/2',
  'y+1/2,-x+1/2,z+1/2',
  '-x+1/2,-y+1/2,-z+1/2',
  'x+1/2,y+1/2,-z+1/2',
  'y+1/2,-x+1/2,-z+1/2',
  '-y+1/2,x+1/2,-z+1/2',
];

/** α-MnO2 with its symmetry given one way: a symmetry section plus the common cell and atoms. */
export function mno2Cif(symmetry: string, name = 'alpha_MnO2'): string {
  return `data_${name}\n${MNO2_CELL}\n${symmetry}\n${MNO2_ATOMS}\n`;
}

export const MNO2_BY = {
  operators: `loop_\n_space_group_symop_operation_xyz\n${I4M_OPERATORS.map((o) => `'${o}'`).join('\n')}`,
  hm: `_symmetry_space_group_name_H-M 'I 4/m'`,
  hall: `_space_group_name_Hall '-I 4'`,
  number: '_space_group_IT_number 87',
};

/** Rutile TiO2, P4₂/mnm by name only, labels all `Label` (as in the Dans Diffraction file). */
export const RUTILE_CIF = `data_rutile
_cell_length_a 4.5870
_cell_length_b 4.5870
_cell_length_c 2.9540
_cell_angle_alpha 90
_cell_angle_beta 90
_cell_angle_gamma 90
_symmetry_space_group_name_H-M 'P 42/m n m'
loop_
_atom_site_label
_atom_site_type_symbol
_atom_site_occupancy
_atom_site_fract_x
_atom_site_fract_y
_atom_site_fract_z
Label Ti 1.0 0.0 0.0 0.0
Label O 1.0 0.3051 0.3051 0.0
`;
