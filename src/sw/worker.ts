/**
 * The service worker (bundled into `sw.js` by src/integration/offline.ts, which defines
 * `PRECACHE`). Lifecycle:
 *
 *   install   precache the first-visit URLs (`PRECACHE.urls`) into `PRECACHE.cacheName`
 *   waiting   (only when an older version controls open pages) until a page sends `offline/activate`
 *   activate  delete every other `drillbook-*` cache, then claim open pages
 *   fill      a page asks (`offline/fill`): precache `PRECACHE.background`, FILL_AT_ONCE at a time
 *   fetch     same-origin GET: cache first (query and `Vary` ignored: `astro preview` sends
 *             `Vary: Origin` and module scripts carry `Origin`), network fallback, and a manifest
 *             file fetched from the network is kept; navigations also try `/x`, `/x/`,
 *             `/x/index.html`, then the cached 404 page
 */
import type { PrecacheManifest } from './precache.ts';
import type { OfflineStatus, WorkerMessage } from './messages.ts';
import { isCacheable, navigationCandidates } from './routes.ts';

/** How many background files are downloaded at once: enough to use the line, few enough to leave room for the reader's own requests. */
const FILL_AT_ONCE = 4;
/** The worker's own precache is matched whatever the request's query and headers (see the lifecycle above). */
const MATCH = { ignoreSearch: true, ignoreVary: true } as const;

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
  const port = event.ports[0];
  if (event.data?.type === 'offline/activate') event.waitUntil(sw.skipWaiting());
  else if (event.data?.type === 'offline/status' && port) event.waitUntil(status().then((s) => port.postMessage(s)));
  else if (event.data?.type === 'offline/fill')
    event.waitUntil(
      fill()
        .then(status)
        .then((s) => port?.postMessage(s)),
    );
});

const manifestPaths = new Set(
  [...PRECACHE.urls, ...(PRECACHE.background ?? []), ...(PRECACHE.onDemand ?? [])].map(
    (u) => new URL(u, scope).pathname,
  ),
);
/** A facilitator-only file of the kit (not named in the manifest), kept once this browser was allowed to fetch it. */
const keptUnder = (pathname: string): boolean =>
  (PRECACHE.keepFetchedUnder ?? []).some((prefix) => pathname.startsWith(new URL(`.${prefix}`, scope).pathname));
let filling: Promise<void> | undefined;

/** Downloads the background files not cached yet, FILL_AT_ONCE at a time; one run at a time, and a failed file is tried again on the next visit. */
function fill(): Promise<void> {
  filling ??= (async () => {
    const cache = await caches.open(PRECACHE.cacheName);
    const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
    const todo = (PRECACHE.background ?? []).map((u) => new URL(u, scope)).filter((u) => !have.has(u.pathname));
    const worker = async (): Promise<void> => {
      for (let url = todo.shift(); url; url = todo.shift())
        await cache.add(new Request(url, { cache: 'reload' })).catch(() => undefined);
    };
    await Promise.all(Array.from({ length: FILL_AT_ONCE }, worker));
  })().finally(() => (filling = undefined));
  return filling;
}

/** Cache first, then the network; an offline navigation to a page not in the cache gets the offline fallback page. */
async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(PRECACHE.cacheName);
  const hit = await cache.match(request, MATCH);
  if (hit) return hit;
  const navigation = request.mode === 'navigate';
  const url = new URL(request.url);
  if (navigation) {
    for (const path of navigationCandidates(url.pathname)) {
      const page = await cache.match(new URL(path, url.origin).href, MATCH);
      if (page) return page;
    }
  }
  try {
    const response = await fetch(request);
    // A file of this build not saved yet (background or on demand) is kept once fetched.
    if (
      response.ok &&
      response.type === 'basic' &&
      !response.redirected &&
      (manifestPaths.has(url.pathname) || keptUnder(url.pathname))
    )
      await cache.put(url.href, response.clone());
    return response;
  } catch (error) {
    const notFound = navigation ? await cache.match(new URL('404.html', scope).href, MATCH) : undefined;
    if (notFound)
      return offlineFallback(
        notFound,
        navigationCandidates(url.pathname).some((p) => manifestPaths.has(p)) ? 'unsaved' : 'unknown',
      );
    throw error;
  }
}

/**
 * The cached 404 page, marked for what the network failure means (src/sw/offline-fallback.ts reads
 * the mark): `unsaved`, a page of this handbook not saved on this device yet; `unknown`, no such page.
 */
async function offlineFallback(notFound: Response, miss: 'unsaved' | 'unknown'): Promise<Response> {
  const html = (await notFound.text()).replace(/<html\b/i, `<html data-offline-miss="${miss}"`);
  return new Response(html, {
    status: 503,
    statusText: 'Offline',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** What this worker's cache holds. */
async function status(): Promise<OfflineStatus> {
  const cache = await caches.open(PRECACHE.cacheName);
  const { version, digest, cacheName, urls, background = [] } = PRECACHE;
  const cached = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  const count = (list: string[]) => list.filter((u) => cached.has(new URL(u, scope).pathname)).length;
  return {
    version,
    digest,
    cacheName,
    cached: count(urls) + count(background),
    total: urls.length + background.length,
    firstVisit: count(urls),
    firstVisitTotal: urls.length,
  };
}
