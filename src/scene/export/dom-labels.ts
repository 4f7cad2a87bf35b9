/**
 * The view's DOM labels (tunnel names and widths, the a/b/c axis labels) as the screen shows
 * them: each label's box and text runs with their fonts and colours, in CSS px from the
 * canvas's top left. The export redraws them on the picture at the same places, scaled; it
 * also keeps their placement so it can put it back after a video frame has placed them for its
 * own camera (src/scene/label-placers.ts). The title block is read here too.
 */
import type { ImageLabels } from '../../export/request';

export interface LabelText {
  text: string;
  /** Centre of the run, CSS px from the canvas's top left. */
  x: number;
  y: number;
  /** CSS font parts. */
  size: number;
  weight: string;
  style: string;
  family: string;
  colour: string;
  /** Colour of the text's halo (its text-shadow), if any. */
  halo: string | null;
}

export interface LabelCapture {
  box: { x: number; y: number; width: number; height: number; fill: string; radius: number } | null;
  texts: LabelText[];
}

export const TUNNEL_LABELS = '.tunnel-label';
export const AXIS_LABELS = '.axis-label';

function transparentColour(c: string): boolean {
  return c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);
}

function haloOf(style: CSSStyleDeclaration): string | null {
  if (!style.textShadow || style.textShadow === 'none') return null;
  return style.textShadow.match(/rgba?\([^)]*\)|#[0-9a-f]{3,8}/i)?.[0] ?? null;
}

/** The pseudo-element text before an element (the ⊙/⊗ of an end-on axis). */
function beforeText(el: Element): string {
  const content = getComputedStyle(el, '::before').content;
  if (!content || content === 'none' || content === 'normal') return '';
  return content.replace(/^["']|["']$/g, '');
}

function shown(el: HTMLElement): boolean {
  if (el.hidden) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** Text runs: each element without element children, drawn centred in its own box. */
function textRuns(el: HTMLElement, origin: DOMRect): LabelText[] {
  const leaves = el.children.length === 0 ? [el] : [...el.querySelectorAll<HTMLElement>('*')];
  return leaves
    .filter((leaf) => leaf.children.length === 0 && (leaf.textContent ?? '').trim() !== '')
    .map((leaf) => {
      const style = getComputedStyle(leaf);
      const r = leaf.getBoundingClientRect();
      return {
        text: beforeText(leaf) + (leaf.textContent ?? ''),
        x: r.left + r.width / 2 - origin.left,
        y: r.top + r.height / 2 - origin.top,
        size: Number.parseFloat(style.fontSize),
        weight: style.fontWeight,
        style: style.fontStyle,
        family: style.fontFamily,
        colour: style.color,
        halo: haloOf(style),
      };
    });
}

export function captureLabels(canvas: HTMLCanvasElement, selector: string): LabelCapture[] {
  const parent = canvas.parentElement;
  if (!parent) return [];
  const origin = canvas.getBoundingClientRect();
  return [...parent.querySelectorAll<HTMLElement>(selector)].filter(shown).map((el) => {
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const box = transparentColour(style.backgroundColor)
      ? null
      : {
          x: r.left - origin.left,
          y: r.top - origin.top,
          width: r.width,
          height: r.height,
          fill: style.backgroundColor,
          radius: Number.parseFloat(style.borderTopLeftRadius) || 0,
        };
    return { box, texts: textRuns(el, origin) };
  });
}

/** The tunnel and axis labels an export asks for, as the view shows them now. */
export function captureWanted(canvas: HTMLCanvasElement, want: ImageLabels): LabelCapture[] {
  return [
    ...(want.tunnels ? captureLabels(canvas, TUNNEL_LABELS) : []),
    ...(want.axes ? captureLabels(canvas, AXIS_LABELS) : []),
  ];
}

/** The title block as the view's corner shows it: title, then detail lines. */
export function titleLines(canvas: HTMLCanvasElement): string[] {
  const info = canvas.closest('.stage')?.querySelector('.structure-info');
  if (!info) return [];
  return [...info.querySelectorAll('.title, .meta')]
    .map((el) => (el.textContent ?? '').trim())
    .filter(Boolean);
}

/** Remembers where the labels are placed, to put them back after off-screen renders. */
export function keepPlacement(canvas: HTMLCanvasElement, selector: string): () => void {
  const els = [...(canvas.parentElement?.querySelectorAll<HTMLElement>(selector) ?? [])];
  const kept = els.map((el) => ({
    el,
    transform: el.style.transform,
    endOn: el.dataset.endOn,
    title: el.title,
    hidden: el.hidden,
  }));
  return () => {
    for (const k of kept) {
      if (k.el.style.transform !== k.transform) k.el.style.transform = k.transform;
      if (k.el.hidden !== k.hidden) k.el.hidden = k.hidden;
      if (k.el.dataset.endOn !== k.endOn) {
        if (k.endOn === undefined) delete k.el.dataset.endOn;
        else k.el.dataset.endOn = k.endOn;
      }
      if (k.el.title !== k.title) k.el.title = k.title;
    }
  };
}
