/**
 * Loading a page's interactive code on first need, the one way incident mode does it (the home
 * page's incident panel, a playbook's checklist, the obligations page's deadline calculator): the
 * page's start-up script holds only this and a test of whether there is something to show at once;
 * the code itself is imported at once when there is, else on the first sign the responder is about
 * to use it (an event captured on `root`), or, for a view that shows something to every reader,
 * once the page is idle. Until then the page shows what the server wrote.
 */
import { storageKeys } from '../browser-storage/keys.ts';

/** When to load: at once, on one of these events on the root, and (with `idle`) once the page is idle. */
export interface LoadWhen {
  now: boolean;
  intent: readonly string[];
  idle?: boolean;
}

/** A view waiting for its code: `load` brings it now (another tab started an incident, say); `stop` ends it. */
export interface OnDemand {
  load(): void;
  stop(): void;
}

/**
 * Imports the view's code with `importer` when `when` says, then mounts it with the function the
 * import gives (which returns what unmounts it), unless stopped meanwhile.
 */
export function mountOnDemand(root: EventTarget, importer: () => Promise<() => () => void>, when: LoadWhen): OnDemand {
  let unmount: (() => void) | undefined;
  let stopped = false;
  let loading = false;
  let cancelIdle: (() => void) | undefined;
  const forget = (): void => {
    for (const type of when.intent) root.removeEventListener(type, load, true);
    cancelIdle?.();
  };
  function load(): void {
    if (loading || stopped) return;
    loading = true;
    forget();
    void importer().then((mount) => {
      if (!stopped) unmount = mount();
    });
  }
  if (when.now) load();
  else {
    // Captured: `toggle` and `change` do not bubble to a listener on an ancestor otherwise.
    for (const type of when.intent) root.addEventListener(type, load, true);
    if (when.idle) cancelIdle = whenIdle(load);
  }
  return {
    load,
    stop() {
      stopped = true;
      forget();
      unmount?.();
    },
  };
}

/** Calls `run` once the page is idle (at the latest after 2 s); returns what cancels it. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  // Safari has no idle callbacks: a short timeout stands in.
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

/** Whether this browser keeps any incident (unreadable storage: assume so, the view will say). */
export function keepsIncidents(): boolean {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(storageKeys.incidents) ?? '[]');
    return !Array.isArray(ids) || ids.length > 0;
  } catch {
    return true;
  }
}
