/**
 * Which built files the service worker saves when (build time, for precache-manifest.ts): pure, so its tests call it directly.
 *
 *   critical    on the first visit, before the worker takes over: the pages used in an incident
 *               (home, severities, playbooks, role cards, contacts, escalation, obligations and the
 *               deadline calculator, the 404 page), every script and style they load (followed through
 *               imports), the search index, and the site's root files (icons)
 *   background  after the first visit, a few files at a time: every other page and asset
 *   onDemand    only once visited online: the print page (the whole plan on one page)
 */

import { PRINT_PAGE_FILE } from './print-aside.ts';

/** Files (paths relative to the output folder) by the tier they are precached in. */
export interface PrecacheTiers {
  critical: string[];
  background: string[];
  onDemand: string[];
}

/** Pages (and folders of pages) a responder needs in the first minutes of an incident. */
const CRITICAL_PAGES = [
  'index.html',
  '404.html',
  'severities/',
  'contacts/',
  'escalation/',
  'obligations/',
  'playbooks/',
  'roles/',
];
const ON_DEMAND = new Set([PRINT_PAGE_FILE]);
/** File names a script or stylesheet can name: `"./time.x.js"`, `url(font.woff2)`. */
const ASSET_NAME = /[\w~.-]+\.(?:js|mjs|css|woff2?|ttf|svg|png|webp|wasm)\b/g;
/**
 * What a page can name: its assets are always addressed under `_astro/`. Looking only there spares
 * the page's text, where the general pattern above tried a match at every word (the slowest part of
 * writing the service worker on a large plan).
 */
const PAGE_ASSET_NAME = /_astro\/([\w~.-]+\.(?:js|mjs|css|woff2?|ttf|svg|png|webp|wasm))\b/g;

/** The asset file names `text` (the contents of `file`) refers to. */
function assetNames(file: string, text: string): string[] {
  if (!file.endsWith('.html')) return text.match(ASSET_NAME) ?? [];
  return Array.from(text.matchAll(PAGE_ASSET_NAME), (m) => m[1]);
}

const isCriticalPage = (file: string): boolean =>
  file.endsWith('.html') && CRITICAL_PAGES.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));

/**
 * Splits `files` into tiers. `read` gives a file's text: critical pages and the assets they reach are
 * read to follow their references into `_astro/` (static and dynamic imports, stylesheets, fonts).
 */
export function precacheTiers(files: readonly string[], read: (file: string) => string): PrecacheTiers {
  const assets = new Map<string, string>();
  for (const f of files) if (f.startsWith('_astro/')) assets.set(f.slice('_astro/'.length), f);
  const critical = new Set<string>();
  const queue: string[] = [];
  const take = (file: string): void => {
    if (critical.has(file)) return;
    critical.add(file);
    if (/\.(?:html|js|mjs|css)$/.test(file)) queue.push(file);
  };
  for (const f of files)
    if (isCriticalPage(f) || f.startsWith('pagefind/') || (!f.includes('/') && !f.endsWith('.html'))) take(f);
  while (queue.length) {
    const file = queue.pop()!;
    for (const name of assetNames(file, read(file))) {
      const asset = assets.get(name);
      if (asset) take(asset);
    }
  }
  const onDemand = files.filter((f) => ON_DEMAND.has(f));
  const background = files.filter((f) => !critical.has(f) && !ON_DEMAND.has(f));
  return { critical: files.filter((f) => critical.has(f)), background, onDemand };
}
