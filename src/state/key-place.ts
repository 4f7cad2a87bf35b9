/**
 * Where the colour key goes in the view: the first of its places (bottom right as a column,
 * bottom right as a row, top right as a column) that covers neither the drawn block nor the
 * title or a button, inside the view; failing all, the one that covers least. Pure: the view
 * (ui/ColourKey.tsx) measures its boxes and an exported picture (export/image-layout.ts) lays
 * out its own; this picks.
 */
import { overlapArea, type ScreenBox } from './screen-box';

export const KEY_PLACES = ['column', 'row', 'top'] as const;
export type KeyPlace = (typeof KEY_PLACES)[number];

export function chooseKeyPlace(
  candidates: { place: KeyPlace; box: ScreenBox }[],
  obstacles: ScreenBox[],
  view: ScreenBox,
): KeyPlace {
  let best: { place: KeyPlace; cost: number } | null = null;
  for (const { place, box } of candidates) {
    const outside = area(box) - overlapArea(box, view);
    const cost = outside + obstacles.reduce((sum, o) => sum + overlapArea(box, o), 0);
    if (cost === 0) return place;
    if (!best || cost < best.cost) best = { place, cost };
  }
  return best?.place ?? 'column';
}

function area(b: ScreenBox): number {
  return Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
}
