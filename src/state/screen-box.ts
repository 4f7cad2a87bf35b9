/** A rectangle on screen in CSS pixels (left < right, top < bottom). */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Overlap area of two boxes (0 when they only touch or are apart). */
export function overlapArea(a: ScreenBox, b: ScreenBox): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The smallest box holding both (`a` null: `b`). */
export function unionBox(a: ScreenBox | null, b: ScreenBox): ScreenBox {
  if (!a) return { ...b };
  return {
    left: Math.min(a.left, b.left),
    top: Math.min(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
  };
}

/** Two boxes differ by more than `px` at some edge. */
export function boxMoved(a: ScreenBox | null, b: ScreenBox | null, px: number): boolean {
  if (!a || !b) return a !== b;
  return (
    Math.abs(a.left - b.left) > px ||
    Math.abs(a.top - b.top) > px ||
    Math.abs(a.right - b.right) > px ||
    Math.abs(a.bottom - b.bottom) > px
  );
}
