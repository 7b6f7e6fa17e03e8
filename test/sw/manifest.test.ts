import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPrecacheManifest, listOutputFiles, urlForFile } from '../../src/integration/precache-manifest.ts';
import { isCacheable, navigationCandidates } from '../../src/sw/routes.ts';
import { precacheTiers } from '../../src/integration/precache-tiers.ts';

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
    expect([...manifest.urls, ...(manifest.background ?? [])].sort()).toEqual([
      './',
      './_astro/page.abc.js',
      './pagefind/fragment/en_1.pf_fragment',
      './roles/incident-commander/',
    ]);
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

  test('names no private file of the facilitator kit, yet a changed script still renames the cache', () => {
    const kit = {
      ...files,
      'exercises/run/index.html': 'console',
      'exercises/data/scenarios/x.json': '{"notes":"a"}',
      'exercises/join/index.html': 'join',
    };
    const privateFiles = {
      isPrivate: (f: string) => f.startsWith('exercises/') && !f.startsWith('exercises/join/'),
      keepFetchedUnder: ['/exercises/'],
    };
    const dir = site(kit);
    const manifest = buildPrecacheManifest(dir, listOutputFiles(dir), plan, privateFiles);
    expect(JSON.stringify(manifest)).not.toMatch(/run|scenarios/);
    expect([...manifest.urls, ...(manifest.background ?? [])]).toContain('./exercises/join/');
    expect(manifest.keepFetchedUnder).toEqual(['/exercises/']);
    const changed = site({ ...kit, 'exercises/data/scenarios/x.json': '{"notes":"b"}' });
    expect(buildPrecacheManifest(changed, listOutputFiles(changed), plan, privateFiles).cacheName).not.toBe(
      manifest.cacheName,
    );
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

describe('precache tiers', () => {
  const built: Record<string, string> = {
    'index.html':
      '<script type="module" src="/_astro/page.a1.js"></script><link rel="stylesheet" href="/_astro/site.c3.css">',
    'severities/index.html': '<h1>Severities</h1>',
    'playbooks/ransomware/index.html': '<script type="module">import "/_astro/Checklist.astro_x.b2.js"</script>',
    'roles/incident-commander/index.html': '<h1>IC</h1>',
    'obligations/index.html': '<h1>Obligations</h1>',
    'purpose/index.html': '<script type="module" src="/_astro/page.a1.js"></script>',
    'exercises/run/index.html': '<script type="module" src="/_astro/run.e5.js"></script>',
    'print/index.html': '<h1>Everything</h1>',
    'audit/index.html': '<h1>Audit</h1>',
    '_astro/page.a1.js': 'import("./calculator-view.d4.js")',
    '_astro/Checklist.astro_x.b2.js': 'import{s}from"./page.a1.js"',
    '_astro/calculator-view.d4.js': 'export const x=1',
    '_astro/site.c3.css': '@font-face{src:url(./inter.f6.woff2)}',
    '_astro/inter.f6.woff2': 'font',
    '_astro/run.e5.js': 'import("./mermaid.g7.js")',
    '_astro/mermaid.g7.js': 'big',
    'pagefind/pagefind.js': 'x',
    'pagefind/fragment/en_1.pf_fragment': 'f',
    'favicon.svg': '<svg/>',
  };
  const tiers = precacheTiers(Object.keys(built).sort(), (f) => built[f]!);

  test('saves the incident pages, the search index and the root files on the first visit', () => {
    for (const f of [
      'index.html',
      'severities/index.html',
      'playbooks/ransomware/index.html',
      'roles/incident-commander/index.html',
      'obligations/index.html',
      'pagefind/pagefind.js',
      'pagefind/fragment/en_1.pf_fragment',
      'favicon.svg',
    ])
      expect(tiers.critical, f).toContain(f);
  });

  test('follows the first-visit pages into the scripts, lazily imported chunks, styles and fonts they load', () => {
    for (const f of [
      '_astro/page.a1.js',
      '_astro/Checklist.astro_x.b2.js',
      '_astro/calculator-view.d4.js',
      '_astro/site.c3.css',
      '_astro/inter.f6.woff2',
    ])
      expect(tiers.critical, f).toContain(f);
  });

  test('leaves other pages and the scripts only they load to the background, and the print page to a visit', () => {
    expect(tiers.background.sort()).toEqual([
      '_astro/mermaid.g7.js',
      '_astro/run.e5.js',
      'audit/index.html',
      'exercises/run/index.html',
      'purpose/index.html',
    ]);
    expect(tiers.onDemand).toEqual(['print/index.html']);
  });

  test('puts every file in exactly one tier', () => {
    const all = [...tiers.critical, ...tiers.background, ...tiers.onDemand];
    expect(all.sort()).toEqual(Object.keys(built).sort());
  });
});
