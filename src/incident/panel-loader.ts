/**
 * What the home page loads at start for the incident panel: nothing but this. The panel itself
 * (./panel-view.ts: the start form's handling, the profile fields, the zone picker, the incident's
 * views and exports) is loaded when it is needed — at once when this browser keeps an incident, else
 * when the responder opens or touches the panel, or another tab starts one. Until then the start
 * form stays server-rendered and disabled, so nothing can be typed into a form no script handles.
 */
import { storageKeys } from '../browser-storage/keys.ts';

/** Whether this browser keeps any incident (unreadable storage: assume so, the panel will say). */
function keepsIncidents(): boolean {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(storageKeys.incidents) ?? '[]');
    return !Array.isArray(ids) || ids.length > 0;
  } catch {
    return true;
  }
}

/** The events on the panel that mean the responder is about to use it. */
const INTENT = ['toggle', 'focusin', 'pointerdown', 'keydown'] as const;

/** Mounts the panel in `root` now or on first need; returns what stops it. */
export function mountIncidentPanelWhenNeeded(root: HTMLElement): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  let loading = false;
  const load = (): void => {
    if (loading) return;
    loading = true;
    forget();
    void import('./panel-view.ts').then(({ mountIncidentPanel }) => {
      if (!stopped) stop = mountIncidentPanel(root);
    });
  };
  // Another tab started an incident: show it here too.
  const onStorage = (e: StorageEvent): void => {
    const { incidents, incidentCurrent, incident } = storageKeys;
    if (e.key === null || e.key === incidents || e.key === incidentCurrent || e.key.startsWith(incident(''))) load();
  };
  // `toggle` does not bubble: listen while it is captured.
  const forget = (): void => {
    for (const type of INTENT) root.removeEventListener(type, load, true);
    window.removeEventListener('storage', onStorage);
  };
  if (keepsIncidents()) load();
  else {
    for (const type of INTENT) root.addEventListener(type, load, true);
    window.addEventListener('storage', onStorage);
  }
  return () => {
    stopped = true;
    forget();
    stop?.();
  };
}
