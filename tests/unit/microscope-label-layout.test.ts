import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abovePeak,
  aroundSpot,
  type LabelRequest,
  layoutLabels,
  overlaps,
  type Rect,
} from '../../src/ui/microscope/label-layout';

const BOUNDS: Rect = { x: 8, y: 2, width: 264, height: 160 };

function label(x: number, top: number, priority: number, width = 26): LabelRequest {
  return { anchor: [x, top], width, height: 10, priority };
}

function noOverlaps(boxes: Rect[]) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
}

describe('XRD peak labels', () => {
  it('α-MnO2 low angles: (220) and (310) 3° apart get separate boxes, the stronger on its peak', () => {
    // 3.1 px per degree: (220) at 25.7°, (310) at 28.8°, both about 40 % high.
    const px = (t: number) => 8 + ((t - 5) / 85) * 264;
    const requests = [label(px(25.7), 100, 30), label(px(28.8), 90, 45)];
    const placed = layoutLabels(requests, { bounds: BOUNDS, candidates: abovePeak(2) });
    expect(placed).toHaveLength(2);
    noOverlaps(placed.map((p) => p.box));
    const strong = placed.find((p) => p.index === 1);
    expect(strong?.box.x).toBeCloseTo(px(28.8) - 13, 6);
    expect(strong?.box.y).toBe(90 - 2 - 10);
    expect(strong?.displaced).toBe(false);
  });

  it('a label that cannot fit is left out, the most important ones are kept', () => {
    const narrow: Rect = { x: 0, y: 0, width: 40, height: 12 };
    const requests = [label(20, 11, 1), label(20, 11, 5), label(22, 11, 3)];
    const placed = layoutLabels(requests, { bounds: narrow, candidates: abovePeak(0, 0) });
    expect(placed.map((p) => p.index)).toEqual([1]);
  });

  it('keeps clear of obstacles (the wavelength caption)', () => {
    const caption: Rect = { x: 8, y: 2, width: 70, height: 12 };
    // A 100 % peak near the left edge: its top is just under the caption.
    const placed = layoutLabels([label(30, 23, 10)], {
      bounds: BOUNDS,
      obstacles: [caption],
      candidates: abovePeak(2),
    });
    expect(placed).toHaveLength(1);
    expect(overlaps(placed[0].box, caption)).toBe(false);
  });

  it('never overlaps, always inside the plot, for any peaks (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 0, max: 280, noNaN: true }),
            top: fc.double({ min: 10, max: 170, noNaN: true }),
            p: fc.integer({ min: 0, max: 100 }),
            w: fc.integer({ min: 12, max: 60 }),
          }),
          { maxLength: 40 },
        ),
        (peaks) => {
          const requests = peaks.map((q) => label(q.x, q.top, q.p, q.w));
          const placed = layoutLabels(requests, { bounds: BOUNDS, candidates: abovePeak(2) });
          noOverlaps(placed.map((p) => p.box));
          for (const p of placed) {
            expect(p.box.x).toBeGreaterThanOrEqual(BOUNDS.x);
            expect(p.box.x + p.box.width).toBeLessThanOrEqual(BOUNDS.x + BOUNDS.width);
            expect(p.box.y).toBeGreaterThanOrEqual(BOUNDS.y);
            // Over its peak's top, or beside its line: never across the peak it names.
            const [ax, ay] = requests[p.index].anchor;
            const across = p.box.x < ax && ax < p.box.x + p.box.width;
            if (across) expect(p.box.y + p.box.height).toBeLessThanOrEqual(ay);
          }
          // A label is left out only when every candidate of it was outside or taken by a
          // label placed before it (higher priority, or equal and earlier).
          const kept = new Set(placed.map((p) => p.index));
          const before = (j: number, i: number) =>
            requests[j].priority > requests[i].priority ||
            (requests[j].priority === requests[i].priority && j < i);
          requests.forEach((r, i) => {
            if (kept.has(i)) return;
            for (const box of abovePeak(2)(r)) {
              const inBounds =
                box.x >= BOUNDS.x &&
                box.y >= BOUNDS.y &&
                box.x + box.width <= BOUNDS.x + BOUNDS.width &&
                box.y + box.height <= BOUNDS.y + BOUNDS.height;
              if (!inBounds) continue;
              expect(placed.some((p) => before(p.index, i) && overlaps(box, p.box, 1))).toBe(true);
            }
          });
        },
      ),
      { numRuns: 300, seed: 10 },
    );
  });
});

describe('SAED spot labels', () => {
  it('two close spots: labels on both, apart, the first at the upper right of its spot', () => {
    const r = () => 4;
    const requests = [label(140, 100, 100, 30), label(150, 100, 90, 30)];
    const placed = layoutLabels(requests, {
      bounds: { x: 0, y: 0, width: 280, height: 280 },
      candidates: aroundSpot(r),
    });
    expect(placed).toHaveLength(2);
    noOverlaps(placed.map((p) => p.box));
    expect(placed[0].box.x).toBeGreaterThan(140);
    expect(placed[0].box.y + placed[0].box.height).toBeLessThan(100);
  });

  it('a label never covers the central beam', () => {
    const beam: Rect = { x: 132, y: 132, width: 16, height: 16 };
    const placed = layoutLabels([label(130, 150, 1, 30)], {
      bounds: { x: 0, y: 0, width: 280, height: 280 },
      obstacles: [beam],
      candidates: aroundSpot(() => 3),
    });
    expect(placed).toHaveLength(1);
    expect(overlaps(placed[0].box, beam)).toBe(false);
  });
});
