/**
 * An in-memory Web Locks API for the writer-lock tests: exclusive locks by name, a FIFO queue,
 * `ifAvailable`, `steal` and `signal`, and windows (`client`) that can close and so drop their locks.
 */
import type { LockManagerLike } from '../../src/simulator/writer-lock.ts';

interface Request {
  client: string;
  name: string;
  callback: (lock: unknown) => unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

const abortError = () => Object.assign(new Error('aborted'), { name: 'AbortError' });

/** Lets queued callbacks and promise chains run. */
export const flush = () => new Promise((r) => setTimeout(r, 0));

/** One browser's lock manager, shared by the windows it hands out. */
export function fakeLocks() {
  const held = new Map<string, Request>();
  let queue: Request[] = [];

  const grant = (req: Request) => {
    held.set(req.name, req);
    void Promise.resolve()
      .then(() => req.callback({ name: req.name, mode: 'exclusive' }))
      .then(
        (v) => done(req, () => req.resolve(v)),
        (e) => done(req, () => req.reject(e)),
      );
  };
  const done = (req: Request, settle: () => void) => {
    if (held.get(req.name) !== req) return; // stolen or dropped: the outer promise is already settled
    held.delete(req.name);
    settle();
    next(req.name);
  };
  const next = (name: string) => {
    const waiting = queue.find((r) => r.name === name);
    if (!waiting || held.has(name)) return;
    queue = queue.filter((r) => r !== waiting);
    grant(waiting);
  };

  return {
    /** The lock manager of one window. */
    client(client: string): LockManagerLike {
      return {
        request(name, options, callback) {
          return new Promise((resolve, reject) => {
            const req: Request = { client, name, callback, resolve, reject };
            if (options.steal) {
              const old = held.get(name);
              if (old) {
                held.delete(name);
                old.reject(abortError());
              }
              return grant(req);
            }
            const busy = held.has(name) || queue.some((r) => r.name === name);
            if (options.ifAvailable && busy)
              return void Promise.resolve()
                .then(() => callback(null))
                .then(resolve, reject);
            if (!busy) return grant(req);
            queue.push(req);
            options.signal?.addEventListener('abort', () => {
              if (!queue.includes(req)) return;
              queue = queue.filter((r) => r !== req);
              reject(abortError());
            });
          });
        },
      };
    },
    /** Closes a window: the browser drops its queued requests and frees the locks it held. */
    close(client: string) {
      queue = queue.filter((r) => r.client !== client);
      for (const [name, req] of held) if (req.client === client) (held.delete(name), next(name));
    },
    /** Which window holds `name`, if any. */
    holder: (name: string) => held.get(name)?.client,
  };
}
