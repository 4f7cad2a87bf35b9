/**
 * The user's last opened CIF, kept in this browser's IndexedDB so that reloading the page (or
 * opening its link again on the same computer) shows the file again; a link cannot carry the
 * file itself. One file is kept at a time. Any storage failure (private window, storage
 * disabled) just means nothing is kept: the app then asks for the file again.
 */

const DB_NAME = 'tunnelscope';
const STORE = 'kept-files';
const KEY = 'last';

interface KeptFile {
  name: string;
  text: string;
}

let pending: Promise<unknown> = Promise.resolve();

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('no IndexedDB'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = body(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps `text` as the file `name`, replacing any file kept before. */
export function keepFile(name: string, text: string): Promise<boolean> {
  const done = pending.then(() =>
    run('readwrite', (s) => s.put({ name, text } satisfies KeptFile, KEY)).then(
      () => true,
      () => false,
    ),
  );
  pending = done;
  return done;
}

/** The kept text of the file `name`, or null when that file is not kept here. */
export function keptFile(name: string): Promise<string | null> {
  return pending.then(() =>
    run<KeptFile | undefined>('readonly', (s) => s.get(KEY)).then(
      (kept) => (kept && kept.name === name ? kept.text : null),
      () => null,
    ),
  );
}

/** Forgets the kept file; a reload then asks for it again. */
export function forgetKeptFile(): Promise<void> {
  const done = pending.then(() =>
    run('readwrite', (s) => s.delete(KEY)).then(
      () => undefined,
      () => undefined,
    ),
  );
  pending = done;
  return done;
}
