/**
 * Messages between a handbook page and the service worker. Types only: both sides import them.
 *
 *   page ──{ type: 'offline/status' } + MessagePort──▶ worker ──OfflineStatus──▶ port
 *   page ──{ type: 'offline/activate' }──▶ waiting worker (skips waiting; the page reloads)
 */

/** Asks a worker for its {@link OfflineStatus}; the answer goes to the transferred port. */
export interface StatusRequest {
  type: 'offline/status';
}

/** Tells a waiting worker (a newly published version) to take over now. */
export interface ActivateRequest {
  type: 'offline/activate';
}

/** A message a page sends to a worker. */
export type WorkerMessage = StatusRequest | ActivateRequest;

/** What a worker says about the copy it holds. */
export interface OfflineStatus {
  /** Plan version of the copy. */
  version: string;
  /** Full plan digest of the copy. */
  digest: string;
  /** Name of the cache holding it. */
  cacheName: string;
  /** How many of the manifest's URLs are in the cache. */
  cached: number;
  /** How many URLs the manifest lists. */
  total: number;
}
