/** Text size for the back row of a lecture hall: panels, captions and the view's labels. */
import { useApp } from '../state/store';
import './text-scale.css';

const SIZES: { scale: number; name: string }[] = [
  { scale: 1, name: '100 %' },
  { scale: 1.25, name: '125 %' },
  { scale: 1.5, name: '150 %' },
  { scale: 2, name: '200 %' },
];

export function TextSizeChoice() {
  const scale = useApp((s) => s.textScale);
  const known = SIZES.some((s) => s.scale === scale);
  return (
    <label className="row text-size-choice">
      Text size{' '}
      <select
        value={String(scale)}
        onChange={(e) => useApp.getState().setTextScale(Number(e.target.value))}
      >
        {!known && <option value={String(scale)}>{Math.round(scale * 100)} %</option>}
        {SIZES.map((s) => (
          <option key={s.scale} value={String(s.scale)}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
