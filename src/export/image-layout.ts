/**
 * Where the title, the colour key and the caption go on an exported picture, as a list of
 * drawing operations in picture pixels. Sizes are the screen's (CSS px × text scale) times the
 * picture's pixels per CSS pixel, so a 4× picture looks like the screen, only sharper. Pure:
 * text widths come from the `measure` function given (a 2D canvas in the page, a stub in
 * tests).
 */
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
    const inner = Math.max(...rows.map((r) => r.lead + gap + m(r.text, px, 400)));
    const w = inner + 2 * PAD * u;
    const h = rows.length * row + 2 * PAD * u;
    const x0 = width - MARGIN * u - w;
    const y0 = bottom - MARGIN * u - h;
    ops.push({ kind: 'box', x: x0, y: y0, width: w, height: h, radius: 6 * u, fill: panel });
    rows.forEach((r, i) => {
      const cy = y0 + PAD * u + (i + 0.5) * row;
      ops.push(r.draw(x0 + PAD * u, cy));
      ops.push({
        kind: 'text',
        x: x0 + PAD * u + r.lead + gap,
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
