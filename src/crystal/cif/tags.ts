/**
 * Tag names: one spelling per meaning, so the interpreter looks each item up once.
 *
 * Files in the wild mix three spellings of the same item: CIF 1.1 core names
 * (`_symmetry_equiv_pos_as_xyz`), their newer replacements (`_space_group_symop_operation_xyz`)
 * and DDLm dotted names (`_space_group_symop.operation_xyz`). The parser stores every tag
 * through `canonicalTag`, so `_cell.length_a` and `_cell_length_a` are the same key.
 */

/**
 * Old names → the one canonical name (keys and values already lowercased and undotted).
 * Exported so the interpreter's authors can see which spellings collapse together.
 */
export const TAG_ALIASES: ReadonlyMap<string, string> = new Map([
  ['_symmetry_equiv_pos_as_xyz', '_space_group_symop_operation_xyz'],
  ['_symmetry_equiv_pos_site_id', '_space_group_symop_id'],
  ['_symmetry_space_group_name_h-m', '_space_group_name_h-m_alt'],
  ['_symmetry_space_group_name_hall', '_space_group_name_hall'],
  // `_space_group.it_number` needs no entry: the dot rule already gives this name.
  ['_symmetry_int_tables_number', '_space_group_it_number'],
  ['_symmetry_cell_setting', '_space_group_crystal_system'],
]);

/**
 * Lowercase (CIF tags are case-insensitive), turn the DDLm category separator `.` into `_`
 * (only the first dot: it is the one between category and attribute), then apply the aliases.
 */
export function canonicalTag(tag: string): string {
  const lower = tag.toLowerCase();
  const dot = lower.indexOf('.');
  const undotted = dot < 0 ? lower : `${lower.slice(0, dot)}_${lower.slice(dot + 1)}`;
  return TAG_ALIASES.get(undotted) ?? undotted;
}
