/**
 * Nothing an author writes runs script in the published site. `test/fixtures/xss/` is a plan and a
 * scenario with `<script>`, `<img onerror>`, `"><svg onload>`, `javascript:` and `</title>` payloads
 * in every text field of every file kind `check` accepts. The test builds it into a temporary
 * folder, scans every file written, then opens every page (and the simulator, playing the
 * scenario) in Chromium, hovering and clicking links, and asserts that no dialog ever opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Dialog, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../../src/cli/astro-build.ts';
import { launchBrowser, serveStatic } from './harness.ts';
import { listFiles, pathOf } from './handbook-helpers.ts';
import { decideFirst } from './simulator-helpers.ts';

const FIXTURE = 'test/fixtures/xss';
let out: string;
let site: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'drillbook-xss-'));
  astroBuild({
    outDir: out,
    env: { DRILLBOOK_CONTENT: `${FIXTURE}/plan`, DRILLBOOK_SCENARIOS: `${FIXTURE}/scenarios`, DRILLBOOK_KIT: '1' },
    quiet: true,
  }); // the kit: it has the exercise pages
  site = await serveStatic(out);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

/** A tag as a browser tokenizes it: name and attributes, quoted values skipped as a whole. */
interface Tag {
  name: string;
  attrs: [string, string][];
  /** Text of a `<script>` element. */
  body?: string;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/y;
const ATTR = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const decode = (v: string) =>
  v.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|colon|tab|newline);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ({ amp: '&', quot: '"', lt: '<', gt: '>', colon: ':', tab: '\t', newline: '\n' } as Record<string, string>)[
          e.toLowerCase()
        ],
  );

/** The start tags of an HTML (or inline SVG) file, walked left to right as a browser would. */
function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    if (html.startsWith('<!--', i)) {
      i = html.indexOf('-->', i);
      if (i === -1) break;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) continue;
    const tag: Tag = {
      name: m[1].toLowerCase(),
      attrs: [...m[2].matchAll(ATTR)].map((a) => [a[1].toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? '')]),
    };
    i = TAG.lastIndex - 1;
    if (tag.name === 'script' || tag.name === 'style' || tag.name === 'title' || tag.name === 'textarea') {
      const end = html.toLowerCase().indexOf(`</${tag.name}`, TAG.lastIndex);
      tag.body = html.slice(TAG.lastIndex, end === -1 ? undefined : end);
      if (end !== -1) i = end;
    }
    tags.push(tag);
  }
  return tags;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster']);

