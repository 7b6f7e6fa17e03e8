/** The simulator works offline after a first visit: its pages, scenario and plan data come from the service worker's cache. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveCopy, type ServedCopy } from './harness.ts';
import { DIST, firstBriefing, playToEnd, startFromBriefing } from './simulator-helpers.ts';

let site: ServedCopy;
let browser: Browser;

beforeAll(async () => {
  site = await serveCopy(DIST, 'sim-offline');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('offline simulator', () => {
  it('starts, plays and reports an exercise with the network off after one visit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.locator('drillbook-offline', { hasText: 'cached' }).waitFor({ timeout: 30_000 });
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
