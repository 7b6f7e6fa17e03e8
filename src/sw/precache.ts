/**
 * What the build hands the service worker: src/integration/precache-manifest.ts builds it from the
 * files of the built site, src/integration/offline.ts writes it into `sw.js` as the `PRECACHE`
 * constant, and src/sw/worker.ts reads it. Types only, so the worker's bundle carries no build code.
 */

/** What the service worker precaches and how it names the cache. Serialised into `sw.js`. */
export interface PrecacheManifest {
  /** Plan version the site was built from, e.g. `3.2`. */
  version: string;
  /** Full SHA-256 digest of the plan sources. */
  digest: string;
  /** First 12 hex of a SHA-256 over every precached file's path and content. */
  build: string;
  /** `drillbook-<version>-<digest 12>-<build>`: a new build of a changed site gets a new cache. */
  cacheName: string;
  /**
   * URLs precached on the first visit, before the worker takes over: the incident-critical pages,
   * the scripts and styles they load, and the search index. Relative to the worker's scope, e.g.
   * `./`, `./roles/`, `./_astro/page.js`.
   */
  urls: string[];
  /** URLs precached after the first visit, in the background, a few at a time. Default none. */
  background?: string[];
  /** URLs cached only once visited online (the print page: the whole plan on one page). Default none. */
  onDemand?: string[];
  /**
   * URL path prefixes (`/exercises/`) whose files are kept once fetched successfully, though the
   * manifest does not name them: the kit's facilitator pages, which only the facilitator's machine
   * may fetch, so a phone's worker must not try (nor learn their names). Default none.
   */
  keepFetchedUnder?: string[];
}
