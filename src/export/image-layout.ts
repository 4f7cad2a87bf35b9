/**
 * Where the title, the colour key and the caption go on an exported picture, as a list of
 * drawing operations in picture pixels. Sizes are the screen's (CSS px × text scale) times the
 * picture's pixels per CSS pixel, so a 4× picture looks like the screen, only sharper. Pure:
 * text widths come from the `measure` function given (a 2D canvas in the page, a stub in
 * tests).
 */
import { chooseKeyPlace, type KeyPlace } from '../state/key-place';
import type { ScreenBox } from '../state/screen-box';
import { type ColourKey, elementText, sectorText } from './image-key';

export type DrawOp =
  | {
      kind: 'box';
      x: number;
      y: number;
      width: number;
      height: number;
      radius: number;
      fill: string;
    }
  | {
      kind: 'text';
      x: number;
      /** Baseline. */
      y: number;
      text: string;
      px: number;
      weight: number;
      colour: string;
    }
  | { kind: 'swatch'; cx: number; cy: number; r: number; fill: string; stroke: string }
  | {
      kind: 'sectors';
      x: number;
      y: number;
      width: number;
      height: number;
      /** Consecutive shares left to right; `fill` white for the vacant share. */
      parts: { fraction: number; fill: string }[];
      stroke: string;
    };

/** Width of `text` in px at font size `px` and weight `weight`. */
export type Measure = (text: string, px: number, weight: number) => number;

export interface OverlayContent {
  /** The view's title block: first line the title, then its detail lines. */
  title: string[];
  key: ColourKey | null;
  caption: string;
}

export interface OverlayLayoutInput {
  width: number;
  height: number;
  /** Picture pixels per CSS pixel of the view. */
  pxPerCss: number;
  /** The page's text scale (`text=`). */
  textScale: number;
  dark: boolean;
  content: OverlayContent;
  measure: Measure;
  /**
   * Where the drawn block lies in the picture (px), when it stands as on screen (a PNG): the
   * key then keeps off it as the view's does. Without it the key sits bottom right.
   */
  structure?: ScreenBox;
}

// CSS px at text scale 1: the sizes the screen uses (app.css, ColourKey.css).
const MARGIN = 8;
const PAD = 6;
const TITLE_PX = 20;
const META_PX = 14;
const KEY_PX = 14;
const CAPTION_PX = 16;
const LINE = 1.3; // line height / font size
const MAX_CAPTION_LINES = 3;

export function overlayLayout(input: OverlayLayoutInput): DrawOp[] {
  const { width, height, content } = input;
  const u = input.pxPerCss * input.textScale; // picture px per CSS px of text
  const ink = input.dark ? '#e8eaed' : '#1b1f24';
  const muted = input.dark ? '#a8b0ba' : '#5b6470';
  const panel = input.dark ? 'rgba(17, 19, 22, 0.82)' : 'rgba(255, 255, 255, 0.82)';
  const stroke = input.dark ? '#e8eaed' : '#1b1f24';
  const ops: DrawOp[] = [];
  const m = input.measure;

  // Caption: a band across the bottom, wrapped to the width, at most three lines.
  let bottom = height;
  if (content.caption.trim() !== '') {
    const px = CAPTION_PX * u;
    const all = wrap(content.caption, width - 2 * PAD * u, px, 400, m);
    const lines = all.slice(0, MAX_CAPTION_LINES);
    if (all.length > lines.length) lines[lines.length - 1] += ' …';
    const band = lines.length * px * LINE + 2 * PAD * u;
    bottom = height - band;
    ops.push({ kind: 'box', x: 0, y: bottom, width, height: band, radius: 0, fill: panel });
    for (const [i, text] of lines.entries())
      ops.push({
        kind: 'text',
        x: PAD * u,
        y: bottom + PAD * u + (i + 0.8) * px * LINE,
        text,
        px,
        weight: 400,
        colour: ink,
      });
  }

  // Title block, top left, as on screen.
  let titleBox: ScreenBox | null = null;
  if (content.title.length > 0) {
    const rows = content.title.map((text, i) => ({
      text,
      px: (i === 0 ? TITLE_PX : META_PX) * u,
      weight: i === 0 ? 650 : 400,
      colour: i === 0 ? ink : muted,
    }));
    const w = Math.max(...rows.map((r) => m(r.text, r.px, r.weight))) + 2 * PAD * u;
    const h = rows.reduce((sum, r) => sum + r.px * LINE, 0) + 2 * PAD * u;
    const x0 = MARGIN * u;
    const y0 = MARGIN * u;
    ops.push({ kind: 'box', x: x0, y: y0, width: w, height: h, radius: 6 * u, fill: panel });
    titleBox = { left: x0, top: y0, right: x0 + w, bottom: y0 + h };
    let y = y0 + PAD * u;
    for (const r of rows) {
      ops.push({ kind: 'text', x: x0 + PAD * u, y: y + 0.8 * r.px * LINE, ...r });
      y += r.px * LINE;
    }
  }

  // Colour key, bottom right above the caption.
  if (content.key && content.key.elements.length > 0) {
    const px = KEY_PX * u;
    const row = px * LINE * 1.15;
    const sw = px * 1.1; // swatch / sector-bar height
    const bar = 3 * sw;
    const gap = 0.5 * px;
    const rows = [
      ...content.key.elements.map((e) => ({
        text: e.guest ? `${elementText(e)}  guest` : elementText(e),
        lead: sw,
        draw: (x: number, cy: number): DrawOp => ({
          kind: 'swatch',
          cx: x + sw / 2,
          cy,
          r: sw / 2,
          fill: e.colour,
          stroke,
        }),
      })),
      ...content.key.sectors.map((s) => ({
        text: `${s.labels.join(', ')}: ${sectorText(s)}`,
        lead: bar,
        draw: (x: number, cy: number): DrawOp => ({
          kind: 'sectors',
          x,
          y: cy - sw / 2,
          width: bar,
          height: sw,
          parts: [
            ...s.parts.map((p) => ({ fraction: p.fraction, fill: p.colour })),
            ...(s.vacancy > 0 ? [{ fraction: s.vacancy, fill: '#ffffff' }] : []),
          ],
          stroke,
        }),
      })),
    ];
    const widths = rows.map((r) => r.lead + gap + m(r.text, px, 400));
    const places = keyPlaces(widths, {
      row,
      pad: PAD * u,
      margin: MARGIN * u,
      spacing: px,
      width,
      bottom,
    });
    const view = { left: 0, top: 0, right: width, bottom };
    const obstacles = [input.structure, titleBox].filter(
      (b): b is ScreenBox => b !== null && b !== undefined,
    );
    const chosen = input.structure
      ? chooseKeyPlace(
          places.map((p) => ({ place: p.place, box: p.box })),
          obstacles,
          view,
        )
      : 'column';
    const { box, at } = places.find((p) => p.place === chosen) ?? places[0];
    ops.push({
      kind: 'box',
      x: box.left,
      y: box.top,
      width: box.right - box.left,
      height: box.bottom - box.top,
      radius: 6 * u,
      fill: panel,
    });
    rows.forEach((r, i) => {
      const { x, cy } = at[i];
      ops.push(r.draw(x, cy));
      ops.push({
        kind: 'text',
        x: x + r.lead + gap,
        y: cy + 0.35 * px,
        text: r.text,
        px,
        weight: 400,
        colour: ink,
      });
    });
  }
  return ops;
}

