/**
 * What the obligations page loads at start for the deadline calculator: nothing but this. The
 * calculator itself (./deadline-calculator-mount.ts: the incident store, the zone line, the packed
 * clocks, and through ./deadline-calculator-view.ts the zoned business-day arithmetic on Temporal)
 * is loaded when it is needed — at once when this browser keeps anchor times to show, else when the
 * responder touches the calculator, or once the page is idle. Until then the form and the board show
 * what the server wrote, so the page reads fully before any of it runs.
 */
import { storageKeys } from '../browser-storage/keys.ts';

/** Whether this browser keeps anchor times the calculator would show (unreadable storage: assume so). */
function keepsTimes(): boolean {
  try {
    if (localStorage.getItem(storageKeys.incidentCurrent) !== null) return true;
    const kept: unknown = JSON.parse(localStorage.getItem(storageKeys.calculatorAnchors) ?? '{}');
    return typeof kept !== 'object' || kept === null || Object.keys(kept).length > 0;
  } catch {
    return true;
  }
}

/** The events on the calculator that mean the responder is about to use it. */
const INTENT = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

/** Mounts the calculator in `root` now, on first touch or when the page is idle; returns what stops it. */
export function mountCalculatorWhenNeeded(root: HTMLElement): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  let loading = false;
  let idle: number | undefined;
  // Safari has no idle callbacks: a short timeout stands in.
  const idleCallbacks = typeof requestIdleCallback === 'function';
  const load = (): void => {
    if (loading) return;
    loading = true;
    forget();
    void import('./deadline-calculator-mount.ts').then(({ mountCalculator }) => {
      if (!stopped) stop = mountCalculator(root);
    });
  };
  const forget = (): void => {
    for (const type of INTENT) root.removeEventListener(type, load, true);
    if (idle === undefined) return;
    if (idleCallbacks) cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
  if (keepsTimes()) load();
  else {
    for (const type of INTENT) root.addEventListener(type, load, true);
    idle = idleCallbacks ? requestIdleCallback(load, { timeout: 2000 }) : window.setTimeout(load, 200);
  }
  return () => {
    stopped = true;
    forget();
    stop?.();
  };
}
