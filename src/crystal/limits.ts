/**
 * What the reader and the view will take, stated once. Each is enforced where the count is
 * first known, with a message that gives the size found and the limit.
 */

/** Characters of CIF text (≈ bytes): a CIF of a cell the view can draw is far smaller. */
export const MAX_CIF_CHARS = 20 * 1024 * 1024;
/** Atom-site rows and atoms per conventional cell: what the view can draw as one cell. */
export const MAX_CELL_ATOMS = 200_000;

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}
