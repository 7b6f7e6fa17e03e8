/**
 * A playbook's page loads its checklist's code on demand (src/incident/checklist-loader.ts): not with
 * the page's start-up scripts in a browser that keeps no incident, but when the responder touches a
 * checklist or the page is idle, and at once when an incident is kept. The page's idle callbacks are
 * held so that "idle" never comes unless a test lets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite } from './simulator-helpers.ts';
import { holdIdle } from './handbook-helpers.ts';
import { storageKeys } from '../../src/browser-storage/keys.ts';

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

/** Opens a playbook's page with idle callbacks held; records whether the checklist's code was requested. */
async function openPlaybook(page: Page): Promise<{ checklistLoaded: () => boolean; goIdle: () => Promise<void> }> {
  const { goIdle } = await holdIdle(page);
  let requested = false;
  page.on('request', (r) => {
    if (/\/checklist-view\.[\w-]+\.js$/.test(new URL(r.url()).pathname)) requested = true;
  });
  await page.goto(`${site.url}/playbooks/data-breach/`, { waitUntil: 'networkidle' });
  return { checklistLoaded: () => requested, goIdle };
}

const banner = (page: Page) => page.locator('.db-incident-line');

describe("a playbook's checklist", () => {
  it('loads its code when a checkbox is touched, not with the page, and then says no incident is open', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const open = await openPlaybook(page);
    expect(open.checklistLoaded()).toBe(false);
    await expect(banner(page).count()).resolves.toBe(0);
    await page.locator('ul.db-checklist input[type="checkbox"]').first().focus();
    await expect.poll(open.checklistLoaded).toBe(true);
    await expect.poll(() => banner(page).textContent()).toContain('No incident is open');
    await context.close();
  });

  it('loads its code once the page is idle, untouched', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const open = await openPlaybook(page);
    expect(open.checklistLoaded()).toBe(false);
    await open.goIdle();
    await expect.poll(open.checklistLoaded).toBe(true);
    await context.close();
  });

  it('loads its code at once when this browser keeps an incident', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript((key) => localStorage.setItem(key, '["x"]'), storageKeys.incidents);
    const page = await context.newPage();
    const open = await openPlaybook(page);
    await expect.poll(open.checklistLoaded).toBe(true);
    await context.close();
  });
});
