/**
 * Label layout for the XRD plot and the SAED pattern, free of the DOM so it is tested in
 * Node: labels are placed greedily, most important first, each at the first of its candidate
 * boxes (nearest its anchor first) that stays inside the bounds and overlaps no label already
 * placed and no obstacle. A label with no free candidate is left out, so labels never overlap;
 * dense low-angle peaks stack their labels upwards instead of printing over each other.
 */

export interface Rect {
  x: number; // left, px
  y: number; // top, px (down the screen)
  width: number;
  height: number;
}

export interface LabelRequest {
  /** The point the label names: a peak's top, a spot's centre (px). */
  anchor: [number, number];
  width: number;
  height: number;
  /** Higher is placed first; ties keep the given order. */
  priority: number;
}

export interface PlacedLabel {
  /** Index of the request. */
  index: number;
  box: Rect;
  /** True when the box is moved off its first choice far enough to need a leader line. */
  displaced: boolean;
}

export interface LayoutOptions {
  bounds: Rect;
  /** Boxes no label may cover (a caption, the central beam). */
  obstacles?: Rect[];
  /** Clear space kept between boxes (px). */
  gap?: number;
  /** Candidate boxes for a request, best first. */
  candidates: (r: LabelRequest) => Rect[];
}

export function overlaps(p: Rect, q: Rect, gap = 0): boolean {
  return (
    p.x < q.x + q.width + gap &&
    q.x < p.x + p.width + gap &&
    p.y < q.y + q.height + gap &&
    q.y < p.y + p.height + gap
  );
}

function inside(r: Rect, b: Rect): boolean {
  return (
    r.x >= b.x && r.y >= b.y && r.x + r.width <= b.x + b.width && r.y + r.height <= b.y + b.height
  );
}

export function layoutLabels(requests: LabelRequest[], options: LayoutOptions): PlacedLabel[] {
  const gap = options.gap ?? 1;
  const obstacles = options.obstacles ?? [];
  const order = requests
    .map((_, i) => i)
    .sort((i, j) => requests[j].priority - requests[i].priority || i - j);
  const placed: PlacedLabel[] = [];
  for (const index of order) {
    const list = options.candidates(requests[index]);
    for (let k = 0; k < list.length; k++) {
      const box = list[k];
      if (!inside(box, options.bounds)) continue;
      if (obstacles.some((o) => overlaps(box, o, 0))) continue;
      if (placed.some((p) => overlaps(box, p.box, gap))) continue;
      const first = list[0];
      const moved = Math.hypot(box.x - first.x, box.y - first.y);
      placed.push({ index, box, displaced: moved > requests[index].height });
      break;
    }
  }
  return placed.sort((p, q) => p.index - q.index);
}

/**
 * Above a peak: centred on it and just over its top first, then higher in steps of one line,
 * then shifted sideways by half and by one whole label width at each height; last, beside the
 * peak's line below its top (left or right of it, never across it).
 */
export function abovePeak(rise: number, levels = 12, below = 4): (r: LabelRequest) => Rect[] {
  return (r) => {
    const out: { rect: Rect; cost: number }[] = [];
    const step = r.height + 1;
    const box = (x: number, y: number): Rect => ({ x, y, width: r.width, height: r.height });
    const top = r.anchor[1] - rise - r.height;
    for (let level = 0; level <= levels; level++) {
      for (const shift of [0, -0.5, 0.5, -1, 1]) {
        out.push({
          rect: box(r.anchor[0] - r.width / 2 + shift * r.width, top - level * step),
          cost: level * step + Math.abs(shift) * r.width * 1.5,
        });
      }
    }
    for (let level = 1; level <= below; level++) {
      const y = top + level * step;
      const cost = 2 * r.width + level * step;
      out.push({ rect: box(r.anchor[0] - r.width - 2, y), cost });
      out.push({ rect: box(r.anchor[0] + 2, y), cost: cost + 0.5 });
    }
    return out.sort((p, q) => p.cost - q.cost).map((c) => c.rect);
  };
}

/**
 * Around a spot of radius `radius`: upper right first (as diffraction figures are labelled),
 * then the other corners, then right, left, above and below, then the same a little further
 * out (not further: a label far from its spot would name the wrong one).
 */
export function aroundSpot(radius: (r: LabelRequest) => number): (r: LabelRequest) => Rect[] {
  return (r) => {
    const out: Rect[] = [];
    const [x, y] = r.anchor;
    for (const reach of [1, 1.8]) {
      const d = radius(r) * reach + 2;
      const w = r.width;
      const h = r.height;
      out.push(
        { x: x + d, y: y - d - h, width: w, height: h },
        { x: x - d - w, y: y - d - h, width: w, height: h },
        { x: x + d, y: y + d, width: w, height: h },
        { x: x - d - w, y: y + d, width: w, height: h },
        { x: x + d, y: y - h / 2, width: w, height: h },
        { x: x - d - w, y: y - h / 2, width: w, height: h },
        { x: x - w / 2, y: y - d - h, width: w, height: h },
        { x: x - w / 2, y: y + d, width: w, height: h },
      );
    }
    return out;
  };
}
