import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPrecacheManifest, listOutputFiles, urlForFile } from '../../src/sw/manifest.ts';
import { isCacheable, navigationCandidates } from '../../src/sw/routes.ts';

/** A small built site: two pages, an asset, a Pagefind fragment, a sitemap and an old sw.js. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'drillbook-sw-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const files = {
  'index.html': '<h1>Home</h1>',
  'roles/incident-commander/index.html': '<h1>IC</h1>',
  '_astro/page.abc.js': 'x',
  'pagefind/fragment/en_1.pf_fragment': 'f',
  'sitemap-index.xml': '<x/>',
  'sw.js': 'old',
};
const plan = { version: '3.2', digest: 'abcdef0123456789'.repeat(4) };

describe('precache manifest', () => {
  test('lists every file of the output, nested folders included, as sorted relative paths', () => {
    expect(listOutputFiles(site(files))).toEqual(Object.keys(files).sort());
  });

  test('asks for pages by their directory URL and for other files by their path', () => {
    expect(urlForFile('index.html')).toBe('./');
    expect(urlForFile('roles/incident-commander/index.html')).toBe('./roles/incident-commander/');
    expect(urlForFile('404.html')).toBe('./404.html');
    expect(urlForFile('pagefind/pagefind.js')).toBe('./pagefind/pagefind.js');
  });

  test('precaches pages, assets and the search index but not the worker itself or the sitemap', () => {
    const dir = site(files);
    const manifest = buildPrecacheManifest(dir, listOutputFiles(dir), plan);
    expect(manifest.urls.sort()).toEqual(['./', './_astro/page.abc.js', './pagefind/fragment/en_1.pf_fragment', './roles/incident-commander/']);
  });

  test('names the cache after the plan version, the digest and the built files', () => {
    const dir = site(files);
    const manifest = buildPrecacheManifest(dir, listOutputFiles(dir), plan);
    expect(manifest.cacheName).toBe(`drillbook-3.2-abcdef012345-${manifest.build}`);
    expect(manifest.build).toMatch(/^[0-9a-f]{12}$/);
  });

  test('gives a rebuilt site with one changed file a new cache name, and an identical rebuild the same one', () => {
    const a = site(files);
    const b = site(files);
    const c = site({ ...files, '_astro/page.abc.js': 'y' });
    const name = (dir: string) => buildPrecacheManifest(dir, listOutputFiles(dir), plan).cacheName;
    expect(name(b)).toBe(name(a));
    expect(name(c)).not.toBe(name(a));
  });
});

describe('service worker routes', () => {
  test('finds a page cached as /x/ whether asked as /x, /x/ or /x/index.html', () => {
    expect(navigationCandidates('/roles')).toContain('/roles/');
    expect(navigationCandidates('/roles/index.html')).toContain('/roles/');
    expect(navigationCandidates('/roles/')).toEqual(['/roles/', '/roles/index.html']);
    expect(navigationCandidates('/print.html')).toContain('/print/');
  });

  test('answers only same-origin GET requests inside its scope', () => {
    const scope = 'http://127.0.0.1:4321/';
    expect(isCacheable({ method: 'GET', url: 'http://127.0.0.1:4321/roles/' }, scope)).toBe(true);
    expect(isCacheable({ method: 'POST', url: 'http://127.0.0.1:4321/roles/' }, scope)).toBe(false);
    expect(isCacheable({ method: 'GET', url: 'https://cdn.example/x.js' }, scope)).toBe(false);
  });
});
