/**
 * Under the picker while the user's own CIF is shown: says that the file is kept in this
 * browser (so a reload shows it again; the link alone cannot carry it) and offers to forget it.
 */
import { useEffect, useState } from 'react';
import { useApp } from '../state/store';
import { forgetKeptFile, keptFile } from '../storage/kept-file';

type Status = 'checking' | 'kept' | 'not-kept' | 'forgotten';

export function KeptFileNote() {
  const name = useApp((s) => (s.loaded?.source.kind === 'file' ? s.loaded.source.name : null));
  const [status, setStatus] = useState<Status>('checking');

  useEffect(() => {
    if (name === null) return;
    let live = true;
    setStatus('checking');
    void keptFile(name).then((text) => {
      if (live) setStatus(text === null ? 'not-kept' : 'kept');
    });
    return () => {
      live = false;
    };
  }, [name]);

  if (name === null || status === 'checking') return null;
  return (
    <section className="panel kept-file" data-testid="kept-file" aria-label="Your file">
      {status === 'kept' && (
        <>
          <p className="hint">
            {name} is kept in this browser, so reloading the page shows it again. The link names the
            file but does not carry it: on another computer, open the file there.
          </p>
          <button
            type="button"
            onClick={() => void forgetKeptFile().then(() => setStatus('forgotten'))}
          >
            Forget this file
          </button>
        </>
      )}
      {status === 'forgotten' && (
        <p className="hint">Forgotten: reloading will ask for {name} again.</p>
      )}
      {status === 'not-kept' && (
        <p className="hint">
          {name} could not be kept in this browser: after a reload, open it again.
        </p>
      )}
    </section>
  );
}
