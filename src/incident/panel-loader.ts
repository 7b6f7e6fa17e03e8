/**
 * What the home page loads at start for the incident panel: nothing but this. The panel itself
 * (./panel-view.ts: the start form's handling, the profile fields, the zone picker, the incident's
 * views and exports) is loaded when it is needed (./load-on-demand.ts) — at once when this browser
 * keeps an incident, else when the responder opens or touches the panel, or another tab starts one.
 * Until then the start form stays server-rendered and disabled, so nothing can be typed into a form
 * no script handles.
 */
import { storageKeys } from '../browser-storage/keys.ts';
import { keepsIncidents, mountOnDemand } from './load-on-demand.ts';

/** The events on the panel that mean the responder is about to use it. */
const INTENT = ['toggle', 'focusin', 'pointerdown', 'keydown'] as const;

/** Mounts the panel in `root` now or on first need; returns what stops it. */
export function mountIncidentPanelWhenNeeded(root: HTMLElement): () => void {
  const now = keepsIncidents();
  const panel = mountOnDemand(
    root,
    () =>
      import('./panel-view.ts').then(
        ({ mountIncidentPanel }) =>
          () =>
            mountIncidentPanel(root),
      ),
    { now, intent: INTENT },
  );
  // Another tab started an incident: show it here too.
  const onStorage = (e: StorageEvent): void => {
    const { incidents, incidentCurrent, incident } = storageKeys;
    if (e.key === null || e.key === incidents || e.key === incidentCurrent || e.key.startsWith(incident(''))) {
      window.removeEventListener('storage', onStorage);
      panel.load();
    }
  };
  if (!now) window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener('storage', onStorage);
    panel.stop();
  };
}
