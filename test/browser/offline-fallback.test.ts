/**
 * Offline honesty, in Chromium at a 390×844 phone and a 1366×768 laptop: with the network gone, a
 * page of the handbook not saved on this device yet says so (not "404 Page not found") and lists
 * what is available offline, by title; a page that does not exist says that. Runs on a copy of dist/
 * (its service worker keeps a cache of its own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveCopy, type ServedCopy } from './harness.ts';

const DIST = process.env.DRILLBOOK_DIST ?? 'dist';
let site: ServedCopy;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveCopy(DIST, 'offline-fallback');
}, 120_000);
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

describe.each([
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
])('offline at $width×$height', (viewport) => {
  it('says a page is not saved offline yet and lists what is', async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.locator('drillbook-offline', { hasText: 'cached' }).waitFor({ timeout: 30_000 });
    await page.locator('drillbook-offline[data-complete="true"]').waitFor({ timeout: 60_000 });
    // The audit page, as if the background copy had not reached it yet.
    await page.evaluate(async () => {
      for (const name of await caches.keys())
        await (await caches.open(name)).delete('/audit/', { ignoreSearch: true, ignoreVary: true });
    });
    await context.setOffline(true);
    await page.goto(`${site.url}/audit/`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Not saved offline yet');
    await expect(page.locator('main').textContent()).resolves.not.toContain('404');
    await expect(page.locator('main .tagline').textContent()).resolves.toContain('not saved on this device yet');
    const saved = page.locator('ul.db-offline-pages a');
    await expect.poll(() => saved.count()).toBeGreaterThan(3);
    const names = await saved.allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Contacts', 'Severity levels', 'Notification obligations']));
    expect(
      await saved.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ).not.toContain('/audit/');
    // A page the handbook does not have: said so, with the same list.
    await page.goto(`${site.url}/no-such-page/`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Page not found');
    await expect.poll(() => saved.count()).toBeGreaterThan(3);
    await context.close();
  }, 120_000);
});
