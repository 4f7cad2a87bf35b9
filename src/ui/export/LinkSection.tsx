/**
 * Export panel, Link: "Copy link" (this view, or the whole open lesson) and "Copy embed code"
 * (an <iframe> showing the view alone). The text copied is also shown, to copy by hand where
 * the browser refuses the clipboard.
 */
import { useState } from 'react';
import {
  type EmbedOptions,
  embedCode,
  type PageLocation,
  shareLink,
} from '../../export/share-link';
import { encodeLessonData } from '../../lesson/link';
import { useApp } from '../../state/store';

function here(): PageLocation {
  return { base: window.location.href.replace(/[?#].*$/, ''), search: window.location.search };
}

/** The fragment payload of the open lesson when the link must carry it (not a bundled one). */
function lessonData(): string | null {
  const { lesson, lessonId } = useApp.getState();
  return lesson && !lessonId ? encodeLessonData(lesson) : null;
}

async function copy(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied to the clipboard.';
  } catch {
    return 'The browser did not allow copying: select the text below and copy it.';
  }
}

type EmbedChoice = Omit<EmbedOptions, 'title'>;

const EMBED_OPTIONS: [keyof EmbedChoice, string, string][] = [
  ['controls', 'Without controls', 'The view alone: no timeline (controls=0)'],
  ['loop', 'Looping', 'A scenario plays round and round (loop=1)'],
  ['transparent', 'Transparent', 'The slide shows through behind the structure (transparent=1)'],
];

export function LinkSection() {
  const lessonOpen = useApp((s) => s.lesson !== null);
  const [shown, setShown] = useState<{ text: string; status: string } | null>(null);
  const [embed, setEmbed] = useState<EmbedChoice>({
    width: 960,
    height: 540,
    controls: true,
    loop: false,
    transparent: false,
  });
  const copyText = async (text: string) => setShown({ text, status: await copy(text) });
  const title = () =>
    document.querySelector('.structure-info .title')?.textContent?.trim() || 'Tunnelscope view';
  const size = (name: 'width' | 'height', label: string) => (
    <label>
      {label}{' '}
      <input
        type="number"
        min={120}
        max={4096}
        step={10}
        value={embed[name]}
        onChange={(e) => setEmbed({ ...embed, [name]: Number(e.target.value) })}
      />
    </label>
  );
  return (
    <section className="export-section" aria-labelledby="export-link-heading">
      <h3 id="export-link-heading">Link</h3>
      <div className="export-buttons">
        <button type="button" onClick={() => void copyText(shareLink(here(), lessonData()))}>
          Copy link
        </button>
        {lessonOpen && <span className="export-note">with the open lesson</span>}
      </div>
      <fieldset className="export-row export-embed">
        <legend>Embed frame (px)</legend>
        {size('width', 'Width')}
        {size('height', 'Height')}
      </fieldset>
      <div className="export-checks">
        {EMBED_OPTIONS.map(([name, label, title]) => (
          <label key={name} className="export-check" title={title}>
            <input
              type="checkbox"
              checked={name === 'controls' ? !embed.controls : Boolean(embed[name])}
              onChange={(e) =>
                setEmbed({
                  ...embed,
                  [name]: name === 'controls' ? !e.target.checked : e.target.checked,
                })
              }
            />
            {label}
          </label>
        ))}
      </div>
      <button
        type="button"
        onClick={() =>
          void copyText(
            embedCode(here(), lessonData(), {
              ...embed,
              title: `Tunnelscope: ${title()}`,
            }),
          )
        }
      >
        Copy embed code
      </button>
      {shown && (
        <div className="export-copied">
          <div role="status">{shown.status}</div>
          <textarea readOnly value={shown.text} aria-label="Copied text" rows={3} />
        </div>
      )}
    </section>
  );
}
