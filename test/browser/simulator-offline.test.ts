/** The simulator works offline once opened: its pages, scenario and plan data come from the service worker's cache. */
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

  it('plays, reloads and reports an exercise with the network off once its pages were opened online', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    await page.locator('drillbook-offline[data-complete="true"]').waitFor({ timeout: 60_000 });
    // The kit names its script's pages to no service worker (a phone may not fetch them): the
    // facilitator's browser keeps each one it has opened online.
    const briefing = await firstBriefing(page, site.url);
    await page.goto(`${site.url}/exercises/report/`);
    await startFromBriefing(page, site.url, briefing);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('timer', { name: 'Scenario clock' }).waitFor();
    await playToEnd(page);
    await page.getByRole('link', { name: 'After-action report' }).click();
    await page.getByRole('heading', { name: 'Ratings per objective' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download exercise record' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.yaml$/);
    await context.close();
  });
});
