/**
 * Messages between a handbook page and the service worker. Types only: both sides import them.
 *
 *   page ──{ type: 'offline/status' } + MessagePort──▶ worker ──OfflineStatus──▶ port
 *   page ──{ type: 'offline/activate' }──▶ waiting worker (skips waiting; the page reloads)
 *   page ──{ type: 'offline/fill' } + MessagePort──▶ worker saves the background files ──OfflineStatus──▶ port
 */

/** Asks a worker for its {@link OfflineStatus}; the answer goes to the transferred port. */
export interface StatusRequest {
  type: 'offline/status';
}

/** Tells a waiting worker (a newly published version) to take over now. */
export interface ActivateRequest {
  type: 'offline/activate';
}

/** Asks the controlling worker to save the files not needed on the first visit; it answers with its {@link OfflineStatus} when done. */
export interface FillRequest {
  type: 'offline/fill';
}

/** A message a page sends to a worker. */
export type WorkerMessage = StatusRequest | ActivateRequest | FillRequest;

/** What a worker says about the copy it holds. */
export interface OfflineStatus {
  /** Plan version of the copy. */
  version: string;
  /** Full plan digest of the copy. */
  digest: string;
  /** Name of the cache holding it. */
  cacheName: string;
  /** How many of the manifest's URLs (first visit and background) are in the cache. */
  cached: number;
  /** How many URLs the manifest precaches (first visit and background). */
  total: number;
  /** How many of the first-visit URLs (incident pages, their scripts, search) are in the cache. */
  firstVisit?: number;
  /** How many first-visit URLs the manifest lists. */
  firstVisitTotal?: number;
}
