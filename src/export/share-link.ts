/**
 * "Copy link" and "Copy embed code": the view's link (with the whole lesson in the fragment
 * when the open lesson is not a bundled one, so the link carries it), and an `<iframe>` that
 * shows the view alone (`embed=1`), optionally without controls, looping, transparent. Pure.
 */

export interface PageLocation {
  /** `https://host/path/index.html`: origin and path, no query. */
  base: string;
  /** The query string the app keeps in step with the view, with its `?` (or empty). */
  search: string;
}

export interface EmbedOptions {
  width: number;
  height: number;
  /** false → `controls=0`: no timeline either, the view alone. */
  controls: boolean;
  /** true → `loop=1`: a scenario plays round and round. */
  loop: boolean;
  /** true → `transparent=1`: the page behind the frame shows through. */
  transparent: boolean;
  /** The frame's accessible title. */
  title: string;
}

/** Link to what is on screen; `lessonData` (encodeLessonData) travels in the fragment. */
export function shareLink(at: PageLocation, lessonData: string | null): string {
  const hash = lessonData ? `#lesson=${lessonData}` : '';
  return `${at.base}${at.search}${hash}`;
}

/** Sizes an embed frame may have, CSS px. */
export const MIN_EMBED_SIDE = 120;
export const MAX_EMBED_SIDE = 4096;

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The `src` of an embed frame: the link with embed=1 and the chosen options. */
export function embedUrl(at: PageLocation, lessonData: string | null, o: EmbedOptions): string {
  const params = new URLSearchParams(at.search);
  params.delete('present');
  params.set('embed', '1');
  for (const [name, on, value] of [
    ['controls', !o.controls, '0'],
    ['loop', o.loop, '1'],
    ['transparent', o.transparent, '1'],
  ] as const) {
    if (on) params.set(name, value);
    else params.delete(name);
  }
  return shareLink({ base: at.base, search: `?${params}` }, lessonData);
}

export function embedCode(at: PageLocation, lessonData: string | null, o: EmbedOptions): string {
  const clamp = (v: number) =>
    Math.round(Math.min(MAX_EMBED_SIDE, Math.max(MIN_EMBED_SIDE, Number.isFinite(v) ? v : 0)));
  const style = o.transparent ? 'border:0;background:transparent' : 'border:0';
  return (
    `<iframe src="${escapeAttr(embedUrl(at, lessonData, o))}" width="${clamp(o.width)}" ` +
    `height="${clamp(o.height)}" style="${style}" title="${escapeAttr(o.title)}" ` +
    `loading="lazy" allowfullscreen${o.transparent ? ' allowtransparency="true"' : ''}></iframe>`
  );
}
