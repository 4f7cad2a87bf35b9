/** A canvas sized for the device's pixel ratio: draw in CSS pixels, get sharp lines. */
export function prepareCanvas(canvas: HTMLCanvasElement, cssWidth: number, cssHeight: number) {
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const w = Math.round(cssWidth * dpr);
  const h = Math.round(cssHeight * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  canvas.dataset.cssWidth = String(cssWidth); // for pointer maths when CSS scales it
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/** A scale bar with its label, bottom-left, in the given colour. */
export function scaleBar(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  length: number,
  label: string,
  colour: string,
) {
  ctx.fillStyle = colour;
  ctx.fillRect(x, y, length, 3);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'bottom';
  ctx.fillText(label, x, y - 2);
}

/** (hkl) with negative indices overlined, as crystallographers write them (1̄10). */
export function hklText(hkl: readonly number[]): string {
  return `(${hkl.map((n) => (n < 0 ? `${-n}\u0305` : `${n}`)).join('')})`;
}