/** What in one built HTML file would run a payload: a script holding it, a handler attribute, a script URL. */
function findingsIn(html: string): string[] {
  const found: string[] = [];
  for (const tag of startTags(html)) {
    if (tag.name === 'script') {
      const data = tag.attrs.some(([n, v]) => n === 'type' && /json/i.test(v));
      // A data block must not be able to end itself; any other script must not hold a payload.
      if (data ? /</.test(tag.body ?? '') : /alert\(/.test(tag.body ?? ''))
        found.push(`<script> holding ${JSON.stringify(tag.body!.slice(0, 60))}`);
    }
    if (tag.name === 'img' && tag.attrs.some(([n, v]) => n === 'src' && v === 'x'))
      found.push('<img src=x> from a payload');
    for (const [name, value] of tag.attrs) {
      if (/^on/.test(name) && /alert/.test(value)) found.push(`<${tag.name} ${name}="${value}">`);
      if (URL_ATTRIBUTES.has(name) && /^[\u0000-\u0020]*j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i.test(value))
        found.push(`<${tag.name} ${name}="${value}">`);
    }
  }
  return found;
}

describe('a plan and scenario full of script payloads', () => {
  it('has payloads in its pages for the scan to find (so the scan can fail)', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('alert(1)');
    expect(
      findingsIn(
        '<p title="x"><img src=x onerror=alert(1)></p><a href=" javascript:alert(1)">x</a><script>alert(2)</script>',
      ),
    ).toHaveLength(4);
    expect(
      findingsIn('<script type="application/json">{"a":"</script><script>alert(1)</script>"}</script>'),
    ).toHaveLength(1);
    expect(findingsIn('<script type="application/json">{"a":"<!--<script>"}</script>')).toHaveLength(1);
    expect(
      findingsIn(
        '<meta content="<script>alert(1)</script>"><title><script>alert(1)</script></title><p>&lt;script&gt;alert(1)</p>',
      ),
    ).toEqual([]);
  });

  it('writes no file in which a payload could run', () => {
    const findings: string[] = [];
    for (const file of listFiles(out)) {
      const text = readFileSync(join(out, file), 'utf8');
      if (/\.(html|svg)$/.test(file)) findings.push(...findingsIn(text).map((f) => `${file}: ${f}`));
      // JSON a page fetches or embeds: < > & written as \u escapes, so no tag can appear even if sniffed as HTML.
      if (/\.json$/.test(file) && /[<>]/.test(text)) findings.push(`${file}: raw < or > in JSON`);
      // Script files: a payload's quote is always escaped, so it stays inside a string literal.
      if (/\.(m?js)$/.test(file) && /(?<!\\)"><svg onload/.test(text))
        findings.push(`${file}: payload outside a string literal`);
    }
    expect(findings).toEqual([]);
  });

  it('writes the plan title into every page title as text', () => {
    const print = readFileSync(join(out, 'print/index.html'), 'utf8');
    const title = /<title>([\s\S]*?)<\/title>/.exec(print)![1];
    expect(title).toContain('Plan title &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(title).toContain('&lt;/title&gt;');
  });
});

/**
 * Opens `path`, then hovers and clicks every visible link of the page body. A click that would load
 * an http(s) page is cancelled (those pages are visited in turn); any other URL is let through,
 * so a `javascript:` link would run.
 */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  await page.evaluate(() =>
    document.addEventListener(
      'click',
      (e) => {
        const a = (e.target as Element).closest?.('a');
        if (a && /^https?:$/.test(a.protocol)) e.preventDefault();
      },
      true,
    ),
  );
  const links = page.locator('main a[href], footer a[href]');
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    if (!(await link.isVisible())) continue;
    await link.hover({ timeout: 2000 }).catch(() => undefined);
    await link.click({ timeout: 2000, noWaitAfter: true }).catch(() => undefined);
  }
  expect(new URL(page.url()).pathname).toBe(new URL(`${site.url}${path}`).pathname);
}

/** What the live DOM holds that could run script: handler attributes, script URLs, scripts holding a payload. */
const liveFindings = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const { name, value } of Array.from(el.attributes)) {
        if (/^on/i.test(name) && /alert/.test(value)) found.push(`<${el.localName} ${name}>`);
        // Pagefind's search form has action="javascript:void(0)" of its own: look for the payloads' URLs.
        if (/^(href|src|xlink:href|action|formaction)$/i.test(name) && /^\s*javascript:.*alert/i.test(value))
          found.push(`<${el.localName} ${name}="${value}">`);
      }
      const data = /json/i.test(el.getAttribute('type') ?? '');
      if (el.localName === 'script' && !data && /alert\(/.test(el.textContent ?? ''))
        found.push(`<script> holding ${el.textContent!.slice(0, 60)}`);
    }
    return found;
  });

