/**
 * The service worker (bundled into `sw.js` by src/integration/offline.ts, which defines
 * `PRECACHE`). Lifecycle:
 *
 *   install   precache every URL of the manifest into `PRECACHE.cacheName`
 *   waiting   (only when an older version controls open pages) until a page sends `offline/activate`
 *   activate  delete every other `drillbook-*` cache, then claim open pages
 *   fetch     same-origin GET: cache first (query ignored), network fallback;
 *             navigations also try `/x`, `/x/`, `/x/index.html`, then the cached 404 page
 */
import type { PrecacheManifest } from './manifest.ts';
import type { OfflineStatus, WorkerMessage } from './messages.ts';
import { isCacheable, navigationCandidates } from './routes.ts';

declare const PRECACHE: PrecacheManifest;

/** The parts of the service worker global scope this worker uses (the DOM lib does not declare them). */
interface WorkerScope {
  registration: { scope: string; active: unknown };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
interface ExtendableEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: WorkerMessage;
  ports: MessagePort[];
}

const sw = self as unknown as WorkerScope;
const scope = sw.registration.scope;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE.cacheName);
      // `reload` bypasses the HTTP cache so a new version never precaches a stale file.
      await cache.addAll(PRECACHE.urls.map((url) => new Request(new URL(url, scope), { cache: 'reload' })));
      // First install: no older copy to protect, take over at once.
      if (!sw.registration.active) await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith('drillbook-') && name !== PRECACHE.cacheName) await caches.delete(name);
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  if (!isCacheable(event.request, scope)) return;
  event.respondWith(respond(event.request));
});

sw.addEventListener('message', (event) => {
  if (event.data?.type === 'offline/activate') event.waitUntil(sw.skipWaiting());
  else if (event.data?.type === 'offline/status' && event.ports[0]) {
    const port = event.ports[0];
    event.waitUntil(status().then((s) => port.postMessage(s)));
  }
});

/** Cache first, then the network; an offline navigation to an unknown page gets the cached 404 page. */
async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(PRECACHE.cacheName);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const navigation = request.mode === 'navigate';
  if (navigation) {
    const url = new URL(request.url);
    for (const path of navigationCandidates(url.pathname)) {
      const page = await cache.match(new URL(path, url.origin).href);
      if (page) return page;
    }
  }
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = navigation ? await cache.match(new URL('404.html', scope).href) : undefined;
    if (notFound) return notFound;
    throw error;
  }
}

/** What this worker's cache holds. */
async function status(): Promise<OfflineStatus> {
  const cache = await caches.open(PRECACHE.cacheName);
  const { version, digest, cacheName, urls } = PRECACHE;
  return { version, digest, cacheName, cached: (await cache.keys()).length, total: urls.length };
}
