/**
 * The built handbook keeps working with the network off after one visit, and tells the reader
 * which version it keeps and when a newer one is ready. Runs on a copy of dist/ so the update
 * scenario can publish a new sw.js without touching the build other tests use.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, SERVERS, type ServedCopy } from './harness.ts';
import { loadPlan } from '../../src/integration/load-plan.ts';
import { bundleWorker } from '../../src/integration/offline.ts';
import { buildPrecacheManifest, listOutputFiles } from '../../src/integration/precache-manifest.ts';

const DIST = process.env.DRILLBOOK_DIST ?? 'dist';
const plan = loadPlan();
let site: ServedCopy;
let browser: Browser;

/** Path of the first built page under `folder/`, e.g. `/roles/incident-commander/`. */
function firstPageUnder(folder: string): string {
  const dir = join(site.root, folder);
  const page = existsSync(dir) ? readdirSync(dir).find((d) => existsSync(join(dir, d, 'index.html'))) : undefined;
  if (!page) throw new Error(`no built page under ${folder}/ in ${DIST}`);
  return `/${folder}/${page}/`;
}

/** Opens the home page online and waits until the worker controls it and has cached the site. */
async function visitOnline(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.locator('drillbook-offline', { hasText: 'cached' }).waitFor({ timeout: 30_000 });
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(SERVERS)('offline handbook under $name', ({ serve }) => {
  beforeAll(async () => {
    site = await serve(DIST, 'offline');
  }, 120_000);
  afterAll(async () => {
    await site?.close();
  });

  test('the site works offline after a first visit', async () => {
    const context = await browser.newContext();
    const page = await visitOnline(context);
    await context.setOffline(true);

    for (const path of [firstPageUnder('roles'), firstPageUnder('playbooks'), '/obligations/']) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('main h1').first().textContent()).resolves.toBeTruthy();
    }
    // Without the trailing slash the worker still finds the page it cached as /obligations/.
    expect((await page.goto(`${site.url}/obligations`))?.status()).toBe(200);
    const calculator = page.locator('deadline-calculator');
    await calculator.locator('input[type="datetime-local"]').first().fill('2026-06-01T09:00');
    await calculator.locator('li[data-due]:not([data-due=""])').first().waitFor({ timeout: 10_000 }); // its lazily loaded arithmetic came from the cache

    await page.getByRole('button', { name: 'Search' }).first().click();
    const search = page.getByRole('dialog', { name: 'Search' });
    await search.getByRole('textbox', { name: 'Search' }).fill(plan.roles[0].name);
    const results = search.getByRole('link', { name: plan.roles[0].name });
    await results.first().waitFor({ timeout: 15_000 });
    expect(await results.count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the first visit saves the incident pages, then the rest in the background, and the print page only once visited', async () => {
    const context = await browser.newContext();
    const page = await visitOnline(context);
    const cachedPaths = () =>
      page.evaluate(async () =>
        (
          await Promise.all(
            (await caches.keys()).map(async (n) =>
              (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname),
            ),
          )
        ).flat(),
      );
    await page.locator('drillbook-offline[data-complete="true"]').waitFor({ timeout: 60_000 });
    const paths = await cachedPaths();
    expect(paths).toContain('/audit/');
    expect(paths).not.toContain('/print/');
    await context.setOffline(true);
    expect((await page.goto(`${site.url}/audit/`))?.status()).toBe(200);
    await context.setOffline(false);
    await page.goto(`${site.url}/print/`);
    await page.waitForLoadState('load');
    expect(await cachedPaths()).toContain('/print/');
    await context.close();
  });

  test('the footer names the plan version and digest the offline copy holds', async () => {
    const context = await browser.newContext();
    const page = await visitOnline(context);
    const text = await page.locator('drillbook-offline').textContent();
    expect(text).toContain(`version ${plan.document.version}`);
    expect(text).toContain(plan.digest.slice(0, 12));
    await context.close();
  });

  test('a newly published version is downloaded and offered as ready on reload', async () => {
    const context = await browser.newContext();
    const page = await visitOnline(context);

    const published = buildPrecacheManifest(site.root, listOutputFiles(site.root), {
      version: `${plan.document.version}-next`,
      digest: 'f'.repeat(64),
    });
    writeFileSync(join(site.root, 'sw.js'), await bundleWorker(published));
    await page.reload();
    const indicator = page.locator('drillbook-offline');
    await indicator.filter({ hasText: 'is ready' }).waitFor({ timeout: 30_000 });
    expect(await indicator.textContent()).toContain(`New version ${published.version}`);

    await indicator.getByRole('button', { name: 'Reload to update' }).click();
    // The page reloads under the new worker, which reports the new copy as the cached one.
    await page
      .locator('drillbook-offline', { hasText: `Offline copy: version ${published.version} (` })
      .waitFor({ timeout: 30_000 });
    const names = await page.evaluate(() => caches.keys());
    expect(names).toEqual([published.cacheName]);
    await context.close();
  });
});
