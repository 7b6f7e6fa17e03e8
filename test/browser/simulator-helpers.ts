/**
 * Shared by the simulator browser tests: the built site, a page per test context, and the steps a
 * facilitator takes (start a scenario from its briefing, play it to the end by choosing the first
 * option of every decision, read a view's text).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchBrowser, serveStatic } from './harness.ts';
import { KIT_DIST } from './handbook-helpers.ts';

/** Folder of the built facilitator kit: the exercise pages are built into it only (src/relay/kit-routes.ts). */
export const DIST = KIT_DIST;

/** A served dist/ and a Chromium, for one test file. */
export async function openSite(): Promise<{ url: string; browser: Browser; close(): Promise<void> }> {
  const site = await serveStatic(DIST);
  const browser = await launchBrowser();
  return { url: site.url, browser, close: async () => (await browser.close(), await site.close()) };
}

/** A fresh context (own localStorage) whose confirm dialogs are accepted and page errors collected. */
export async function newContext(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  context.on('page', (p) => watch(p, errors));
  watch(page, errors);
  return { context, page, errors };
}

function watch(page: Page, errors: string[]) {
  page.on('dialog', (d) => void d.accept());
  page.on('pageerror', (e) => errors.push(e.message));
}

/** The URL path of the first example scenario's briefing, read from the exercises page. */
export async function firstBriefing(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/exercises/`);
  const href = await page
    .getByRole('table', { name: 'Example scenarios' })
    .getByRole('link')
    .first()
    .getAttribute('href');
  if (!href) throw new Error('the exercises page lists no example scenario');
  return href;
}

/** Opens a briefing, starts the exercise and waits for the console; returns the session id. */
export async function startFromBriefing(page: Page, url: string, briefing: string): Promise<string> {
  await page.goto(`${url}${briefing}`);
  await page.getByRole('button', { name: 'Start the exercise' }).click();
  await page.waitForURL(/\/exercises\/run\/#/);
  await page.getByRole('heading', { name: 'Inject feed' }).waitFor();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  return new URL(page.url()).hash.slice(1);
}

/** Records the first option of the first open decision; false when none is open. */
export async function decideFirst(page: Page, rationale = 'As the plan says'): Promise<boolean> {
  const form = page.locator('form.db-decision').first();
  if (!(await form.count())) return false;
  const prompt = await form.locator('h3').innerText();
  await form.getByRole('radio').first().check();
  await form.getByLabel('Rationale').fill(rationale);
  await form.getByRole('button', { name: 'Record decision' }).click();
  await page.locator('form.db-decision h3', { hasText: prompt }).waitFor({ state: 'detached' });
  return true;
}

/** Plays on: decide every open decision, jump to the next inject, until nothing is left; then ends. */
export async function playToEnd(page: Page, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await decideFirst(page)) continue;
    const jump = page.getByRole('button', { name: 'Jump to next inject' });
    if (!(await jump.isEnabled())) break;
    const before = await page.locator('.db-feed > li').count();
    await jump.click();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('.db-feed > li').length > n || !!document.querySelector('.db-message')?.textContent,
      before,
    );
  }
  await page.getByRole('button', { name: 'End exercise' }).click();
  await page.getByText('The exercise has ended.').waitFor();
}

/** The text of a simulator view element. */
export const viewText = (page: Page, tag: string) => page.locator(tag).innerText();

/** The report's content without its action bar (ids and links differ between sessions). */
export async function reportText(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Ratings per objective' }).waitFor();
  return page.locator('db-report').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelector('.db-report-actions')?.remove();
    return copy.innerText ?? copy.textContent ?? '';
  });
}

/** Text of a download. */
export async function downloadText(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}
