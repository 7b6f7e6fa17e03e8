/**
 * The staff handbook (`npm run build`, deployed for everyone) carries no script: none of the
 * scenarios' facilitator-only text, read from scenarios/*.yaml, is in any file of dist/ (pages,
 * JSON, CSV, scripts, the service worker, Pagefind's index and fragments), while the facilitator kit
 * (dist-exercise/) has every line, so the search would find them were they there. The kit's own
 * search index leaves the script out too: phones on the network search it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, KIT_DIST, listFiles, readPage } from './handbook-helpers.ts';
import { filesHolding, scriptLines, siteTexts } from './script-text.ts';
import { launchBrowser, serveStatic } from './harness.ts';
import AxeBuilder from '@axe-core/playwright';

const SCENARIOS = process.env.DRILLBOOK_SCENARIOS ?? 'scenarios';
const lines = scriptLines(SCENARIOS, process.env.DRILLBOOK_CONTENT ?? 'content');

describe('the staff handbook', () => {
  const staff = siteTexts(DIST);

  it('reads the facilitator-only text of every scenario file, of every kind', () => {
    const kinds = new Set(lines.map((l) => l.source.split(' ').slice(1).join(' ').replace(/ \S+ /, ' ')));
    expect(lines.length).toBeGreaterThan(100);
    for (const kind of [
      'facilitatorNotes',
      'inject notes',
      'inject body',
      'inject expectedAction',
      'decision prompt',
      'option label',
      'option actions',
      'expectation',
    ])
      expect(
        [...kinds].some((k) => k.startsWith(kind) || k.includes(kind)),
        kind,
      ).toBe(true);
  });

  it('holds none of it in any file of dist/', () => {
    expect(staff.length).toBeGreaterThan(100);
    const found = lines.map((line) => ({ ...line, files: filesHolding(staff, line) })).filter((l) => l.files.length);
    expect(found.map((l) => `${l.source}: "${l.text}" in ${l.files.join(', ')}`)).toEqual([]);
  });

  it('builds no briefing, console, projector, scenario data or MSEL, and says how to run an exercise', () => {
    expect(listFiles(DIST).filter((f) => f.startsWith('exercises'))).toEqual(['exercises/index.html']);
    expect(readPage(DIST, '/exercises/')).toContain('<code>npm run exercise</code>');
  });

  it('links from its sidebar only to pages it built', () => {
    const html = readPage(DIST, '/');
    const links = [...html.matchAll(/<a href="(\/[^"#?]*)"[^>]*aria-current|<a href="(\/[^"#?]*)"/g)].map(
      (m) => m[1] ?? m[2],
    );
    const missing = [...new Set(links)].filter(
      (href) => !existsSync(join(DIST, href, href.endsWith('/') ? 'index.html' : '')),
    );
    expect(links.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

describe('the facilitator kit', () => {
  const kit = siteTexts(KIT_DIST);

  it('holds every line of the script, so the staff search above would find it', () => {
    expect(lines.filter((line) => filesHolding(kit, line).length === 0).map((l) => `${l.source}: ${l.text}`)).toEqual(
      [],
    );
  });

  it('keeps the script out of its search index and its service worker', () => {
    const searchable = kit.filter(({ file }) => file.startsWith('pagefind/') || file === 'sw.js');
    expect(searchable.length).toBeGreaterThan(10);
    expect(lines.filter((line) => filesHolding(searchable, line).length).map((l) => `${l.source}: ${l.text}`)).toEqual(
      [],
    );
  });
});

describe('the staff Exercises page', () => {
  it('passes axe-core in the light and the dark theme', async () => {
    const browser = await launchBrowser();
    const site = await serveStatic(DIST);
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${site.url}/exercises/`);
        await page.getByRole('heading', { name: 'Running an exercise' }).waitFor();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => v.id),
          colorScheme,
        ).toEqual([]);
        await context.close();
      }
    } finally {
      await site.close();
      await browser.close();
    }
  });
});

describe('search in either build', () => {
  it('sends "ransomware" and "isolate host" to the plan, never to an exercise page', async () => {
    const browser = await launchBrowser();
    try {
      for (const root of [DIST, KIT_DIST]) {
        const site = await serveStatic(root);
        const page = await browser.newPage();
        await page.goto(`${site.url}/`);
        for (const query of ['ransomware', 'isolate host']) {
          // A string, so the test runner does not rewrite the page's own dynamic import.
          const urls: string[] = await page.evaluate(
            `import('/pagefind/pagefind.js').then((pf) => pf.search(${JSON.stringify(query)})).then((found) => Promise.all(found.results.slice(0, 5).map(async (r) => (await r.data()).url)))`,
          );
          expect(urls.length, `${root} ${query}`).toBeGreaterThan(0);
          expect(
            urls.filter((u) => u.startsWith('/exercises/')),
            `${root} ${query}`,
          ).toEqual([]);
          expect(
            urls.some((u) => u.startsWith('/playbooks/ransomware/')),
            `${root} ${query}: ${urls.join(' ')}`,
          ).toBe(true);
        }
        await page.close();
        await site.close();
      }
    } finally {
      await browser.close();
    }
  });
});
