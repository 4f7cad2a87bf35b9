/**
 * The pinned read-outs as list rows: powder peaks (2θ, d, I and the shift from the first
 * keyframe's cell) and SAED spots (d, |g|, I), rewritten from every new pattern so they follow
 * x. Each row carries its values as data attributes and a button that unpins it.
 */
import type { Lattice } from '../../crystal/types';
import type { SaedPattern } from '../../diffraction/saed';
import type { XrdPattern } from '../../diffraction/xrd';
import { hklText } from './canvas';
import { hklOf, keyOf, peakReadout, spotReadout } from './readouts';

const DEFAULT_COUNT = 3; // strongest peaks tracked when a structure or scenario opens

export function defaultTracked(p: XrdPattern): Set<string> {
  const strongest = [...p.peaks].sort((a, b) => b.intensity - a.intensity).slice(0, DEFAULT_COUNT);
  return new Set(strongest.map((q) => keyOf(q.hkl[0])));
}

function row(
  kind: 'peak' | 'spot',
  key: string,
  text: string,
  data: Record<string, number | undefined>,
  unpin: () => void,
) {
  const li = document.createElement('li');
  li.dataset.hkl = key;
  for (const [name, v] of Object.entries(data))
    if (v !== undefined) li.dataset[name] = v.toFixed(4);
  const span = document.createElement('span');
  span.textContent = text;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '×';
  button.setAttribute('aria-label', `Unpin ${kind} ${hklText(hklOf(key))}`);
  button.addEventListener('click', unpin);
  li.append(span, button);
  return li;
}

export function trackedRows(
  el: HTMLElement,
  p: XrdPattern,
  tracked: Set<string>,
  reference: Lattice,
  unpin: (key: string) => void,
) {
  const rows = [...tracked].map((key) => {
    const r = peakReadout(p, key, reference);
    return row('peak', key, r.text, { twoTheta: r.twoTheta, d: r.d, shift: r.shift }, () =>
      unpin(key),
    );
  });
  el.replaceChildren(...rows);
}

export function pinnedSpotRows(
  el: HTMLElement,
  p: SaedPattern,
  pinned: Set<string>,
  unpin: (key: string) => void,
) {
  const rows = [...pinned].map((key) => {
    const r = spotReadout(p, key);
    return row('spot', key, r.text, { d: r.d, g: r.g }, () => unpin(key));
  });
  el.replaceChildren(...rows);
}
