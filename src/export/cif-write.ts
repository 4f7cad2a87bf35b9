/**
 * CIF 1.1 text from a cell, its symmetry operators and atom sites: what VESTA, Mercury or
 * pymatgen open. A mixed site is written as one row per species at the same position (the
 * labels made unique with the element), which is how CIF files of layered oxides write Ni/Mn.
 */
import { formatOp } from '../crystal/symmetry/xyz';
import type { LatticeParams, Species, SymOp, Vec3 } from '../crystal/types';

export interface CifSite {
  label: string;
  species: readonly Species[];
  frac: Vec3;
}

export interface CifSpec {
  /** Data-block name; characters CIF does not allow in a block name become `_`. */
  name: string;
  /** `#` lines written before the block (source, what the file is). */
  notes: readonly string[];
  cell: LatticeParams;
  spaceGroup: { symbol: string; number: number | null };
  /** Every operation of the conventional cell; [] or only the identity for P1. */
  ops: readonly SymOp[];
  sites: readonly CifSite[];
}

const CELL_DECIMALS = 5; // Å and degrees
const FRAC_DECIMALS = 6;
const OCC_DECIMALS = 4;

const IDENTITY: SymOp = { rot: [1, 0, 0, 0, 1, 0, 0, 0, 1], trans: [0, 0, 0] };

function num(v: number, decimals: number): string {
  const s = Number(v.toFixed(decimals));
  return String(Object.is(s, -0) ? 0 : s);
}

/** Quotes a value when CIF would read it as something else (spaces, leading _ # $ ' ; [ ]). */
function value(v: string): string {
  return /^[^\s_#$'";[\]][^\s]*$/.test(v) && !/^(data_|loop_|save_|global_|stop_)/i.test(v)
    ? v
    : `'${v.replace(/'/g, '’')}'`;
}

function siteRows(sites: readonly CifSite[]): string[] {
  const used = new Set<string>();
  const unique = (label: string) => {
    let l = label;
    for (let n = 2; used.has(l); n++) l = `${label}_${n}`;
    used.add(l);
    return l;
  };
  const rows: string[] = [];
  for (const site of sites) {
    const [x, y, z] = site.frac.map((f) => num(f, FRAC_DECIMALS));
    site.species.forEach((sp, i) => {
      const label = unique(i === 0 ? site.label : `${site.label}_${sp.element}`);
      const type = sp.typeSymbol ?? sp.element;
      rows.push(
        `  ${value(label)} ${value(type)} ${x} ${y} ${z} ${num(sp.occupancy, OCC_DECIMALS)}`,
      );
    });
  }
  return rows;
}

export function writeCif(spec: CifSpec): string {
  const { cell } = spec;
  const ops = spec.ops.length > 0 ? spec.ops : [IDENTITY];
  const lines = [
    ...spec.notes.map((n) => `# ${n}`),
    '',
    `data_${spec.name.replace(/[^A-Za-z0-9_.-]/g, '_') || 'structure'}`,
    `_cell_length_a ${num(cell.a, CELL_DECIMALS)}`,
    `_cell_length_b ${num(cell.b, CELL_DECIMALS)}`,
    `_cell_length_c ${num(cell.c, CELL_DECIMALS)}`,
    `_cell_angle_alpha ${num(cell.alpha, CELL_DECIMALS)}`,
    `_cell_angle_beta ${num(cell.beta, CELL_DECIMALS)}`,
    `_cell_angle_gamma ${num(cell.gamma, CELL_DECIMALS)}`,
    `_space_group_name_H-M_alt ${value(spec.spaceGroup.symbol)}`,
    ...(spec.spaceGroup.number === null
      ? []
      : [`_space_group_IT_number ${spec.spaceGroup.number}`]),
    '',
    'loop_',
    '_space_group_symop_id',
    '_space_group_symop_operation_xyz',
    ...ops.map((op, i) => `  ${i + 1} '${formatOp(op)}'`),
    '',
    'loop_',
    '_atom_site_label',
    '_atom_site_type_symbol',
    '_atom_site_fract_x',
    '_atom_site_fract_y',
    '_atom_site_fract_z',
    '_atom_site_occupancy',
    ...siteRows(spec.sites),
    '',
  ];
  return lines.join('\n');
}
