/**
 * What the CIF reader produces: the syntax of a file, with no crystallographic meaning yet.
 * Values stay as text with their kind, so `?` (unknown) and `.` (inapplicable) are never
 * confused with numbers, and each value remembers its line for error messages.
 */

export type CifValue =
  | { kind: 'text'; text: string; line: number; quoted: boolean }
  | { kind: 'unknown'; line: number } // ?
  | { kind: 'inapplicable'; line: number }; // .

export interface CifLoop {
  /** Canonical tag names (see `canonicalTag`), in the order the loop declares them. */
  tags: string[];
  /** Row-major values: rows[r][c] belongs to tags[c]. */
  rows: CifValue[][];
  /** Line of the `loop_` keyword. */
  line: number;
}

export interface CifBlock {
  /** Name after `data_`, as written. */
  name: string;
  /** Line of the `data_` heading. */
  line: number;
  /** Single-valued items keyed by canonical tag. */
  items: Map<string, CifValue>;
  loops: CifLoop[];
}

export interface CifDocument {
  blocks: CifBlock[];
}
