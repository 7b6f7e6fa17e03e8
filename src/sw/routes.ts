/**
 * Which cached URL answers a request. Pure functions shared by the service worker and its tests.
 */

/**
 * Cache keys to try, in order, for a page navigation to `pathname`: as asked, then with or without
 * the trailing slash and `index.html`, so `/roles`, `/roles/` and `/roles/index.html` all find the
 * page precached as `/roles/`.
 */
export function navigationCandidates(pathname: string): string[] {
  const candidates = [pathname];
  if (pathname.endsWith('/index.html')) candidates.push(pathname.slice(0, -'index.html'.length));
  else if (pathname.endsWith('.html')) candidates.push(`${pathname.slice(0, -'.html'.length)}/`);
  else if (pathname.endsWith('/')) candidates.push(`${pathname}index.html`);
  else candidates.push(`${pathname}/`, `${pathname}/index.html`);
  return [...new Set(candidates)];
}

/** Whether the worker answers a request from its cache: same-origin GETs inside its scope only. */
export function isCacheable(request: { method: string; url: string }, scope: string): boolean {
  return request.method === 'GET' && request.url.startsWith(scope);
}
