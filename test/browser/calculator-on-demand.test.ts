/**
 * The obligations page loads the deadline calculator's code on demand
 * (src/components/deadline-calculator-loader.ts): not with the page's start-up scripts, but when the
 * responder touches the calculator, once the page is idle, and at once when this browser keeps anchor
 * times to show. The page's idle callbacks are held so that "idle" never comes unless a test lets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openSite } from './simulator-helpers.ts';
import { holdIdle } from './handbook-helpers.ts';

let site: Awaited<ReturnType<typeof openSite>>;

beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const newContext = (): Promise<BrowserContext> =>
  site.browser.newContext({ serviceWorkers: 'block', timezoneId: 'Europe/Amsterdam' });

/** Opens the obligations page with idle callbacks held; records whether the calculator's code was requested. */
async function openObligations(page: Page): Promise<{ calculatorLoaded: () => boolean; goIdle: () => Promise<void> }> {
  const { goIdle } = await holdIdle(page);
  let requested = false;
  page.on('request', (r) => {
    if (/\/deadline-calculator-mount\.[\w-]+\.js$/.test(new URL(r.url()).pathname)) requested = true;
  });
  await page.goto(`${site.url}/obligations/`, { waitUntil: 'networkidle' });
  return { calculatorLoaded: () => requested, goIdle };
}

const board = (page: Page) => page.locator('deadline-calculator > ol.db-board > li[data-stage]');

describe('the deadline calculator on the obligations page', () => {
  it('loads its code when the responder touches it, not with the page, and then counts from the time entered', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const open = await openObligations(page);
    expect(open.calculatorLoaded()).toBe(false);
    await expect(board(page).count()).resolves.toBe(0);
    await page.locator('deadline-calculator input[name="awareness"]').fill('2026-06-01T11:30');
    await expect.poll(open.calculatorLoaded).toBe(true);
    await expect.poll(() => board(page).count()).toBeGreaterThan(0);
    // The time entered before the code arrived is kept, as one entered after.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('calculator'))))
      .toHaveLength(1);
    await context.close();
  });

  it('loads its code once the page is idle, untouched', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const open = await openObligations(page);
    expect(open.calculatorLoaded()).toBe(false);
    await open.goIdle();
    await expect.poll(open.calculatorLoaded).toBe(true);
    await expect.poll(() => board(page).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('loads its code at once, and shows the times, when this browser keeps anchor times', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const first = await openObligations(page);
    await page.locator('deadline-calculator input[name="awareness"]').fill('2026-06-01T11:30');
    await expect.poll(first.calculatorLoaded).toBe(true);
    await page.locator('deadline-calculator input[name="awareness"]').blur();

    const again = await context.newPage();
    const second = await openObligations(again);
    await expect.poll(second.calculatorLoaded).toBe(true);
    await expect
      .poll(() => again.locator('deadline-calculator input[name="awareness"]').inputValue())
      .toBe('2026-06-01T11:30');
    await context.close();
  });
});
