/** The simulator works offline after a first visit: its pages, scenario and plan data come from the service worker's cache. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, SERVERS, type ServedCopy } from './harness.ts';
import { DIST, firstBriefing, playToEnd, startFromBriefing } from './simulator-helpers.ts';

let site: ServedCopy;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(SERVERS)('offline simulator under $name', ({ serve }) => {
  beforeAll(async () => {
    site = await serve(DIST, 'sim-offline');
  }, 120_000);
  afterAll(async () => {
    await site?.close();
  });

  it('starts, plays and reports an exercise with the network off after one visit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    // The exercise pages are saved in the background, after the incident pages.
    await page.locator('drillbook-offline[data-complete="true"]').waitFor({ timeout: 60_000 });
    await context.setOffline(true);
    const briefing = await firstBriefing(page, site.url);
    await startFromBriefing(page, site.url, briefing);
    await playToEnd(page);
    await page.getByRole('link', { name: 'After-action report' }).click();
    await page.getByRole('heading', { name: 'Ratings per objective' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download exercise record' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.yaml$/);
    await context.close();
  });
});
