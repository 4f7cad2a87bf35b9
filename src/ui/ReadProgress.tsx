/**
 * While a user's file is read off the page: its name, what is being done, a progress bar and
 * Cancel. The view behind keeps the old structure, and keeps turning, until the new one is built.
 */
import { cancelReading } from '../state/actions';
import { useApp } from '../state/store';
import './read-progress.css';

function size(chars: number): string {
  return chars >= 1e6
    ? `${(chars / 1e6).toFixed(1)} MB`
    : `${Math.max(1, Math.round(chars / 1e3))} kB`;
}

export function ReadProgress() {
  const reading = useApp((s) => s.reading);
  if (!reading) return null;
  const percent = Math.round(reading.fraction * 100);
  return (
    <div className="read-progress" role="status" aria-label={`Reading ${reading.file}`}>
      <div className="read-progress-text">
        Reading <b>{reading.file}</b> ({size(reading.chars)}): {reading.stage}… {percent} %
      </div>
      <progress max={1} value={reading.fraction} aria-label="Reading progress" />
      <button type="button" onClick={cancelReading}>
        Cancel
      </button>
    </div>
  );
}
