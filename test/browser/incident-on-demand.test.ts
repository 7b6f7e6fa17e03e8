/**
 * The home page loads the incident panel's script on first need (src/incident/panel-loader.ts):
 * not at start in a browser that keeps no incident, but as soon as the responder opens the start
 * form, at once when an incident is kept, and when another tab starts one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite } from './simulator-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const newContext = (): Promise<BrowserContext> => site.browser.newContext({ serviceWorkers: 'block' });

/** Opens the home page and records whether the panel's script (panel-view) was requested. */
async function openHome(page: Page): Promise<{ panelLoaded: () => boolean }> {
  let requested = false;
  page.on('request', (r) => {
    if (/\/panel-view\.[\w-]+\.js$/.test(new URL(r.url()).pathname)) requested = true;
  });
  await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
  return { panelLoaded: () => requested };
}

async function startIncident(page: Page, title: string): Promise<void> {
  await page.locator('drillbook-incident summary', { hasText: 'Start an incident' }).click();
  await page.getByLabel('Your name').fill('Sanne de Vries');
  await page.getByLabel('Short title').fill(title);
  await page.getByRole('button', { name: 'Start an incident' }).click();
  await page.getByRole('heading', { name: `Current incident: ${title}` }).waitFor();
}

describe('the incident panel on the home page', () => {
  it('loads its script when the start form is opened, and at once after a reload when an incident is kept', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const first = await openHome(page);
    expect(first.panelLoaded()).toBe(false);
    expect(await page.getByLabel('Your name').isDisabled()).toBe(true);
    await startIncident(page, 'Payment API outage');
    expect(first.panelLoaded()).toBe(true);

    const again = await openHome(page);
    await page.getByRole('heading', { name: 'Current incident: Payment API outage' }).waitFor();
    expect(again.panelLoaded()).toBe(true);
    await context.close();
  });

  it('shows an incident another tab starts without being touched', async () => {
    const context = await newContext();
    const watching = await context.newPage();
    const watched = await openHome(watching);
    const other = await context.newPage();
    await openHome(other);
    await startIncident(other, 'Phishing wave');
    await watching.getByRole('heading', { name: 'Current incident: Phishing wave' }).waitFor();
    expect(watched.panelLoaded()).toBe(true);
    await context.close();
  });
});
