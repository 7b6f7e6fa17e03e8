/**
 * What the obligations page loads at start for the deadline calculator: nothing but this. The
 * calculator itself (./deadline-calculator-mount.ts: the incident store, the zone line, the packed
 * clocks, and through ./deadline-calculator-view.ts the zoned business-day arithmetic on Temporal)
 * is loaded when it is needed (src/incident/load-on-demand.ts) — at once when this browser keeps
 * anchor times to show, else when the responder touches the calculator, or once the page is idle.
 * Until then the form and the board show what the server wrote, and the obligations below the
 * calculator list every stage and deadline for a reader without JavaScript.
 */
import { storageKeys } from '../browser-storage/keys.ts';
import { keepsIncidents, mountOnDemand } from '../incident/load-on-demand.ts';

/** Whether this browser keeps anchor times the calculator would show (unreadable storage: assume so). */
function keepsTimes(): boolean {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(storageKeys.calculatorAnchors) ?? '{}');
    return keepsIncidents() || typeof kept !== 'object' || kept === null || Object.keys(kept).length > 0;
  } catch {
    return true;
  }
}

/** The events on the calculator that mean the responder is about to use it. */
const INTENT = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

/** Mounts the calculator in `root` now, on first touch or when the page is idle; returns what stops it. */
export function mountCalculatorWhenNeeded(root: HTMLElement): () => void {
  return mountOnDemand(
    root,
    () =>
      import('./deadline-calculator-mount.ts').then(
        ({ mountCalculator }) =>
          () =>
            mountCalculator(root),
      ),
    { now: keepsTimes(), intent: INTENT, idle: true },
  ).stop;
}
