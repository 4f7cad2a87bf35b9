/**
 * Open your own CIF: a file button in the top bar and drag-and-drop anywhere on the page.
 * A broken file reports file, line and reason; what was on screen stays.
 */
import { useEffect, useRef, useState } from 'react';
import { openUserFile } from '../state/actions';
import { openLessonFile } from './LessonPanel';

const MAX_FILE_BYTES = 20 * 1024 * 1024; // CIFs are text; anything this large is not one we can show

async function readFile(file: File) {
  if (/\.lesson\.json$/i.test(file.name)) return openLessonFile(file); // a lesson, not a CIF
  if (file.size > MAX_FILE_BYTES) {
    openUserFile(
      file.name,
      null,
      `${file.name}: the file is ${(file.size / 1e6).toFixed(1)} MB; the limit is 20 MB.`,
    );
    return;
  }
  openUserFile(file.name, await file.text());
}

export function FileDrop() {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/dragleave fire for every child element crossed
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void readFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <div className="file-open">
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open a CIF file, or drop one on the page"
      >
        Open CIF…
      </button>
      <input
        ref={input}
        type="file"
        accept=".cif,.mcif,text/plain"
        aria-label="Open a CIF file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void readFile(file);
          e.target.value = '';
        }}
      />
      {dragging && <div className="drop-overlay">Drop a CIF file to open it</div>}
    </div>
  );
}
