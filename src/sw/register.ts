/**
 * Registers the handbook's service worker on every built page (injected by
 * src/integration/offline.ts) and keeps `<drillbook-offline>` in step with it:
 *
 *   no worker yet ──install──▶ saving ──activate──▶ "version X cached"
 *   new sw.js published ──install──▶ waiting ──"Reload to update"──▶ activate ──▶ page reloads
 */
import type { OfflineStatus, WorkerMessage } from './messages.ts';
import { OfflineIndicator } from './offline-indicator.ts';
import { showOfflineFallback } from './offline-fallback.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Asks `worker` what it holds; undefined when it does not answer within 3 s. */
function askStatus(worker: ServiceWorker): Promise<OfflineStatus | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), 3000);
    channel.port1.onmessage = (event: MessageEvent<OfflineStatus>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage({ type: 'offline/status' } satisfies WorkerMessage, [channel.port2]);
  });
}

/** Asks `worker` to save the files the first visit left out; `done` gets its status when it has. */
function fillRest(worker: ServiceWorker, done: (status: OfflineStatus) => void): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<OfflineStatus>) => {
      done(event.data);
      resolve();
    };
    worker.postMessage({ type: 'offline/fill' } satisfies WorkerMessage, [channel.port2]);
  });
}

/** The page's indicator: the one the footer renders, or a new one at the end of the footer. */
function indicator(): OfflineIndicator {
  const existing = document.querySelector<OfflineIndicator>('drillbook-offline');
  if (existing) return existing;
  // Pages without the handbook footer (none today) still get a line at the end of the page.
  const element = document.createElement('drillbook-offline') as OfflineIndicator;
  element.style.cssText = 'display:block;font-size:var(--sl-text-xs,.8rem);margin-top:1rem';
  (document.querySelector('footer') ?? document.body).append(element);
  return element;
}

async function start(): Promise<void> {
  // The worker's offline fallback page says what it is and what is saved, before anything else.
  void showOfflineFallback();
  customElements.define('drillbook-offline', OfflineIndicator);
  const view = indicator();
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  } catch {
    // A rejected registration must not leave the footer empty (nor an unhandled rejection behind).
    view.showUnavailable();
    return;
  }
  let reloading = false;
  let filling: Promise<void> | undefined;

  const refresh = async (): Promise<void> => {
    const waiting = registration.waiting;
    const active = registration.active;
    const waitingStatus = waiting && navigator.serviceWorker.controller ? await askStatus(waiting) : undefined;
    if (waiting && waitingStatus) {
      view.showUpdate(waitingStatus, () => {
        reloading = true;
        waiting.postMessage({ type: 'offline/activate' } satisfies WorkerMessage);
      });
      return;
    }
    const status = active ? await askStatus(active) : undefined;
    const controller = navigator.serviceWorker.controller;
    if (status && controller) {
      view.showCached(status);
      if (status.cached < status.total && !filling) filling = fillRest(controller, (done) => view.showCached(done));
    } else view.showSaving(status);
  };

  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // `redundant` before activation: precaching failed and nothing was kept.
      if (installing.state === 'redundant' && !registration.active) view.showFailed();
      else void refresh();
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    else void refresh();
  });
  await refresh();
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) void start();
