/** The overlay switches an image or a video carries (tunnel and axis labels, title, key, caption). */
import type { ImageLabels } from '../../export/request';

const LABEL_NAMES: [keyof ImageLabels, string][] = [
  ['tunnels', 'Tunnel labels'],
  ['axes', 'Axis labels'],
  ['title', 'Title'],
  ['key', 'Colour key'],
  ['caption', 'Caption'],
];

export function OverlayChecks(props: {
  labels: ImageLabels;
  onChange: (labels: ImageLabels) => void;
  disabled?: boolean;
}) {
  const { labels, onChange, disabled = false } = props;
  return (
    <fieldset className="export-checks">
      <legend>Show</legend>
      {LABEL_NAMES.map(([name, text]) => (
        <label key={name} className="export-check">
          <input
            type="checkbox"
            checked={labels[name]}
            disabled={disabled}
            onChange={(e) => onChange({ ...labels, [name]: e.target.checked })}
          />
          {text}
        </label>
      ))}
    </fieldset>
  );
}
