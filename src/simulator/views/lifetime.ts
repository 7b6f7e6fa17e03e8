/**
 * What a view starts while it is on the page — timers, listeners on window or a channel, store
 * subscriptions — collected so that `end()` (called from the element's `disconnectedCallback`)
 * stops every one of them. Anything started after `end()` is stopped at once.
 */

/** The resources of one connected view. */
export interface Lifetime {
  /** `setInterval` that is cleared at the end. */
  every(ms: number, run: () => void): void;
  /** `addEventListener` that is removed at the end. */
  listen(target: EventTarget, type: string, listener: (e: Event) => void): void;
  /** Runs `stop` at the end (an unsubscribe, a lock release, a channel close). */
  add(stop: () => void): void;
  /** Whether `end()` was called. */
  readonly ended: boolean;
  /** Stops everything, last started first. */
  end(): void;
}

/** A new lifetime. */
export function lifetime(): Lifetime {
  const stops: (() => void)[] = [];
  let ended = false;
  const add = (stop: () => void) => (ended ? stop() : void stops.push(stop));
  return {
    every(ms, run) {
      const id = setInterval(run, ms);
      add(() => clearInterval(id));
    },
    listen(target, type, listener) {
      target.addEventListener(type, listener);
      add(() => target.removeEventListener(type, listener));
    },
    add,
    get ended() {
      return ended;
    },
    end() {
      ended = true;
      while (stops.length) stops.pop()!();
    },
  };
}
