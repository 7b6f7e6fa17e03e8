/**
 * Search that lands on the plan: what a responder types at 3 a.m., in the handbook's own search
 * box (Starlight's Pagefind UI with the handbook's ranking), and the page that must come first.
 * Severity levels, roles and their aliases, contacts, playbooks and activities outrank narrative
 * chapters and templates that mention the same words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite } from './simulator-helpers.ts';

/** Query → the path of the page its first result must open (the part before any #). */
const QUERIES: [string, string][] = [
  ['SEV1', '/severities/'],
  ['SEV-1', '/severities/'],
  ['sev 2', '/severities/'],
  ['severity', '/severities/'],
  ['who do I call', '/contacts/'],
  ['who to call', '/contacts/'],
  ['phone', '/contacts/'],
  ['ransomware', '/playbooks/ransomware/'],
  ['isolate host', '/playbooks/ransomware/'],
  ['data breach', '/playbooks/data-breach/'],
  ['outage', '/playbooks/service-outage/'],
  ['DPO', '/roles/data-protection-officer/'],
  ['IC', '/roles/incident-commander/'],
  ['incident commander', '/roles/incident-commander/'],
  ['regulator', '/obligations/'],
  ['GDPR 72 hours', '/obligations/'],
  ['deadline', '/obligations/'],
  ['escalation', '/escalation/'],
];

let site: Awaited<ReturnType<typeof openSite>>;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  context = await site.browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  page = await context.newPage();
  await page.goto(`${site.url}/`);
  await page.getByRole('button', { name: 'Search' }).first().click();
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** The path of the first result for `query`, once the results for it are shown. */
async function firstResult(query: string): Promise<string> {
  const box = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox');
  await box.fill('');
  await box.fill(query);
  const message = page.locator('.pagefind-ui__message');
  await expect
    .poll(() => message.textContent(), { timeout: 20_000 })
    .toMatch(new RegExp(`for ${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  // Each result is a placeholder until its data loads, and they load in parallel: read the first
  // result's own title link, not the first link that happens to have loaded (under load, rank 2's).
  const first = page
    .locator('.pagefind-ui__result')
    .first()
    .locator('.pagefind-ui__result-title .pagefind-ui__result-link')
    .first();
  await first.waitFor({ timeout: 20_000 });
  const href = await first.getAttribute('href');
  return new URL(href!, site.url).pathname;
}

describe('search lands on the plan', () => {
  it.each(QUERIES)('"%s" opens %s first', async (query, expected) => {
    expect(await firstResult(query)).toBe(expected);
  });
});
