/**
 * The offline fallback page: when the network is gone and a page is not in this device's offline
 * copy, the worker answers with the 404 page marked `data-offline-miss` (src/sw/worker.ts). This
 * says so honestly, "Not saved offline yet" (a page of this handbook) or "Page not found" (no such
 * page), and lists what is available offline: each saved top-level page by its title, and the
 * pages under it as a count ("Roles: 14 pages saved"), read from the cache. DOM text only.
 */

/** The page's title as its cached HTML gives it, without the site title after " | ". */
function titleOf(html: string): string | undefined {
  const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1];
  if (!raw) return undefined;
  const text = Object.assign(document.createElement('textarea'), { innerHTML: raw }).value;
  return text.split(' | ')[0]!.trim();
}

/** Every page path in this origin's caches: `/`, `/contacts/`, `/roles/ciso/` … (not the 404 page). */
async function savedPages(): Promise<string[]> {
  const paths = new Set<string>();
  for (const name of await caches.keys())
    for (const request of await (await caches.open(name)).keys()) {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/')) paths.add(path);
    }
  return [...paths].sort();
}

/** Rewrites the fallback page, when it is one; returns whether it was. */
export async function showOfflineFallback(doc: Document = document): Promise<boolean> {
  const miss = doc.documentElement.dataset.offlineMiss;
  if (!miss) return false;
  const heading = doc.querySelector('main h1');
  const tagline = doc.querySelector('main .tagline');
  if (heading) heading.textContent = miss === 'unsaved' ? 'Not saved offline yet' : 'Page not found';
  if (tagline)
    tagline.textContent =
      miss === 'unsaved'
        ? 'This page of the handbook is not saved on this device yet, and there is no network. It is saved once you are online again. These pages are available offline:'
        : 'There is no such page in this handbook, and there is no network to check for a newer one. These pages are available offline:';
  const paths = await savedPages();
  const top = paths.filter((p) => p.split('/').length <= 3);
  const list = doc.createElement('ul');
  list.className = 'db-offline-pages';
  for (const path of top) {
    const cached = await caches.match(path);
    const title = (cached && titleOf(await cached.text())) || path;
    const below = paths.filter((p) => p !== path && p.startsWith(path) && path !== '/').length;
    const item = doc.createElement('li');
    item.append(
      Object.assign(doc.createElement('a'), { href: path, textContent: path === '/' ? `${title} (home)` : title }),
    );
    if (below) item.append(` and ${below} ${below === 1 ? 'page' : 'pages'} under it`);
    list.append(item);
  }
  if (!top.length)
    list.append(
      Object.assign(doc.createElement('li'), { textContent: 'None yet: open the handbook once with a network.' }),
    );
  (doc.querySelector('main .sl-markdown-content') ?? doc.querySelector('main'))?.append(list);
  doc.title = heading?.textContent ?? doc.title;
  return true;
}
