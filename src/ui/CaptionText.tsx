/** A caption in the lesson markup, drawn with real <sub>/<sup> and citations titled by their reference. */
import { parseMarkup } from '../lesson/markup';
import type { LessonReference } from '../lesson/types';

export function CaptionText(props: { text: string; references?: readonly LessonReference[] }) {
  const { text, references = [] } = props;
  const parsed = parseMarkup(text);
  if (!parsed.ok) return <>{text}</>;
  return (
    <>
      {parsed.segments.map((s, i) => {
        const key = `${i}`;
        if (s.kind === 'sup') return <sup key={key}>{s.text}</sup>;
        if (s.kind === 'sub') return <sub key={key}>{s.text}</sub>;
        if (s.kind === 'cite')
          return (
            <span
              key={key}
              className="caption-cite"
              title={s.refs.map((n) => `[${n}] ${references[n - 1]?.cite ?? ''}`).join('\n')}
            >
              [{s.refs.join(', ')}]
            </span>
          );
        return <span key={key}>{s.text}</span>;
      })}
    </>
  );
}
