/**
 * What a playbook's page loads at start for its checklist: nothing but this. The checklist's code
 * (./checklist-view.ts: the incident store, ticks recorded and shown, the line naming the incident)
 * is loaded when it is needed (./load-on-demand.ts) — at once when this browser keeps an incident,
 * else when the responder touches a checklist, or once the page is idle. Until then the checkboxes
 * are the plain form controls the server wrote.
 */
import { keepsIncidents, mountOnDemand } from './load-on-demand.ts';

/** The events on a checklist that mean the responder is using it. */
const INTENT = ['focusin', 'pointerdown', 'keydown', 'change'] as const;

/** Mounts the checklists of the page now, on first touch or when the page is idle; returns what stops it. */
export function mountChecklistsWhenNeeded(): () => void {
  const lists = document.querySelector('ul.db-checklist[data-playbook]');
  const root = lists?.closest('main') ?? lists;
  if (!root) return () => {};
  return mountOnDemand(root, () => import('./checklist-view.ts').then(({ mountChecklists }) => mountChecklists), {
    now: keepsIncidents(),
    intent: INTENT,
    idle: true,
  }).stop;
}