describe('every page in Chromium', () => {
  it('opens no dialog and holds no live handler or script URL, however its links are hovered and clicked', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const dialogs: string[] = [];
    const page = await context.newPage();
    page.on('dialog', (d: Dialog) => {
      dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    const pages = listFiles(out)
      .filter((f) => f.endsWith('.html'))
      .map(pathOf);
    expect(pages.length).toBeGreaterThan(20);
    const findings: string[] = [];
    for (const path of pages) {
      await visit(page, path);
      findings.push(...(await liveFindings(page)).map((f) => `${path}: ${f}`));
    }
    await context.close();
    expect(findings).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 300_000);

  it('draws the browser-rendered Mermaid diagram with its payloads inert, whatever its init directive asks', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => void (dialogs.push(`${d.type()} ${d.message()}`), d.dismiss()));
    await page.goto(`${site.url}/purpose/`, { waitUntil: 'load' });
    // mermaid-diagrams.ts puts mermaid's SVG into the page with innerHTML: only its strict output may get there.
    const figures = page.locator('figure[data-db-mermaid]');
    await expect
      .poll(() => figures.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-db-mermaid'))), { timeout: 60_000 })
      .toEqual(['drawn', 'drawn']);
    expect(await figures.first().getAttribute('data-label')).toBe('Drills <img src=x onerror=alert(1)>');
    const canvas = page.locator('.db-mermaid-canvas');
    expect(await canvas.locator('svg').count()).toBe(2);
    expect(await canvas.first().textContent()).toContain('Breach');
    for (const target of await canvas.locator('a, rect, text, .node, span').all())
      await target.click({ timeout: 2000, force: true, noWaitAfter: true }).catch(() => undefined);
    expect(await canvas.locator('script, img[onerror]').count()).toBe(0);
    expect(await liveFindings(page)).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/purpose/');
    expect(dialogs).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows search results for the payloads as text', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const dialogs: string[] = [];
    const page = await context.newPage();
    page.on('dialog', (d) => void (dialogs.push(`${d.type()} ${d.message()}`), d.dismiss()));
    await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
    const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await box.waitFor({ timeout: 20_000 });
    const findings: string[] = [];
    for (const query of ['script alert', 'onerror', 'svg onload', 'javascript']) {
      await box.fill(query);
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
      // Pagefind writes its results as HTML: what they hold is checked after each query.
      findings.push(...(await liveFindings(page)).map((f) => `${query}: ${f}`));
      expect(await page.locator('.pagefind-ui__results').innerText()).toContain('<script>alert(1)</script>');
    }
    await context.close();
    expect(findings).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('runs the scenario in the simulator (console, projector, report) without a dialog of its text', async () => {
    const context = await browser.newContext();
    const dialogs: string[] = [];
    context.on('page', (p) =>
      p.on(
        'dialog',
        (d) => void (d.type() === 'confirm' ? d.accept() : (dialogs.push(`${d.type()} ${d.message()}`), d.dismiss())),
      ),
    );
    const page = await context.newPage();
    page.on(
      'dialog',
      (d) =>
        void (d.type() === 'confirm' && !/alert/.test(d.message())
          ? d.accept()
          : (dialogs.push(`${d.type()} ${d.message()}`), d.dismiss())),
    );
    await visit(page, '/exercises/xss-scenario/');
    await page.getByRole('button', { name: 'Start the exercise' }).click();
    await page.waitForURL(/\/exercises\/run\/#/);
    await page.getByRole('heading', { name: 'Inject feed' }).waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const session = new URL(page.url()).hash.slice(1);
    // Every inject delivered (the contingency one fired by hand), every decision taken.
    for (let i = 0; i < 10; i++) {
      if (await decideFirst(page)) continue;
      const jump = page.getByRole('button', { name: 'Jump to next inject' });
      if (!(await jump.isEnabled())) break;
      await jump.click();
    }
    await page.getByRole('tab', { name: 'Contingency injects' }).click();
    await page.getByRole('button', { name: /^Deliver Call subject/ }).click();
    await page.locator('.db-feed', { hasText: 'Call body' }).first().waitFor();
    await page.mouse.move(10, 10);
    for (const link of await page.locator('.db-feed a[href]').all()) await link.hover().catch(() => undefined);
    expect(await page.locator('.db-feed').first().innerText()).toContain('Inject body');
    const findings = await liveFindings(page);
    for (const view of [`/exercises/projector/#${session}`, `/exercises/report/#${session}`]) {
      await page.goto(`${site.url}${view}`);
      await page.waitForLoadState('networkidle');
      findings.push(...(await liveFindings(page)));
    }
    await context.close();
    expect(findings).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 120_000);
});
