/**
 * Accessibility of the simulator: axe-core finds no violations on the exercises, console,
 * projector and report views, and the console can be run from the keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { firstBriefing, newContext, openSite, startFromBriefing } from './simulator-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );

/** Presses Tab until `target` has focus (at most `limit` times); true when it got there. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 150): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return true;
    await page.keyboard.press('Tab');
  }
  return false;
}

describe('simulator accessibility', () => {
  it('finds no axe violations on the exercises, briefing, console, projector and report views', async () => {
    const { context, page } = await newContext(site.browser);
    const briefing = await firstBriefing(page, site.url);
    expect(await violations(page), 'exercises').toEqual([]);
    await page.goto(`${site.url}${briefing}`);
    expect(await violations(page), 'briefing').toEqual([]);
    const id = await startFromBriefing(page, site.url, briefing);
    await page.locator('form.db-decision, .db-feed article').first().waitFor();
    expect(await violations(page), 'console').toEqual([]);
    const projector = await context.newPage();
    await projector.goto(`${site.url}/exercises/projector/#${id}`);
    await projector.locator('.db-projector-feed article').first().waitFor();
    expect(await violations(projector), 'projector').toEqual([]);
    await page.goto(`${site.url}/exercises/report/#${id}`);
    await page.getByRole('heading', { name: 'Ratings per objective' }).waitFor();
    expect(await violations(page), 'report').toEqual([]);
    await context.close();
  });

  it('runs the console from the keyboard: start, decide, note, pause', async () => {
    const { context, page } = await newContext(site.browser);
    const briefing = await firstBriefing(page, site.url);
    await page.goto(`${site.url}${briefing}`);
    expect(await tabTo(page, page.getByRole('button', { name: 'Start the exercise' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/exercises\/run\/#/);
    const start = page.getByRole('button', { name: 'Start', exact: true });
    await start.waitFor();
    expect(await tabTo(page, start)).toBe(true);
    await page.keyboard.press('Enter');
    const form = page.locator('form.db-decision').first();
    await form.waitFor();
    const prompt = await form.locator('h3').innerText();
    expect(await tabTo(page, form.getByRole('radio').first())).toBe(true);
    await page.keyboard.press('Space');
    expect(await tabTo(page, form.getByRole('button', { name: 'Record decision' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('form.db-decision h3', { hasText: prompt }).waitFor({ state: 'detached' });
    expect(await tabTo(page, page.getByLabel('Scribe note'))).toBe(true);
    await page.keyboard.type('Decided from the keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.db-notes', { hasText: 'Decided from the keyboard' }).waitFor();
    expect(await tabTo(page, page.getByRole('button', { name: 'Pause' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await context.close();
  });
});
