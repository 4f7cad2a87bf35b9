/**
 * One Web Worker that answers the newest job only (an older job's late answer is dropped, and
 * its promise never settles). Where a worker cannot start or fails (a page opened from
 * file://, a reply it cannot send, a job it cannot clone) the job in hand runs on the page
 * instead, after the next frame so what was just drawn shows first; the answer is the same.
 */

export type Where = 'worker' | 'page';

/** What a worker posts back: its answer, or why it could not give one. */
export type WorkerReply<A> =
  | { id: number; kind: 'done'; answer: A }
  | { id: number; kind: 'failed' };

export interface LatestJobWorker<J, A> {
  run: (job: J) => Promise<{ answer: A; where: Where }>;
}

export function latestJobWorker<J, A>(options: {
  /** `new Worker(new URL('./worker.ts', import.meta.url), …)`, written where Vite sees it. */
  start: () => Worker;
  /** The same work on the page. */
  onPage: (job: J) => A | Promise<A>;
  /** Awaited before the page does the work (e.g. the space-group tables). */
  beforePage?: () => Promise<void>;
}): LatestJobWorker<J, A> {
  interface Pending {
    id: number;
    job: J;
    finish: (r: { answer: A; where: Where }) => void;
  }
  let worker: Worker | null | undefined; // null: no worker here, work on the page
  let pending: Pending | null = null;
  let nextId = 1;

  function fallBack() {
    worker?.terminate();
    worker = null;
    if (pending) void onPage(pending);
  }

  async function onPage(p: Pending) {
    await options.beforePage?.();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (pending !== p) return; // a newer job replaced it
    const answer = await options.onPage(p.job);
    if (pending !== p) return;
    pending = null;
    p.finish({ answer, where: 'page' });
  }

  function startWorker(): Worker | null {
    if (worker !== undefined) return worker;
    try {
      const w = options.start();
      w.onmessage = (e: MessageEvent<WorkerReply<A>>) => {
        if (!pending || e.data.id !== pending.id) return; // an older job's late answer
        if (e.data.kind === 'failed') return fallBack();
        const { finish } = pending;
        pending = null;
        finish({ answer: e.data.answer, where: 'worker' });
      };
      w.onerror = (e) => {
        e.preventDefault(); // handled: the page does the job itself
        fallBack();
      };
      worker = w;
    } catch {
      worker = null;
    }
    return worker;
  }

  return {
    run: (job) =>
      new Promise((finish) => {
        const p: Pending = { id: nextId++, job, finish };
        pending = p;
        const w = startWorker();
        if (!w) return void onPage(p);
        try {
          w.postMessage({ id: p.id, job });
        } catch {
          fallBack(); // the job could not be cloned: do it here
        }
      }),
  };
}
