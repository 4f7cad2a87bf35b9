/**
 * Looking things up in a parsed block by any spelling of a tag (old, new or DDLm dotted):
 * every argument goes through `canonicalTag`, as every stored tag already did.
 */
import type { CifBlock, CifLoop, CifValue } from './document';
import { canonicalTag } from './tags';

/** Index of a tag's column in a loop, or -1 when the loop does not declare it. */
export function loopColumn(loop: CifLoop, tag: string): number {
  return loop.tags.indexOf(canonicalTag(tag));
}

/** The first loop of the block that declares `tag`, with the tag's column. */
export function findLoop(
  block: CifBlock,
  tag: string,
): { loop: CifLoop; column: number } | undefined {
  const canonical = canonicalTag(tag);
  for (const loop of block.loops) {
    const column = loop.tags.indexOf(canonical);
    if (column >= 0) return { loop, column };
  }
  return undefined;
}

/**
 * A single value: the item itself, or the only row of a loop that holds the tag (some
 * programs write `loop_ _cell_length_a 5.0`, which means the same as the plain item).
 */
export function blockItem(block: CifBlock, tag: string): CifValue | undefined {
  const item = block.items.get(canonicalTag(tag));
  if (item) return item;
  const found = findLoop(block, tag);
  return found && found.loop.rows.length === 1 ? found.loop.rows[0][found.column] : undefined;
}

export function hasTag(block: CifBlock, tag: string): boolean {
  return block.items.has(canonicalTag(tag)) || findLoop(block, tag) !== undefined;
}
