/**
 * Diagrams in Chromium: a Mermaid type beautiful-mermaid cannot draw (the example plan's gantt
 * chart) is drawn in the browser, online and offline, and only its page loads Mermaid; generated
 * escalation diagrams keep their labels inside their boxes and are readable, or replaced by their
 * levels list, at phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, serveCopy, type ServedCopy } from './harness.ts';
import { DIST } from './handbook-helpers.ts';
import { weighPages } from '../bench/handbook/page-weight.ts';

let site: ServedCopy;
let browser: Browser;

/** The built page holding a diagram the browser draws (the example plan has one). */
function browserDiagramPage(): string {
  const page = weighPages(DIST).find((p) => readFileSync(join(DIST, p.file), 'utf8').includes('data-db-mermaid'));
  if (!page) throw new Error(`no page in ${DIST} holds a browser-drawn Mermaid diagram`);
  return `/${page.file.replace(/index\.html$/, '')}`;
}

/** Opens `path` and returns the URLs of every script the page requested. */
async function scriptsLoaded(page: Page, path: string): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && urls.push(r.url()));
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return urls;
}

const drawnSvg = (page: Page) => page.locator('figure[data-db-mermaid="drawn"] .db-mermaid-canvas svg').first();

beforeAll(async () => {
  site = await serveCopy(DIST, 'diagrams');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('Mermaid types drawn in the browser', () => {
  it('draws the gantt chart, names it, and folds its source away as the text alternative', async () => {
    const page = await browser.newPage();
    const scripts = await scriptsLoaded(page, browserDiagramPage());
    const svg = drawnSvg(page);
    await svg.waitFor({ timeout: 30_000 });
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toBe('Exercise programme 2027');
    expect(await page.locator('figure[data-db-mermaid] .db-mermaid-canvas svg g').count()).toBeGreaterThan(5);
    const source = page.locator('figure[data-db-mermaid] pre.db-mermaid-source');
    expect(await source.textContent()).toMatch(/^gantt\n/);
    expect(await page.locator('figure[data-db-mermaid] details').getAttribute('open')).toBeNull();
    expect(scripts.some((u) => /mermaid/i.test(u))).toBe(true);
    await page.close();
  });

  it('passes axe with the diagram drawn, in light and dark theme', async () => {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme: theme as 'light' | 'dark' });
      const page = await context.newPage();
      await page.goto(`${site.url}${browserDiagramPage()}`);
      await drawnSvg(page).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const { violations } = await new AxeBuilder({ page }).include('figure[data-db-mermaid]').analyze();
      expect(
        violations.map(
          (v) =>
            `${theme} ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('loads no Mermaid code on a page without such a diagram', async () => {
    const page = await browser.newPage();
    for (const path of ['/', '/escalation/', '/roles/', '/roles-and-governance/']) {
      const scripts = await scriptsLoaded(page, path);
      expect(scripts.length, `${path} loads scripts`).toBeGreaterThan(0);
      expect(
        scripts.filter((u) => /mermaid/i.test(u)),
        path,
      ).toEqual([]);
    }
    await page.close();
  });

  it('puts the Mermaid loader on exactly the pages that hold such a diagram', () => {
    const pages = weighPages(DIST);
    const mismatched = pages.filter(
      (p) => p.loadsMermaid !== readFileSync(join(DIST, p.file), 'utf8').includes('data-db-mermaid'),
    );
    expect(mismatched.map((p) => p.file)).toEqual([]);
    expect(pages.filter((p) => p.loadsMermaid).length).toBeGreaterThan(0);
  });

  it('draws the gantt chart offline after one visit to the site', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    // The chapter and Mermaid's chunks are saved in the background, after the incident pages.
    await page.locator('drillbook-offline[data-complete="true"]').waitFor({ timeout: 120_000 });
    await context.setOffline(true);
    await page.goto(`${site.url}${browserDiagramPage()}`);
    await drawnSvg(page).waitFor({ timeout: 30_000 });
    await context.close();
  });
});

describe('generated escalation diagrams', () => {
  it('keep every label inside its box', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/escalation/`);
    const outside = await page.evaluate(() =>
      [
        ...document.querySelectorAll('.db-escalation-diagram svg g.node, .db-escalation-diagram svg g.edge-label'),
      ].flatMap((g) => {
        const box = g.querySelector('rect, polygon')!.getBoundingClientRect();
        const text = g.querySelector('text')!.getBoundingClientRect();
        const inside =
          text.left >= box.left - 0.5 &&
          text.right <= box.right + 0.5 &&
          text.top >= box.top - 0.5 &&
          text.bottom <= box.bottom + 0.5;
        return inside ? [] : [g.textContent];
      }),
    );
    expect(await page.locator('.db-escalation-diagram svg g.node').count()).toBeGreaterThan(3);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('at 390 × 844 show text of at least 11 px, or their levels list instead', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/escalation/`);
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.db-escalation-diagram')].map((figure) => {
        const svg = figure.querySelector('svg')!;
        const list = figure.querySelector('ol')!;
        const shown = svg.getBoundingClientRect().width > 0;
        // What a reader sees: the font size scaled by how much the SVG is shrunk to fit.
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const smallest = Math.min(
          ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
        );
        return {
          shown,
          smallest,
          listShown: list.getBoundingClientRect().height > 0 && list.textContent!.includes('Page'),
        };
      }),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      if (f.shown) expect(f.smallest).toBeGreaterThanOrEqual(11);
      else expect(f.listShown).toBe(true);
    }
    await page.close();
  });
});