interface KeyMetrics {
  /** Row height, padding, margin and the space between items of a row (px). */
  row: number;
  pad: number;
  margin: number;
  spacing: number;
  /** The picture's width and the bottom of the free area (above the caption band). */
  width: number;
  bottom: number;
}

/**
 * The key's three places (ui ColourKey.css lays out the same): a column bottom right, a row
 * bottom right (items side by side, wrapped to the width, right-aligned) and a column top
 * right. For each, its box and where each item starts (left x, centre y).
 */
export function keyPlaces(
  widths: number[],
  k: KeyMetrics,
): { place: KeyPlace; box: ScreenBox; at: { x: number; cy: number }[] }[] {
  const inner = Math.max(...widths);
  const w = inner + 2 * k.pad;
  const h = widths.length * k.row + 2 * k.pad;
  const column = (top: number) => {
    const left = k.width - k.margin - w;
    return {
      box: { left, top, right: left + w, bottom: top + h },
      at: widths.map((_, i) => ({ x: left + k.pad, cy: top + k.pad + (i + 0.5) * k.row })),
    };
  };
  // Row: fill lines from the first item, each line at most the picture's width less margins.
  const room = k.width - 2 * k.margin - 2 * k.pad;
  const lines: number[][] = [[]];
  const lineWidth = (line: number[]) =>
    line.reduce((sum, i, n) => sum + widths[i] + (n > 0 ? k.spacing : 0), 0);
  widths.forEach((_, i) => {
    const line = lines[lines.length - 1];
    if (line.length > 0 && lineWidth([...line, i]) > room) lines.push([i]);
    else line.push(i);
  });
  const rowInner = Math.max(...lines.map(lineWidth));
  const rw = rowInner + 2 * k.pad;
  const rh = lines.length * k.row + 2 * k.pad;
  const right = k.width - k.margin;
  const top = k.bottom - k.margin - rh;
  const at: { x: number; cy: number }[] = [];
  lines.forEach((line, n) => {
    let x = right - k.pad - lineWidth(line);
    for (const i of line) {
      at[i] = { x, cy: top + k.pad + (n + 0.5) * k.row };
      x += widths[i] + k.spacing;
    }
  });
  return [
    { place: 'column', ...column(k.bottom - k.margin - h) },
    { place: 'row', box: { left: right - rw, top, right, bottom: top + rh }, at },
    { place: 'top', ...column(k.margin) },
  ];
}

/** Greedy word wrap to `maxWidth`; a single word wider than the line stays whole. */
export function wrap(text: string, maxWidth: number, px: number, weight: number, m: Measure) {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && m(next, px, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
