/** The simulator works offline after a first visit: its pages, scenario and plan data come from the service worker's cache. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveStatic } from './harness.ts';
import { DIST, firstBriefing, playToEnd, startFromBriefing } from './simulator-helpers.ts';

let root: string;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'drillbook-sim-offline-'));
  cpSync(DIST, root, { recursive: true });
  site = await serveStatic(root);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
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
