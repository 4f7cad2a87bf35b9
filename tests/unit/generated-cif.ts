/** CIF text generated for size and speed tests (no real structure). */

/** n atoms on a jittered grid in a cube of ~12 Å³ per atom, as a P1 CIF. */
export function p1Cif(n: number, symmetry = '_space_group_IT_number 1'): string {
  const k = Math.ceil(Math.cbrt(n));
  const a = (12 * k ** 3) ** (1 / 3);
  const lines = [
    'data_big',
    `_cell_length_a ${a.toFixed(3)}`,
    `_cell_length_b ${a.toFixed(3)}`,
    `_cell_length_c ${a.toFixed(3)}`,
    '_cell_angle_alpha 90',
    '_cell_angle_beta 90',
    '_cell_angle_gamma 90',
    symmetry,
    'loop_',
    '_atom_site_label',
    '_atom_site_type_symbol',
    '_atom_site_fract_x',
    '_atom_site_fract_y',
    '_atom_site_fract_z',
    '_atom_site_occupancy',
  ];
  for (let i = 0; i < n; i++) {
    const el = i % 3 === 0 ? 'Mn' : 'O';
    const f = (j: number) => ((j + 0.2 + 0.1 * ((i * 7 + j) % 3)) / k).toFixed(5);
    const [x, y, z] = [i % k, Math.floor(i / k) % k, Math.floor(i / k / k)];
    lines.push(`${el}${i + 1} ${el} ${f(x)} ${f(y)} ${f(z)} 1`);
  }
  return `${lines.join('\n')}\n`;
}
