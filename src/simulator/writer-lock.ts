/**
 * One writer per session across the windows of this browser, with the Web Locks API. The console
 * that holds the lock `drillbook-writer:<session>` may save events; any other console of the same
 * session is a reader that follows the saved log. The browser releases a lock when its tab closes
 * or crashes, so a reload of the only console gets it straight back.
 *
 *   acquire ──ifAvailable──▶ writer ◀──────────── takeOver() (steal) ◀── reader
 *                 └─taken──▶ reader ──queued request granted (writer closed)──▶ writer
 *   writer ──lock stolen by another window──▶ reader (queues again)
 *
 * Without `navigator.locks` (an old browser) every window is a writer, as before the guard.
 */

/** The part of the Web Locks API used here (`navigator.locks`; a fake in tests). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

/** This window's right to write one session. */
export interface WriterLock {
  /** Whether this window may save events now. */
  writable(): boolean;
  /** Calls `listener` whenever `writable()` changes (not immediately); returns an unsubscribe function. */
  subscribe(listener: (writable: boolean) => void): () => void;
  /** Makes this window the writer; the window that was the writer becomes a reader. */
  takeOver(): Promise<void>;
  /** Gives the lock up and stops waiting for it (the page is going away). */
  release(): void;
}

/** The lock name of `session`. */
export const lockName = (session: string): string => `drillbook-writer:${session}`;

/** A lock that is always writable: the fallback without the Web Locks API. */
const alwaysWritable: WriterLock = {
  writable: () => true,
  subscribe: () => () => {},
  takeOver: async () => {},
  release: () => {},
};

/** Asks for the writer lock of `session`; resolves once this window knows whether it is the writer. */
export function acquireWriterLock(
  session: string,
  locks: LockManagerLike | undefined = globalThis.navigator?.locks,
): Promise<WriterLock> {
  if (!locks) return Promise.resolve(alwaysWritable);
  const name = lockName(session);
  const listeners = new Set<(writable: boolean) => void>();
  let writable = false;
  let closed = false;
  let releaseHeld: (() => void) | undefined;
  let waiting: AbortController | undefined;

  const setWritable = (next: boolean) => {
    if (next === writable) return;
    writable = next;
    listeners.forEach((l) => l(next));
  };
  /**
   * Requests the lock; once granted, holds it until `release()` or until another window steals it,
   * which turns this window into a reader that queues again. `granted(false)` says it was not free;
   * `failed` hears of a request the browser refused outright (say, an opaque origin).
   */
  const ask = (
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    granted: (got: boolean) => void = () => {},
    failed: () => void = () => {},
  ) => {
    let held = false;
    locks
      .request(name, options, (got) => {
        if (!got || closed || options.signal?.aborted) return granted(false);
        held = true;
        setWritable(true);
        granted(true);
        return new Promise<void>((resolve) => (releaseHeld = resolve));
      })
      .catch((e: unknown) => {
        // An aborted queued request was never held; a held request that fails was stolen.
        if (!held && (e as { name?: string })?.name !== 'AbortError') return failed();
        if (!held || closed || (e as { name?: string })?.name !== 'AbortError') return;
        releaseHeld = undefined;
        setWritable(false);
        wait();
      });
  };
  /** Queues for the lock, so this reader becomes the writer when the writer's window closes. */
  const wait = () => {
    if (closed) return;
    waiting = new AbortController();
    ask({ signal: waiting.signal });
  };

  const lock: WriterLock = {
    writable: () => writable,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async takeOver() {
      if (writable || closed) return;
      waiting?.abort();
      waiting = undefined;
      await new Promise<void>((done) => ask({ steal: true }, () => done(), done));
    },
    release() {
      closed = true;
      waiting?.abort();
      releaseHeld?.();
      setWritable(false);
    },
  };
  return new Promise<WriterLock>((ready) =>
    ask(
      { ifAvailable: true },
      (got) => {
        ready(lock);
        if (!got) wait();
      },
      () => ready(alwaysWritable),
    ),
  );
}
