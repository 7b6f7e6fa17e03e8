/**
 * The audit page judges its dates for the reader's today, in Chromium: built on one day, read on a
 * later one (the browser's clock set to 2027-04-15), it says the next exercise and the open
 * improvement actions are overdue, and that it judged them again; the contacts page words a contact
 * verification date again ("verified 2026-10-05, 192 days ago"), red once it is due again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveStatic } from './harness.ts';
import { DIST, sourcePlan } from './handbook-helpers.ts';

const plan = sourcePlan();
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the audit page on a later day', () => {
  it("judges the next exercise and the improvement actions again for the reader's today", async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(2027, 3, 15, 12, 0));
    await page.goto(`${site.url}/audit/`);
    const next = page.locator(`[data-due="${plan.document.nextExercise}"]`).first();
    await expect.poll(() => next.textContent()).toBe('overdue by 15 days');
    expect(await page.locator('[data-as-of-now]').textContent()).toBe(
      '; judged again in your browser for today, 2027-04-15',
    );
    const overdueActions = await page
      .locator('td [data-due][data-state="open"].db-bad, td [data-due][data-state="in-progress"].db-bad')
      .count();
    expect(overdueActions).toBe(3);
    await context.close();
  });
});

describe('the contacts page on a later day', () => {
  it("words how long ago each contact verification was for the reader's today, red once it is due again", async () => {
    const person = plan.people.find((p) => p.lastVerified === '2026-10-05')!;
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(2027, 3, 15, 12, 0));
    await page.goto(`${site.url}/contacts/`);
    const since = page.locator(`#person-${person.id} [data-verified^="2026-10-05/"]`);
    await expect.poll(() => since.textContent()).toBe('verified 2026-10-05, 192 days ago');
    expect(await since.getAttribute('class')).toContain('db-bad');
    await page.clock.setFixedTime(new Date(2026, 10, 28, 12, 0));
    await page.reload();
    await expect.poll(() => since.textContent()).toBe('verified 2026-10-05, 54 days ago');
    expect(await since.getAttribute('class')).not.toContain('db-bad');
    await context.close();
  });
});
